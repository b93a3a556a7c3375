import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance } from './advance';
import { aggregatedRecordSize, aggregationFactor } from './aggregation';
import { base64ToBytes } from './base64';
import { addConsumerApp } from './consumers';
import { createSimulation } from './createSimulation';
import { getRecords } from './getRecords';
import { partitionKeyHash, rangeContains } from './hashing';
import { getShardIterator } from './iterators';
import { decodeAggregatedRecord } from './kplRecord';
import { MiB } from './limits';
import { syntheticRecords } from './materialize';
import { addProducer } from './producers';
import type { KplAggregation, ProducerConfig } from './producerTypes';
import { shardRange } from './shards';
import { createStream } from './streams';
import { testProducer } from './testing/testProducer';
import type { SimState } from './types';

function sim(shardCount = 1, seed = 7): SimState {
  const s = createSimulation({ seed });
  createStream(s, { name: 'demo', shardCount });
  advance(s, s.now + 2_000);
  return s;
}

/** 4,000 user records/s of 100 bytes with random keys, as a game client fleet sends small events. */
const smallEvents = (aggregation?: KplAggregation, overrides: Partial<ProducerConfig> = {}) =>
  testProducer({
    rate: { kind: 'constant', recordsPerSecond: 4000 },
    size: { kind: 'fixed', bytes: 100 },
    keys: { kind: 'uuid' },
    ...(aggregation ? { aggregation } : {}),
    ...overrides,
  });

const lastSecond = (s: SimState, metric: string) => s.metrics.demo!.perSecond[metric]!.values.at(-1);

describe('aggregationFactor', () => {
  it('takes the configured count, capped by the max record size and by what arrives within the buffer time', () => {
    expect(aggregationFactor(undefined, 100, MiB, 4000)).toBe(1);
    expect(aggregationFactor({ maxUserRecordsPerRecord: 4 }, 100, MiB, 4000)).toBe(4);
    // 300 KB user records: (1,048,576 − 20) / (300,000 + 8) = 3.49, so 3 fit in a 1 MiB record.
    expect(aggregationFactor({ maxUserRecordsPerRecord: 10 }, 300_000, MiB, 100)).toBe(3);
    expect(aggregationFactor({ maxUserRecordsPerRecord: 10 }, 300_000, 10 * MiB, 100)).toBe(10);
    // 1,000 user records/s on a shard and 20 ms of buffering: 20 per record, however many are allowed.
    expect(aggregationFactor({ maxUserRecordsPerRecord: 50, maxBufferedTimeMs: 20 }, 100, MiB, 1000)).toBe(20);
    expect(aggregationFactor({ maxUserRecordsPerRecord: 50, maxBufferedTimeMs: 20 }, 100, MiB, 10)).toBe(1);
    expect(aggregatedRecordSize(1, 100)).toBe(100);
  });
});

describe('an aggregating producer', () => {
  it('4,000 user records/s throttle a shard at 1,000 records/s; aggregated by 4 they fit in 452,000 bytes/s', () => {
    const plain = sim();
    addProducer(plain, smallEvents());
    advance(plain, plain.now + 10_000);
    expect(lastSecond(plain, 'IncomingRecords')).toBe(1000);
    expect(lastSecond(plain, 'IncomingBytes')).toBe(100_000);
    expect(lastSecond(plain, 'WriteProvisionedThroughputExceeded')).toBe(3000);

    const packed = sim();
    addProducer(packed, smallEvents({ maxUserRecordsPerRecord: 4 }));
    advance(packed, packed.now + 10_000);
    expect(lastSecond(packed, 'IncomingRecords')).toBe(1000);
    expect(lastSecond(packed, 'IncomingBytes')).toBe(452_000);
    expect(lastSecond(packed, 'WriteProvisionedThroughputExceeded')).toBe(0);
    expect(packed.producers[0]!.stats).toEqual({
      attempted: 10_000,
      accepted: 10_000,
      throttled: 0,
      retried: 0,
      duplicates: 0,
      dropped: 0,
      userRecordsAttempted: 40_000,
      userRecordsAccepted: 40_000,
      userRecordsThrottled: 0,
      userRecordsDropped: 0,
    });
  });

  it('still meets the byte limit: 300-byte user records by 4 make 1,252-byte records, 837 fit in 1 MiB/s', () => {
    const s = sim();
    addProducer(s, smallEvents({ maxUserRecordsPerRecord: 4 }, { size: { kind: 'fixed', bytes: 300 } }));
    advance(s, s.now + 10_000);
    expect(lastSecond(s, 'IncomingRecords')).toBe(837);
    expect(lastSecond(s, 'WriteProvisionedThroughputExceeded')).toBe(163);
    // Throttling counts Kinesis records; each one throttled held 4 user records.
    expect(s.producers[0]!.stats).toMatchObject({ throttled: 1630, userRecordsThrottled: 6520 });
  });

  it('sends smaller aggregates when a shard gets few user records within maxBufferedTimeMs', () => {
    const s = sim(4);
    addProducer(s, smallEvents({ maxUserRecordsPerRecord: 50, maxBufferedTimeMs: 20 }));
    advance(s, s.now + 10_000);
    // 1,000 user records/s per shard × 20 ms = 20 per record: 50 records/s per shard of 2,180 bytes.
    expect(lastSecond(s, 'IncomingRecords')).toBe(200);
    expect(lastSecond(s, 'IncomingBytes')).toBe(200 * 2180);
  });

  it('is read as KPL aggregates of user records that all belong on the shard, under the first key', () => {
    const s = sim(2);
    addProducer(s, smallEvents({ maxUserRecordsPerRecord: 4 }, { template: '{"score":{{random.number(1,9)}}}' }));
    advance(s, s.now + 1_000);
    for (const shard of s.streams.demo!.shards) {
      const iterator = getShardIterator(s, {
        stream: 'demo',
        shardId: `shardId-00000000000${shard.index}`,
        type: 'TRIM_HORIZON',
      });
      const { records } = getRecords(s, iterator, 10, syntheticRecords(s));
      expect(records).toHaveLength(10);
      for (const record of records) {
        const users = decodeAggregatedRecord(base64ToBytes(record.data))!;
        expect(users).toHaveLength(4);
        expect(users[0]!.partitionKey).toBe(record.partitionKey);
        for (const user of users) {
          expect(rangeContains(shardRange(shard), partitionKeyHash(user.partitionKey))).toBe(true);
          expect(JSON.parse(new TextDecoder().decode(user.data))).toEqual({ score: expect.any(Number) });
        }
      }
    }
  });
});

describe('a KCL consumer of aggregated records', () => {
  it('de-aggregates: 4 user records processed, and paid for, per Kinesis record', () => {
    const s = sim();
    addProducer(s, smallEvents({ maxUserRecordsPerRecord: 4 }));
    addConsumerApp(s, {
      name: 'scores',
      stream: 'demo',
      workers: 1,
      pollIntervalMs: 1000,
      maxRecords: 10_000,
      // 0.3 ms per user record: 4,000/s take 1.2 s of work each second, so the worker falls behind.
      processingMsPerRecord: 0.3,
      initialPosition: 'TRIM_HORIZON',
      enabled: true,
    });
    advance(s, s.now + 60_000);
    const stats = s.consumerApps[0]!.stats;
    expect(stats.processedUserRecords).toBe(4 * stats.processedRecords);
    expect(stats.processedBytes).toBe(452 * stats.processedRecords);
    expect(s.consumerApps[0]!.leases[0]!.iteratorAgeMs).toBeGreaterThan(5_000);
  });
});

describe('aggregation invariants', () => {
  it('conserves user records: generated + resent = attempted + still buffered; the stream holds the accepted', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 1000 }),
          shards: fc.integer({ min: 1, max: 4 }),
          rate: fc.integer({ min: 0, max: 9000 }),
          bytes: fc.integer({ min: 1, max: 5000 }),
          k: fc.integer({ min: 1, max: 40 }),
          buffered: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
          seconds: fc.integer({ min: 1, max: 30 }),
          retry: fc.boolean(),
        }),
        ({ seed, shards, rate, bytes, k, buffered, seconds, retry }) => {
          const s = sim(shards, seed);
          const aggregation: KplAggregation = { maxUserRecordsPerRecord: k };
          if (buffered !== undefined) aggregation.maxBufferedTimeMs = buffered;
          addProducer(
            s,
            smallEvents(aggregation, {
              rate: { kind: 'constant', recordsPerSecond: rate },
              size: { kind: 'fixed', bytes },
              ...(retry ? { retry: { maxAttempts: 2, baseDelayMs: 300, lostAckRate: 0 } } : {}),
            }),
          );
          advance(s, s.now + seconds * 1000);
          const p = s.producers[0]!;
          const buffer = Object.values(p.carry).reduce((a, b) => a + b, 0);
          // Random-key shares are rounded to 1e-9 of the hash space (keyDistribution.ts), hence the tolerance.
          // Throttled user records not given up are sent again: once due, they are attempted a second time.
          const pending = p.retries.reduce((sum, r) => sum + r.count, 0);
          const resent = p.stats.userRecordsThrottled - p.stats.userRecordsDropped - pending;
          const generated = rate * seconds;
          expect(Math.abs(p.stats.userRecordsAttempted + buffer - generated - resent)).toBeLessThan(
            1e-6 + generated * 1e-8,
          );
          expect(p.stats.userRecordsAttempted).toBe(p.stats.userRecordsAccepted + p.stats.userRecordsThrottled);
          if (!retry) expect(p.stats.userRecordsDropped).toBe(p.stats.userRecordsThrottled);
          expect(p.stats.attempted).toBe(p.stats.accepted + p.stats.throttled);
          let stored = 0;
          let records = 0;
          for (const shard of s.streams.demo!.shards) {
            const runs = shard.runs;
            for (let i = runs.head; i < runs.tail; i++) {
              stored += runs.count[i]! * runs.userRecordsPerRecord[i]!;
              records += runs.count[i]!;
            }
          }
          expect(stored).toBe(p.stats.userRecordsAccepted);
          expect(records).toBe(p.stats.accepted);
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);
});
