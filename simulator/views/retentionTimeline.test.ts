import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { addConsumerApp } from '../engine/consumers';
import { createSimulation, DEFAULT_START } from '../engine/createSimulation';
import { addProducer } from '../engine/producers';
import { splitShard } from '../engine/resharding';
import { deleteStream, createStream } from '../engine/streams';
import { testProducer } from '../engine/testing/testProducer';
import type { ShardState } from '../engine/types';
import { parseScenario, startScenario } from '../scenarios/loadScenario';
import { lossSentence, retentionView } from './retentionTimeline';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function fallsBehind() {
  const file = path.join(import.meta.dirname, '../../content/scenarios/consumer-falls-behind.json');
  const result = parseScenario(JSON.parse(readFileSync(file, 'utf8')), 'consumer-falls-behind.json');
  if (!result.ok) throw new Error(result.error);
  // The scenario starts once its stream is ACTIVE, 2 s into virtual time.
  return startScenario(result.scenario);
}

/** Records actually held, counted piece by piece: what the ordinal arithmetic must agree with. */
function heldRecords(shard: ShardState): number {
  let count = shard.records.length;
  for (let i = shard.runs.head; i < shard.runs.tail; i++) count += shard.runs.count[i]!;
  return count;
}

describe('retention timeline: a consumer that falls behind (10 records/s in, 2.5 records/s processed)', () => {
  it('after an hour: nothing expired, the consumer 37.65 minutes behind and 22,590 records back', () => {
    const sim = fallsBehind();
    advance(sim, DEFAULT_START + 2_000 + HOUR);
    expect(retentionView(sim, 'sensors')).toEqual({
      now: DEFAULT_START + 2_000 + HOUR,
      retentionMs: DAY,
      windowStart: DEFAULT_START + 2_000 + HOUR - DAY,
      shards: [
        {
          shardId: 'shardId-000000000000',
          open: true,
          trimHorizonOrdinal: 0,
          oldestArrival: DEFAULT_START + 2_000,
          tipOrdinal: 36_000,
          // The bar covers 24 hours and the stream is one hour old: its data fills the last 1/24.
          oldestPosition: 23 / 24,
          tipPosition: 1,
          retainedRecords: 36_000,
          expiredRecords: 0,
          consumers: [
            {
              consumer: 'analytics',
              checkpoint: 13_410,
              position: 0.9738541666666667,
              nextArrival: DEFAULT_START + 1_343_000,
              unread: 22_590,
              expiredUnread: 0,
              iteratorAgeMs: 2_259_000,
              msUntilLoss: DAY - 2_259_000,
              enabled: true,
            },
          ],
        },
      ],
      apps: [{ consumer: 'analytics', lostRecords: 0, maxIteratorAgeMs: 2_259_000 }],
    });
  });

  it('after 41 hours: the oldest 17 hours have expired and the consumer, stuck at the trim horizon, loses records', () => {
    const sim = fallsBehind();
    advance(sim, DEFAULT_START + 2_000 + 41 * HOUR);
    const view = retentionView(sim, 'sensors')!;
    const [shard] = view.shards;
    expect(shard).toMatchObject({
      trimHorizonOrdinal: 612_000,
      oldestArrival: view.windowStart,
      oldestPosition: 0,
      tipOrdinal: 1_476_000,
      retainedRecords: 864_000,
      expiredRecords: 612_000,
    });
    expect(shard!.retainedRecords).toBe(heldRecords(sim.streams.sensors!.shards[0]!));
    expect(shard!.consumers[0]).toEqual({
      consumer: 'analytics',
      checkpoint: 599_640,
      position: 0,
      nextArrival: view.windowStart,
      unread: 864_000,
      // Expired since its last poll; they join lostRecords when it polls again.
      expiredUnread: 12_360,
      iteratorAgeMs: 86_401_000,
      msUntilLoss: 0,
      enabled: true,
    });
    expect(view.apps).toEqual([{ consumer: 'analytics', lostRecords: 226_230, maxIteratorAgeMs: 86_401_000 }]);
    expect(lossSentence(view.apps[0]!)).toBe('analytics lost 226,230 records that expired before it read them');
  });
});

describe('retention timeline: resharding and edge cases', () => {
  it('shows a split parent up to when it closed, and a finished lease at SHARD_END', () => {
    const sim = createSimulation({ seed: 3 });
    createStream(sim, { name: 'demo', shardCount: 1 });
    advance(sim, sim.now + 2_000);
    addProducer(sim, testProducer({ rate: { kind: 'constant', recordsPerSecond: 100 }, keys: { kind: 'uuid' } }));
    addConsumerApp(sim, {
      name: 'fast',
      stream: 'demo',
      workers: 1,
      pollIntervalMs: 1_000,
      maxRecords: 10_000,
      processingMsPerRecord: 0,
      initialPosition: 'TRIM_HORIZON',
      enabled: true,
    });
    advance(sim, sim.now + 10_000);
    splitShard(sim, 'demo', 'shardId-000000000000', (1n << 127n).toString());
    advance(sim, sim.now + 10_000);
    const view = retentionView(sim, 'demo')!;
    const closedAt = DEFAULT_START + 14_000;
    expect(view.shards.map((s) => [s.shardId, s.open, s.tipOrdinal, s.retainedRecords])).toEqual([
      ['shardId-000000000000', false, 1_200, 1_200],
      ['shardId-000000000001', true, 400, 400],
      ['shardId-000000000002', true, 400, 400],
    ]);
    expect(view.shards[0]!.tipPosition).toBe((closedAt - view.windowStart) / DAY);
    expect(view.shards[0]!.consumers).toEqual([
      {
        consumer: 'fast',
        checkpoint: 'SHARD_END',
        position: view.shards[0]!.tipPosition,
        nextArrival: null,
        unread: 0,
        expiredUnread: 0,
        iteratorAgeMs: 0,
        msUntilLoss: null,
        enabled: true,
      },
    ]);
    // Caught up on the children: at the tip, nothing unread.
    expect(view.shards[1]!.consumers[0]).toMatchObject({ position: 1, nextArrival: null, unread: 0 });
    expect(lossSentence(view.apps[0]!)).toBeNull();
  });

  it('returns null for a stream that is gone, and an empty shard sits at the tip', () => {
    const sim = createSimulation();
    createStream(sim, { name: 'empty', shardCount: 1 });
    advance(sim, sim.now + 2_000);
    expect(retentionView(sim, 'empty')!.shards[0]).toMatchObject({
      oldestArrival: null,
      oldestPosition: 1,
      retainedRecords: 0,
      consumers: [],
    });
    deleteStream(sim, 'empty');
    advance(sim, sim.now + 2_000);
    expect(retentionView(sim, 'empty')).toBeNull();
    expect(lossSentence({ consumer: 'a', lostRecords: 1, maxIteratorAgeMs: 0 })).toBe(
      'a lost 1 record that expired before it read them',
    );
  });
});
