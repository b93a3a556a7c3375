import { describe, expect, it } from 'vitest';
import { advance } from './advance';
import { checkTemplate, renderTemplate } from './dataTemplate';
import { createSimulation } from './createSimulation';
import { getRecords } from './getRecords';
import { partitionKeyHash, rangeContains } from './hashing';
import { getShardIterator } from './iterators';
import { syntheticRecords } from './materialize';
import { addProducer } from './producers';
import { splitShard } from './resharding';
import { shardRange } from './shards';
import { createStream } from './streams';
import { testProducer } from './testing/testProducer';

const context = { arrival: Date.UTC(2026, 0, 1, 12), ordinal: 7, partitionKey: 'sensor-3' };

describe('renderTemplate', () => {
  it('fills placeholders from a seeded generator: same seed, same record', () => {
    const template =
      '{"sensor":"{{partitionKey}}","n":{{sequence}},"t":{{random.number(10,30)}},"at":"{{date.now}}","c":"{{random.arrayElement(["red","blue"])}}"}';
    const a = renderTemplate(template, 42, context);
    expect(a).toBe(renderTemplate(template, 42, context));
    const parsed = JSON.parse(a) as Record<string, unknown>;
    expect(parsed).toMatchObject({ sensor: 'sensor-3', n: 7, at: '2026-01-01T12:00:00.000Z' });
    expect(parsed.t).toBeGreaterThanOrEqual(10);
    expect(parsed.t).toBeLessThanOrEqual(30);
    expect(['red', 'blue']).toContain(parsed.c);
    expect(renderTemplate('{{random.uuid}}', 1, context)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('explains a typo', () => {
    expect(checkTemplate('{"t": {{random.numbr(1,2)}}}')).toMatch(/^Unknown placeholder \{\{random\.numbr\}\}/);
    expect(checkTemplate('{{random.number(1,)}}')).toMatch(/^Cannot read the arguments \(1,\)/);
    expect(checkTemplate('{"ok": {{random.number(1,5)}}}')).toBeNull();
    expect(checkTemplate('{{random.arrayElement(x)}}')).toMatch(/Cannot read the arguments/);
  });
});

describe('synthetic records through GetRecords', () => {
  it('are built on demand, belong to their shard, and follow the template', () => {
    const sim = createSimulation({ seed: 9 });
    createStream(sim, { name: 'demo', shardCount: 2 });
    advance(sim, sim.now + 2000);
    addProducer(
      sim,
      testProducer({
        id: 'sensors',
        rate: { kind: 'constant', recordsPerSecond: 10 },
        size: { kind: 'fixed', bytes: 60 },
        keys: { kind: 'uuid' },
        template: '{"temp":{{random.float(10,30,1)}}}',
        seed: 5,
      }),
    );
    advance(sim, sim.now + 3000);
    for (const shard of sim.streams.demo!.shards) {
      const iterator = getShardIterator(sim, {
        stream: 'demo',
        shardId: `shardId-00000000000${shard.index}`,
        type: 'TRIM_HORIZON',
      });
      const { records } = getRecords(sim, iterator, 100, syntheticRecords(sim));
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) {
        expect(rangeContains(shardRange(shard), partitionKeyHash(r.partitionKey))).toBe(true);
        expect(JSON.parse(atob(r.data))).toEqual({ temp: expect.any(Number) });
      }
    }
  });

  it('keep the keys they were written with after their shard is split and closed', () => {
    const sim = createSimulation({ seed: 9 });
    createStream(sim, { name: 'demo', shardCount: 1 });
    advance(sim, sim.now + 2000);
    addProducer(
      sim,
      testProducer({ rate: { kind: 'constant', recordsPerSecond: 50 }, keys: { kind: 'uniform', count: 5 } }),
    );
    advance(sim, sim.now + 2000);
    splitShard(sim, 'demo', 'shardId-000000000000', (1n << 127n).toString());
    advance(sim, sim.now + 3000);
    expect(sim.streams.demo!.shards[0]!.closedAt).not.toBeNull();
    const iterator = getShardIterator(sim, { stream: 'demo', shardId: 'shardId-000000000000', type: 'TRIM_HORIZON' });
    const keys = new Set(getRecords(sim, iterator, 1000, syntheticRecords(sim)).records.map((r) => r.partitionKey));
    expect([...keys].sort()).toEqual(['key-0', 'key-1', 'key-2', 'key-3', 'key-4']);
  });
});
