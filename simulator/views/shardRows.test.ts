import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { addConsumerApp } from '../engine/consumers';
import type { ConsumerAppConfig } from '../engine/consumerTypes';
import { createSimulation } from '../engine/createSimulation';
import { addProducer } from '../engine/producers';
import { mergeShards, splitShard } from '../engine/resharding';
import { createStream } from '../engine/streams';
import { testProducer } from '../engine/testing/testProducer';
import { startScenario } from '../scenarios/loadScenario';
import { shardRows, type ShardRow } from './shardRows';
import { loadScenarioFile } from '../scenarios/testing/loadScenarioFile';

const load = loadScenarioFile;

const HOUR = 3_600_000;

const reader = (name: string, changes: Partial<ConsumerAppConfig> = {}): ConsumerAppConfig => ({
  name,
  stream: 'demo',
  workers: 1,
  pollIntervalMs: 1000,
  maxRecords: 10_000,
  processingMsPerRecord: 0,
  initialPosition: 'TRIM_HORIZON',
  enabled: true,
  ...changes,
});

const idle = (id: string): ShardRow => ({
  shardId: id,
  open: true,
  parent: null,
  adjacentParent: null,
  incomingRecords: 0,
  incomingBytes: 0,
  throttledRecords: 0,
  writeUtilization: 0,
  outgoingBytes: 0,
  readUtilization: 0,
  readThrottles: 0,
  retainedRecords: 0,
  retentionFill: 0,
  expiredRecords: 0,
  iteratorAges: [],
});

describe('shardRows', () => {
  it('hot key: the one shard MD5 picks takes 1,000 records/s and throttles 500; the other three are idle', () => {
    const sim = startScenario(load('hot-key'));
    advance(sim, sim.now + 3_000);
    // Four shards split the 128-bit hash key space evenly, so the top two bits of MD5("leaderboard") pick the shard.
    const hot = Number(BigInt(`0x${createHash('md5').update('leaderboard').digest('hex')}`) >> 126n);
    expect(hot).toBe(1);
    expect(shardRows(sim, 'game-events')).toEqual([
      idle('shardId-000000000000'),
      {
        ...idle('shardId-000000000001'),
        // 1,500 records/s of 300 bytes: the 1,000 records/s limit binds (300,000 B/s is under 1 MiB/s).
        incomingRecords: 1000,
        incomingBytes: 300_000,
        throttledRecords: 500,
        writeUtilization: 1.5,
        // Three seconds of 1,000 accepted records, none expired within the 24-hour retention.
        retainedRecords: 3000,
        // The oldest is 3 s old: 3 s of the 86,400 s retention period.
        retentionFill: 3 / 86_400,
      },
      idle('shardId-000000000002'),
      idle('shardId-000000000003'),
    ]);
  });

  it('counts utilization against 1 MiB/s when bytes bind first, and reads against the shared 2 MiB/s', () => {
    const sim = createSimulation({ seed: 1 });
    createStream(sim, { name: 'demo', shardCount: 1 });
    advance(sim, sim.now + 2_000);
    addProducer(
      sim,
      testProducer({ rate: { kind: 'constant', recordsPerSecond: 600 }, size: { kind: 'fixed', bytes: 2000 } }),
    );
    addConsumerApp(sim, reader('fast'));
    addConsumerApp(sim, reader('paused', { enabled: false }));
    // Neither application holds a lease before time has run.
    expect(shardRows(sim, 'demo')[0]!.iteratorAges).toEqual([
      { consumer: 'fast', ms: null },
      { consumer: 'paused', ms: null },
    ]);
    advance(sim, sim.now + 5_000);
    expect(shardRows(sim, 'demo')).toEqual([
      {
        ...idle('shardId-000000000000'),
        // floor(1,048,576 / 2,000) = 524 records fit in 1 MiB; 600 − 524 = 76 throttled.
        incomingRecords: 524,
        incomingBytes: 1_048_000,
        throttledRecords: 76,
        // Demand is 600 × 2,000 = 1,200,000 B/s against 1,048,576 (records: only 600 of 1,000).
        writeUtilization: 1_200_000 / 1_048_576,
        // The reader takes each second's 1,048,000 bytes: half of 2 MiB/s, a little under.
        outgoingBytes: 1_048_000,
        readUtilization: 1_048_000 / 2_097_152,
        retainedRecords: 5 * 524,
        retentionFill: 5 / 86_400,
        // fast is caught up; paused never took a lease.
        iteratorAges: [
          { consumer: 'fast', ms: 0 },
          { consumer: 'paused', ms: null },
        ],
      },
    ]);
    expect(shardRows(sim, 'demo')[0]!.writeUtilization).toBe(1.1444091796875);
  });

  it('reports the iterator age of a consumer that falls behind', () => {
    const sim = startScenario(load('consumer-falls-behind'));
    advance(sim, sim.now + HOUR);
    // 400 ms per record: batches of 10, 40, 160, 640, 2,560, then the 10,000 maximum (read at 1,365 s and
    // taking 4,000 s). The checkpoint is record 13,410, written at 1,341 s at 10 records/s: 2,259 s ago.
    expect(shardRows(sim, 'sensors')).toEqual([
      {
        ...idle('shardId-000000000000'),
        incomingRecords: 10,
        incomingBytes: 1200,
        writeUtilization: 0.01,
        retainedRecords: 36_000,
        // An hour of data in a 24-hour retention period.
        retentionFill: 1 / 24,
        iteratorAges: [{ consumer: 'analytics', ms: 2_259_000 }],
      },
    ]);
  });

  it('counts records that passed the 24-hour retention as expired', () => {
    const sim = startScenario(load('consumer-falls-behind'));
    advance(sim, sim.now + 41 * HOUR);
    // 41 h at 10 records/s is 1,476,000 written; the first 17 h (612,000) are older than 24 h.
    expect(shardRows(sim, 'sensors')[0]!.expiredRecords).toBe(612_000);
  });

  // Retained counts start at the trim horizon (trimHorizonOrdinal), which moves as records expire.
  it('retains exactly the last 24 hours once records expire', () => {
    const sim = startScenario(load('consumer-falls-behind'));
    advance(sim, sim.now + 41 * HOUR);
    expect(shardRows(sim, 'sensors')[0]!.retainedRecords).toBe(24 * 36_000);
    // The oldest retained record is exactly 24 hours old (it goes next): the bar is full.
    expect(shardRows(sim, 'sensors')[0]!.retentionFill).toBe(1);
  });

  it('names parents after a split and a merge, and keeps closed shards listed', () => {
    const sim = createSimulation({ seed: 1 });
    createStream(sim, { name: 'demo', shardCount: 1 });
    advance(sim, sim.now + 2_000);
    splitShard(sim, 'demo', 'shardId-000000000000', (2n ** 127n).toString());
    advance(sim, sim.now + 2_000);
    mergeShards(sim, 'demo', 'shardId-000000000001', 'shardId-000000000002');
    advance(sim, sim.now + 2_000);
    expect(
      shardRows(sim, 'demo').map(({ shardId, open, parent, adjacentParent }) => ({
        shardId,
        open,
        parent,
        adjacentParent,
      })),
    ).toEqual([
      { shardId: 'shardId-000000000000', open: false, parent: null, adjacentParent: null },
      { shardId: 'shardId-000000000001', open: false, parent: 'shardId-000000000000', adjacentParent: null },
      { shardId: 'shardId-000000000002', open: false, parent: 'shardId-000000000000', adjacentParent: null },
      {
        shardId: 'shardId-000000000003',
        open: true,
        parent: 'shardId-000000000001',
        adjacentParent: 'shardId-000000000002',
      },
    ]);
  });

  it('returns no rows for a stream that does not exist', () => {
    const sim = startScenario(load('hot-key'));
    expect(shardRows(sim, 'no-such-stream')).toEqual([]);
  });
});
