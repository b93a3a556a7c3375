import type { KeyValueStorage } from './versionedStorage';

/**
 * A Web-Storage-shaped map, for tests and for browsers where localStorage is unavailable (some private
 * modes): progress then lasts for the visit and the UI says it cannot be kept.
 */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
