/** The part of the Web Storage API we use; tests pass an in-memory one. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Any zod schema (classic or mini): all we need is safeParse. */
export interface Schema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { message: string; path: PropertyKey[] }[] } };
}

/** Turns the data of version `n` into the data of version `n + 1`. */
export type Migration = (data: unknown) => unknown;

export interface VersionedStorageOptions<T> {
  /** e.g. `progress`: the data lives at `shardlab.progress.v<version>`. */
  name: string;
  version: number;
  schema: Schema<T>;
  /** `migrations[n]` upgrades version n to n + 1; every version from the oldest supported one must be listed. */
  migrations?: Record<number, Migration>;
  empty: () => T;
}

export interface QuarantinedData {
  key: string;
  reason: string;
  raw: string;
}

export type LoadResult<T> =
  | { status: 'empty'; data: T }
  | { status: 'loaded'; data: T }
  | { status: 'migrated'; data: T; from: number }
  | { status: 'quarantined'; data: T; quarantine: QuarantinedData };

export const KEY_PREFIX = 'shardlab.';

export function storageKey(name: string, version: number): string {
  return `${KEY_PREFIX}${name}.v${version}`;
}

export function quarantinePrefix(name: string): string {
  return `${KEY_PREFIX}quarantine.${name}.`;
}

/**
 * Loads data saved under a versioned key. Older versions are migrated forward (and the old key removed
 * once the new one is written); data that cannot be read is copied under a quarantine key and reported,
 * never dropped.
 * @example loadVersioned(localStorage, { name: 'progress', version: 1, schema, empty, migrations: {} }, new Date())
 */
export function loadVersioned<T>(
  storage: KeyValueStorage,
  options: VersionedStorageOptions<T>,
  now: Date,
): LoadResult<T> {
  const { name, version, schema, migrations = {}, empty } = options;
  const currentKey = storageKey(name, version);
  const found = findNewestKey(storage, name, version);
  if (!found) return { status: 'empty', data: empty() };

  const raw = storage.getItem(found.key) ?? '';
  const quarantine = (reason: string): LoadResult<T> => {
    const key = `${quarantinePrefix(name)}${now.toISOString()}`;
    storage.setItem(key, raw);
    storage.removeItem(found.key);
    return { status: 'quarantined', data: empty(), quarantine: { key, reason, raw } };
  };

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return quarantine('it is not valid JSON');
  }
  for (let v = found.version; v < version; v++) {
    const migrate = migrations[v];
    if (!migrate) return quarantine(`there is no upgrade from version ${v} of the saved data`);
    try {
      data = migrate(data);
    } catch (error) {
      return quarantine(`upgrading it from version ${v} failed (${error instanceof Error ? error.message : error})`);
    }
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at "${issue.path.map(String).join('.')}"` : '';
    return quarantine(`it does not have the expected shape (${issue?.message ?? 'unknown problem'}${where})`);
  }
  if (found.version === version) return { status: 'loaded', data: parsed.data };
  storage.setItem(currentKey, JSON.stringify(parsed.data));
  storage.removeItem(found.key);
  return { status: 'migrated', data: parsed.data, from: found.version };
}

export function saveVersioned<T>(
  storage: KeyValueStorage,
  options: Pick<VersionedStorageOptions<T>, 'name' | 'version'>,
  data: T,
): void {
  storage.setItem(storageKey(options.name, options.version), JSON.stringify(data));
}

/** The newest saved version not newer than ours; a newer one (from a later Shardlab) is left untouched. */
function findNewestKey(
  storage: KeyValueStorage,
  name: string,
  version: number,
): { key: string; version: number } | null {
  const pattern = new RegExp(`^${escape(KEY_PREFIX + name)}\\.v(\\d+)$`);
  let best: { key: string; version: number } | null = null;
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    const match = key ? pattern.exec(key) : null;
    if (!key || !match) continue;
    const v = Number(match[1]);
    if (v <= version && (!best || v > best.version)) best = { key, version: v };
  }
  return best;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every quarantined copy for a name, oldest first. */
export function listQuarantined(storage: KeyValueStorage, name: string): { key: string; raw: string }[] {
  const prefix = quarantinePrefix(name);
  const out: { key: string; raw: string }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) out.push({ key, raw: storage.getItem(key) ?? '' });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
