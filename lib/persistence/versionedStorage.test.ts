import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoryStorage } from './memoryStorage';
import { listQuarantined, loadVersioned, saveVersioned } from './versionedStorage';

// A made-up data type with a history: v1 stored a flat list of names, v2 objects, v3 adds a flag.
const schema = z.object({ items: z.array(z.object({ name: z.string(), done: z.boolean() })) });
type Data = z.infer<typeof schema>;
const options = {
  name: 'things',
  version: 3,
  schema,
  empty: (): Data => ({ items: [] }),
  migrations: {
    1: (d: unknown) => ({ items: (d as string[]).map((name) => ({ name })) }),
    2: (d: unknown) => ({ items: (d as { items: { name: string }[] }).items.map((i) => ({ ...i, done: false })) }),
  },
};
const now = new Date('2026-11-22T10:00:00.000Z');

describe('loadVersioned', () => {
  it('returns empty data when nothing is stored', () => {
    expect(loadVersioned(memoryStorage(), options, now)).toEqual({ status: 'empty', data: { items: [] } });
  });

  it('round-trips the current version under its versioned key', () => {
    const storage = memoryStorage();
    saveVersioned(storage, options, { items: [{ name: 'a', done: true }] });
    expect(storage.getItem('shardlab.things.v3')).toBe('{"items":[{"name":"a","done":true}]}');
    expect(loadVersioned(storage, options, now)).toEqual({
      status: 'loaded',
      data: { items: [{ name: 'a', done: true }] },
    });
  });

  it('migrates an old version step by step, writes the new key and removes the old one', () => {
    const storage = memoryStorage({ 'shardlab.things.v1': '["a","b"]' });
    const result = loadVersioned(storage, options, now);
    expect(result).toEqual({
      status: 'migrated',
      from: 1,
      data: {
        items: [
          { name: 'a', done: false },
          { name: 'b', done: false },
        ],
      },
    });
    expect(storage.getItem('shardlab.things.v1')).toBeNull();
    expect(JSON.parse(storage.getItem('shardlab.things.v3')!)).toEqual(result.data);
  });

  it('quarantines invalid JSON under a dated key instead of dropping it', () => {
    const storage = memoryStorage({ 'shardlab.things.v3': '{not json' });
    const result = loadVersioned(storage, options, now);
    expect(result).toEqual({
      status: 'quarantined',
      data: { items: [] },
      quarantine: {
        key: 'shardlab.quarantine.things.2026-11-22T10:00:00.000Z',
        reason: 'it is not valid JSON',
        raw: '{not json',
      },
    });
    expect(storage.getItem('shardlab.things.v3')).toBeNull();
    expect(listQuarantined(storage, 'things')).toEqual([
      { key: 'shardlab.quarantine.things.2026-11-22T10:00:00.000Z', raw: '{not json' },
    ]);
  });

  it('quarantines data of the wrong shape, saying where', () => {
    const storage = memoryStorage({ 'shardlab.things.v3': '{"items":[{"name":1,"done":true}]}' });
    const result = loadVersioned(storage, options, now);
    expect(result.status).toBe('quarantined');
    if (result.status === 'quarantined')
      expect(result.quarantine.reason).toMatch(/expected shape .* at "items\.0\.name"/);
  });

  it('quarantines data whose migration throws or is missing', () => {
    const throwing = loadVersioned(memoryStorage({ 'shardlab.things.v1': '42' }), options, now);
    expect(throwing.status === 'quarantined' && throwing.quarantine.reason).toMatch(
      /upgrading it from version 1 failed/,
    );
    const missing = loadVersioned(memoryStorage({ 'shardlab.things.v0': '[]' }), options, now);
    expect(missing.status === 'quarantined' && missing.quarantine.reason).toBe(
      'there is no upgrade from version 0 of the saved data',
    );
  });

  it('leaves data from a newer version untouched', () => {
    const storage = memoryStorage({ 'shardlab.things.v4': '{"future":true}' });
    expect(loadVersioned(storage, options, now).status).toBe('empty');
    expect(storage.getItem('shardlab.things.v4')).toBe('{"future":true}');
  });
});
