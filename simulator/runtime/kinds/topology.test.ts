import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance } from '../../engine/advance';
import { addConsumerApp, removeConsumerApp } from '../../engine/consumers';
import type { ConsumerAppConfig } from '../../engine/consumerTypes';
import { shardId } from '../../engine/ids';
import { addProducer, removeProducer, updateProducer } from '../../engine/producers';
import { mergeShards, splitShard } from '../../engine/resharding';
import { shardRange } from '../../engine/shards';
import { createStream, deleteStream } from '../../engine/streams';
import type { SimState } from '../../engine/types';
import { startScenario } from '../../scenarios/loadScenario';
import { topologyKey, topologyOf } from './topology';
import { loadScenarioFile } from '../../scenarios/testing/loadScenarioFile';

const load = loadScenarioFile;

const consumer = (name: string, stream = 'game-events'): ConsumerAppConfig => ({
  name,
  stream,
  workers: 1,
  pollIntervalMs: 1000,
  maxRecords: 10_000,
  processingMsPerRecord: 0,
  initialPosition: 'LATEST',
  enabled: true,
});

/** The middle of a shard's hash key range, where a split gives two even halves. */
function middle(sim: SimState, stream: string, index: number): string {
  const range = shardRange(sim.streams[stream]!.shards.find((s) => s.index === index)!);
  return ((range.start + range.end + 1n) / 2n).toString();
}

const hotKey = load('hot-key');

/** The shards of a topology as their id, openness, parents and key range. */
const shardsOf = (sim: SimState) =>
  topologyOf(sim)
    .nodes.filter((n) => n.kind === 'shard')
    .map((n) => ({ id: n.name, open: n.facts.open, parents: n.facts.parents, range: n.facts.range }));

describe('topologyOf', () => {
  it('lists the hot-key scenario: one producer wired to a stream of four open shards', () => {
    const sim = startScenario(load('hot-key'));
    const topology = topologyOf(sim);
    expect(topology.nodes.map((n) => [n.id, n.parent ?? null, n.label])).toEqual([
      ['producer:game-servers', null, 'Producer game-servers'],
      ['stream:game-events', null, 'Stream game-events'],
      ...[0, 1, 2, 3].map((i) => [
        `shard:game-events:shardId-00000000000${i}`,
        'stream:game-events',
        `shardId-00000000000${i} of game-events`,
      ]),
    ]);
    expect(topology.edges).toEqual([
      {
        id: 'producer:game-servers->stream:game-events',
        source: 'producer:game-servers',
        target: 'stream:game-events',
      },
    ]);
    expect(shardsOf(sim)).toEqual(
      [0, 1, 2, 3].map((i) => ({
        id: `shardId-00000000000${i}`,
        open: true,
        parents: '',
        range: `${i * 25}–${(i + 1) * 25}%`,
      })),
    );
  });

  it('names a split child’s parent and both parents of a merged shard', () => {
    const sim = startScenario(load('hot-key'));
    splitShard(sim, 'game-events', 'shardId-000000000001', middle(sim, 'game-events', 1));
    advance(sim, sim.now + 2_000);
    mergeShards(sim, 'game-events', 'shardId-000000000002', 'shardId-000000000003');
    advance(sim, sim.now + 2_000);
    expect(shardsOf(sim)).toEqual([
      { id: 'shardId-000000000000', open: true, parents: '', range: '0–25%' },
      { id: 'shardId-000000000001', open: false, parents: '', range: '25–50%' },
      { id: 'shardId-000000000002', open: false, parents: '', range: '50–75%' },
      { id: 'shardId-000000000003', open: false, parents: '', range: '75–100%' },
      // The split at the middle of 25–50% gives two eighths of the key space.
      { id: 'shardId-000000000004', open: true, parents: 'shardId-000000000001', range: '25–37.5%' },
      { id: 'shardId-000000000005', open: true, parents: 'shardId-000000000001', range: '37.5–50%' },
      {
        id: 'shardId-000000000006',
        open: true,
        parents: 'shardId-000000000002 shardId-000000000003',
        range: '50–100%',
      },
    ]);
  });

  it('leaves removed producers out, and shows a producer that took a removed one’s id once', () => {
    const sim = startScenario(load('hot-key'));
    const config = sim.producers[0]!.config;
    const producers = () =>
      topologyOf(sim)
        .nodes.filter((n) => n.kind === 'producer')
        .map((n) => n.id);
    removeProducer(sim, 'game-servers');
    // The engine keeps the removed producer: its stored runs refer to it by position.
    expect(sim.producers).toHaveLength(1);
    expect(producers()).toEqual([]);
    addProducer(sim, config);
    expect(producers()).toEqual(['producer:game-servers']);
  });

  it('draws drafts as unwired nodes of their kind', () => {
    const sim = startScenario(load('hot-key'));
    const drafts = [
      { kind: 'consumer' as const, config: { ...consumer('later'), stream: undefined } },
    ] as unknown as Parameters<typeof topologyOf>[1];
    expect(topologyOf(sim, drafts).nodes.at(-1)).toEqual({
      id: 'consumer:later',
      kind: 'consumer',
      name: 'later',
      draft: true,
      facts: { fanOut: 'shared' },
      label: 'Consumer application later, not connected',
    });
  });
});

describe('topologyKey', () => {
  it('does not change while traffic flows and shards throttle', () => {
    const sim = startScenario(load('hot-key'));
    const key = topologyKey(sim);
    advance(sim, sim.now + 10_000);
    // 10 s of 1,500 records/s on one key: shard 1 took 1,000 and throttled 500 every second.
    expect(sim.streams['game-events']!.shards[1]!.stats.throttledRecords).toBe(5_000);
    expect(topologyKey(sim)).toBe(key);
  });

  it('changes with each producer, stream, shard and consumer change', () => {
    const sim = startScenario(load('hot-key'));
    const keys = [topologyKey(sim)];
    const changed = () => {
      const key = topologyKey(sim);
      expect(key).not.toBe(keys.at(-1));
      keys.push(key);
    };
    addConsumerApp(sim, consumer('leaderboard'));
    changed();
    splitShard(sim, 'game-events', 'shardId-000000000001', middle(sim, 'game-events', 1));
    // UPDATING is a status, not topology: the shards change only when the split takes effect.
    expect(topologyKey(sim)).toBe(keys.at(-1));
    advance(sim, sim.now + 2_000);
    changed();
    updateProducer(sim, 'game-servers', { stream: 'audit' });
    changed();
    createStream(sim, { name: 'audit', shardCount: 1 });
    changed();
    removeProducer(sim, 'game-servers');
    changed();
    removeConsumerApp(sim, 'leaderboard');
    changed();
    deleteStream(sim, 'audit');
    advance(sim, sim.now + 1_000);
    changed();
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('changes exactly when topologyOf does, over random edits and time (property)', () => {
    type Op =
      | { kind: 'advance'; ms: number }
      | { kind: 'rate'; recordsPerSecond: number }
      | { kind: 'toggleProducer' }
      | { kind: 'toggleConsumer' }
      | { kind: 'split'; index: number };
    const op = fc.oneof(
      fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 5 }).map((s) => s * 1000) }),
      fc.record({ kind: fc.constant('rate' as const), recordsPerSecond: fc.integer({ min: 0, max: 3000 }) }),
      fc.record({ kind: fc.constant('toggleProducer' as const) }),
      fc.record({ kind: fc.constant('toggleConsumer' as const) }),
      fc.record({ kind: fc.constant('split' as const), index: fc.integer({ min: 0, max: 7 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops: Op[]) => {
        const sim = startScenario(hotKey);
        const producer = { ...sim.producers[0]!.config };
        let before = { key: topologyKey(sim), topology: topologyOf(sim) };
        for (const o of ops) {
          const live = sim.producers.some((p) => !p.removed);
          if (o.kind === 'advance') advance(sim, sim.now + o.ms);
          else if (o.kind === 'rate' && live)
            updateProducer(sim, 'game-servers', { rate: { kind: 'constant', recordsPerSecond: o.recordsPerSecond } });
          else if (o.kind === 'toggleProducer') {
            if (live) removeProducer(sim, 'game-servers');
            else addProducer(sim, producer);
          } else if (o.kind === 'toggleConsumer') {
            if (sim.consumerApps.length) removeConsumerApp(sim, 'reader');
            else addConsumerApp(sim, consumer('reader'));
          } else if (o.kind === 'split') {
            const stream = sim.streams['game-events']!;
            const shard = stream.shards.find((s) => s.index === o.index && s.closedAt === null);
            if (stream.status === 'ACTIVE' && shard)
              splitShard(sim, 'game-events', shardId(shard.index), middle(sim, 'game-events', shard.index));
          }
          const after = { key: topologyKey(sim), topology: topologyOf(sim) };
          expect(after.key === before.key).toBe(JSON.stringify(after.topology) === JSON.stringify(before.topology));
          before = after;
        }
      }),
      { seed: 20_260_101, numRuns: 60 },
    );
  });
});

describe('topology of Lambda functions and Firehose streams', () => {
  it('wires streams to the functions their mappings read, and Firehose streams to their source and bucket', () => {
    const lambda = topologyOf(startScenario(loadScenarioFile('lambda-poison-pill')));
    const fn = lambda.nodes.find((n) => n.kind === 'lambda')!;
    expect(lambda.edges.filter((e) => e.target === fn.id)).toHaveLength(1);
    const t = topologyOf(startScenario(loadScenarioFile('streams-and-firehose')));
    const firehose = t.nodes.find((n) => n.kind === 'firehose')!;
    const stream = t.nodes.find((n) => n.kind === 'stream')!;
    const bucket = t.nodes.find((n) => n.kind === 'bucket')!;
    expect(firehose.facts).toEqual({ source: stream.name, bucket: bucket.name });
    expect(t.edges.filter((e) => e.source === firehose.id || e.target === firehose.id)).toEqual([
      { id: `${stream.id}->${firehose.id}`, source: stream.id, target: firehose.id },
      { id: `${firehose.id}->${bucket.id}`, source: firehose.id, target: bucket.id },
    ]);
  });
});
