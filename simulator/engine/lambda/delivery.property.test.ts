import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance } from '../advance';
import { shardId } from '../ids';
import { laneOf } from './batchRecords';
import { eventsOf, lambdaSetup } from './testing/lambdaSetup';

describe('event source mapping delivery', () => {
  it('without failures delivers every record exactly once, in order per partition key, polling or pushed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 150 }),
        fc.record({
          factor: fc.integer({ min: 1, max: 10 }),
          batchSize: fc.integer({ min: 1, max: 50 }),
          window: fc.integer({ min: 0, max: 2 }),
          shards: fc.integer({ min: 1, max: 2 }),
          msPerRecord: fc.integer({ min: 0, max: 20 }),
          enhanced: fc.boolean(),
        }),
        (keyIndexes, o) => {
          const { sim, mapping } = lambdaSetup({
            keys: keyIndexes.map((k) => `key-${k}`),
            shardCount: o.shards,
            fn: { durationMsPerRecord: o.msPerRecord },
            consumer: o.enhanced ? 'fan' : undefined,
            mapping: {
              parallelizationFactor: o.factor,
              batchSize: o.batchSize,
              maximumBatchingWindowInSeconds: o.window,
            },
          });
          advance(sim, sim.now + 200_000);
          expect(sim.events.length).toBe(sim.eventCount);
          expect(mapping.stats.processedRecords).toBe(keyIndexes.length);
          for (const shard of sim.streams.orders!.shards) {
            const keyAt = new Map(shard.records.map((r) => [r.ordinal, r.partitionKey]));
            const delivered: number[] = [];
            for (const e of eventsOf(sim, 'lambda/invoked').filter((e) => e.shard === shardId(shard.index))) {
              const first = Number(BigInt(e.firstSequenceNumber as string) - BigInt(shard.sequenceBase));
              const last = Number(BigInt(e.lastSequenceNumber as string) - BigInt(shard.sequenceBase));
              for (let i = first; i <= last; i++) if (laneOf(keyAt.get(i)!, o.factor) === e.lane) delivered.push(i);
            }
            // Exactly once.
            expect([...delivered].sort((a, b) => a - b)).toEqual([...keyAt.keys()]);
            // In order per partition key.
            const lastOfKey = new Map<string, number>();
            for (const i of delivered) {
              const key = keyAt.get(i)!;
              expect(i).toBeGreaterThan(lastOfKey.get(key) ?? -1);
              lastOfKey.set(key, i);
            }
          }
        },
      ),
      { seed: 21, numRuns: 60 },
    );
  });
});
