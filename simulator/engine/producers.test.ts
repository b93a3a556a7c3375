import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance } from './advance';
import { addConsumerApp } from './consumers';
import { createSimulation } from './createSimulation';
import { addProducer, removeProducer } from './producers';
import type { ProducerConfig } from './producerTypes';
import { deserializeSimulation, serializeSimulation } from './serialize';
import { createStream } from './streams';
import type { SimState } from './types';
import { runCount } from './runTable';
import { testProducer } from './testing/testProducer';

function sim(shardCount = 1, seed = 7): SimState {
  const s = createSimulation({ seed });
  createStream(s, { name: 'demo', shardCount });
  advance(s, s.now + 2_000);
  return s;
}

const producer = testProducer;

const totals = (s: SimState) =>
  s.streams.demo!.shards.reduce(
    (t, sh) => ({
      in: t.in + sh.stats.incomingRecords,
      throttled: t.throttled + sh.stats.throttledRecords,
      expired: t.expired + sh.stats.expiredRecords,
    }),
    { in: 0, throttled: 0, expired: 0 },
  );

describe('synthetic producers', () => {
  it('a constant key at 1,500 records/s into one shard: 1,000 accepted and 500 throttled each second', () => {
    const s = sim(1);
    addProducer(s, producer());
    advance(s, s.now + 10_000);
    expect(totals(s)).toEqual({ in: 10_000, throttled: 5_000, expired: 0 });
    expect(s.producers[0]!.stats).toMatchObject({
      attempted: 15_000,
      accepted: 10_000,
      throttled: 5_000,
      dropped: 5_000,
    });
    // Steady traffic is stored as runs, not records: 10 s fit in one run.
    expect(runCount(s.streams.demo!.shards[0]!.runs)).toBe(1);
    expect(s.metrics.demo!.perSecond.IncomingRecords!.values.slice(-3)).toEqual([1000, 1000, 1000]);
    expect(s.metrics.demo!.perSecond.WriteProvisionedThroughputExceeded!.values.slice(-1)).toEqual([500]);
  });

  it('the same hot key still throttles on 4 shards, while random keys spread and do not', () => {
    const hot = sim(4);
    addProducer(hot, producer());
    advance(hot, hot.now + 10_000);
    expect(totals(hot).throttled).toBe(5_000);
    const spread = sim(4);
    addProducer(spread, producer({ keys: { kind: 'uuid' } }));
    advance(spread, spread.now + 10_000);
    expect(totals(spread)).toEqual({ in: 15_000, throttled: 0, expired: 0 });
  });

  it('retries with backoff, and lost acknowledgements create duplicates', () => {
    const s = sim(2);
    addProducer(
      s,
      producer({
        rate: { kind: 'constant', recordsPerSecond: 100 },
        keys: { kind: 'uuid' },
        retry: { maxAttempts: 3, baseDelayMs: 100, lostAckRate: 0.01 },
      }),
    );
    advance(s, s.now + 100_000);
    const stats = s.producers[0]!.stats;
    expect(stats.duplicates).toBe(100);
    expect(stats.accepted).toBe(totals(s).in);
    // Resends are spread over the shards with the rest of the traffic, so the last one or two are still
    // on their way when the run stops.
    expect(totals(s).in - 10_000).toBeGreaterThanOrEqual(98);
    expect(totals(s).in - 10_000).toBeLessThanOrEqual(100);
  });

  it('records expire at the retention horizon and a slow consumer loses them', () => {
    const s = sim(1);
    addProducer(s, producer({ rate: { kind: 'constant', recordsPerSecond: 10 } }));
    addConsumerApp(s, {
      name: 'slow',
      stream: 'demo',
      workers: 1,
      pollIntervalMs: 1000,
      maxRecords: 10_000,
      processingMsPerRecord: 400,
      initialPosition: 'TRIM_HORIZON',
      enabled: true,
    });
    advance(s, s.now + 40 * 3_600_000);
    const app = s.consumerApps[0]!;
    // It processes 2.5 records/s of the 10 arriving, so its backlog ages by 0.75 s every second: past
    // 32 h the records it has not read yet are older than the 24 h retention and expire unread.
    expect(app.stats.lostRecords).toBeGreaterThan(0);
    expect(app.stats.processedRecords + app.stats.lostRecords).toBeLessThanOrEqual(totals(s).in);
    expect(app.leases[0]!.iteratorAgeMs).toBeGreaterThan(23 * 3_600_000);
  });
});

describe('removing a producer', () => {
  it('stops it and frees its id; the runs it wrote keep pointing at it', () => {
    const s = sim(1);
    addProducer(s, producer({ rate: { kind: 'constant', recordsPerSecond: 100 } }));
    advance(s, s.now + 2_000);
    removeProducer(s, 'p1');
    expect(() => removeProducer(s, 'p1')).toThrow('No producer named p1.');
    addProducer(s, producer({ rate: { kind: 'constant', recordsPerSecond: 300 } }));
    advance(s, s.now + 2_000);
    expect(s.producers.map((p) => [p.removed ?? false, p.stats.accepted])).toEqual([
      [true, 200],
      [false, 600],
    ]);
    const runs = s.streams.demo!.shards[0]!.runs;
    expect([runs.producer[runs.head], runs.producer[runs.tail - 1]]).toEqual([0, 1]);
  });
});

describe('engine invariants', () => {
  const scenario = fc.record({
    seed: fc.integer({ min: 0, max: 1000 }),
    shards: fc.integer({ min: 1, max: 6 }),
    rate: fc.integer({ min: 0, max: 5000 }),
    keys: fc.constantFrom<ProducerConfig['keys']>(
      { kind: 'uuid' },
      { kind: 'constant', key: 'k' },
      { kind: 'zipf', count: 50, exponent: 1.2 },
      { kind: 'uniform', count: 7 },
    ),
    seconds: fc.integer({ min: 1, max: 120 }),
    retentionHours: fc.constantFrom(0, 24, 25),
  });

  it('conserves records: put = stored + expired, attempted = put + throttled; per-shard order holds', () => {
    fc.assert(
      fc.property(scenario, ({ seed, shards, rate, keys, seconds, retentionHours }) => {
        const s = sim(shards, seed);
        addProducer(s, producer({ rate: { kind: 'constant', recordsPerSecond: rate }, keys }));
        advance(s, s.now + seconds * 1000);
        // Let time pass with the producer stopped, so retention expires some or all of it.
        s.producers[0]!.config = { ...s.producers[0]!.config, enabled: false };
        advance(s, s.now + retentionHours * 3_600_000);
        const t = totals(s);
        const stored = s.streams.demo!.shards.reduce(
          (sum, sh) =>
            sum +
            sh.nextOrdinal -
            Math.min(sh.nextOrdinal, sh.runs.tail > sh.runs.head ? sh.runs.first[sh.runs.head]! : sh.nextOrdinal),
          0,
        );
        expect(t.in).toBe(stored + t.expired);
        expect(s.producers[0]!.stats.attempted).toBe(t.in + t.throttled);
        for (const sh of s.streams.demo!.shards) {
          for (let i = sh.runs.head + 1; i < sh.runs.tail; i++)
            expect(sh.runs.first[i]).toBe(sh.runs.first[i - 1]! + sh.runs.count[i - 1]!);
        }
      }),
      { numRuns: 20 },
    );
  }, 30_000);

  it('is deterministic and survives a JSON round trip mid-run', () => {
    fc.assert(
      fc.property(scenario, ({ seed, shards, rate, keys, seconds }) => {
        const a = sim(shards, seed);
        addProducer(a, producer({ rate: { kind: 'constant', recordsPerSecond: rate }, keys }));
        advance(a, a.now + seconds * 500);
        const b = deserializeSimulation(serializeSimulation(a));
        advance(a, a.now + seconds * 500);
        advance(b, b.now + seconds * 500);
        expect(serializeSimulation(b)).toBe(serializeSimulation(a));
      }),
      { numRuns: 25 },
    );
  });
});

describe('consumers never read past the tip', () => {
  it('keeps every checkpoint between the trim horizon and the next ordinal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (shards, rate, cost) => {
          const s = sim(shards, rate);
          addProducer(s, producer({ rate: { kind: 'constant', recordsPerSecond: rate }, keys: { kind: 'uuid' } }));
          addConsumerApp(s, {
            name: 'c',
            stream: 'demo',
            workers: 2,
            pollIntervalMs: 200,
            maxRecords: 5000,
            processingMsPerRecord: cost,
            initialPosition: 'TRIM_HORIZON',
            enabled: true,
          });
          for (let i = 0; i < 20; i++) {
            advance(s, s.now + 1500);
            for (const lease of s.consumerApps[0]!.leases) {
              const shard = s.streams.demo!.shards.find(
                (sh) => `shardId-${String(sh.index).padStart(12, '0')}` === lease.leaseKey,
              )!;
              if (lease.checkpoint !== 'SHARD_END') expect(lease.checkpoint).toBeLessThanOrEqual(shard.nextOrdinal);
            }
          }
          const app = s.consumerApps[0]!;
          expect(app.stats.processedRecords).toBeLessThanOrEqual(totals(s).in);
        },
      ),
      { numRuns: 20 },
    );
  }, 30_000);
});
