'use client';

import { createContext, useEffect, useState, type ReactNode } from 'react';
import { createProgressStore, PROGRESS_STORAGE_KEY, type ProgressStore } from '@/lib/progress/createProgressStore';
import { memoryStorage } from '@/lib/persistence/memoryStorage';
import type { KeyValueStorage } from '@/lib/persistence/versionedStorage';

export const ProgressContext = createContext<ProgressStore | null>(null);

function browserStorage(): { storage: KeyValueStorage; persistent: boolean } {
  try {
    const probe = 'shardlab.probe';
    window.localStorage.setItem(probe, '1');
    window.localStorage.removeItem(probe);
    return { storage: window.localStorage, persistent: true };
  } catch {
    return { storage: memoryStorage(), persistent: false };
  }
}

/**
 * Holds the one progress store of this page load. Saved progress is read after hydration (the static
 * HTML is rendered without any), so server and first client render agree.
 */
export function ProgressProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createProgressStore({ now: () => new Date() }));
  useEffect(() => {
    const { storage, persistent } = browserStorage();
    let cancelled = false;
    // The validator is not needed for first paint, so it arrives in its own chunk.
    void import('@/lib/progress/progressSchema').then(({ progressSchema }) => {
      if (cancelled) return;
      store.getState().hydrate(storage, persistent, progressSchema);
      // A marker for tests and for CSS: saved progress is now on screen.
      document.documentElement.setAttribute('data-progress-ready', '');
    });
    const onStorage = (e: StorageEvent) => {
      if (e.key === PROGRESS_STORAGE_KEY) store.getState().reload();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      cancelled = true;
      window.removeEventListener('storage', onStorage);
    };
  }, [store]);
  return <ProgressContext value={store}>{children}</ProgressContext>;
}
