import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance } from '../advance';
import { textToBase64 } from '../base64';
import { createSimulation } from '../createSimulation';
import { deserializeSimulation, serializeSimulation } from '../serialize';
import { createDeliveryStream } from './deliveryStreams';
import { putFirehoseRecords } from './directPut';
import { FIREHOSE_METRICS } from './firehoseMetrics';

describe('Firehose invariants', () => {
  it('no record is lost or duplicated: accepted = delivered + dropped + error output + still waiting', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 1000 }),
          rate: fc.integer({ min: 0, max: 3000 }),
          bytes: fc.integer({ min: 1, max: 5000 }),
          sizeMiB: fc.integer({ min: 1, max: 8 }),
          intervalSeconds: fc.integer({ min: 0, max: 120 }),
          dropRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
          failureRate: fc.double({ min: 0, max: 0.5, noNaN: true }),
          invocationFailureRate: fc.double({ min: 0, max: 1, noNaN: true }),
          puts: fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 5 }),
          seconds: fc.integer({ min: 1, max: 400 }),
        }),
        (c) => {
          const sim = createSimulation({ seed: c.seed });
          createDeliveryStream(sim, {
            name: 'f',
            source: { kind: 'DirectPut' },
            bucket: 'b',
            buffering: { sizeMiB: c.sizeMiB, intervalSeconds: c.intervalSeconds },
            transform: {
              durationMsPerBatch: 1500,
              dropRate: c.dropRate,
              failureRate: c.failureRate,
              invocationFailureRate: c.invocationFailureRate,
              retries: 3,
            },
            load: { recordsPerSecond: c.rate, recordBytes: c.bytes },
          });
          advance(sim, sim.now + 2000);
          for (const n of c.puts) {
            putFirehoseRecords(
              sim,
              'f',
              Array.from({ length: n }, (_, i) => textToBase64(`{"i":${i}}`)),
              true,
            );
            advance(sim, sim.now + 700);
          }
          advance(sim, sim.now + c.seconds * 1000);
          const stream = sim.firehose!.deliveryStreams.f!;
          const waiting =
            stream.buffers.reduce((sum, b) => sum + b.records, 0) +
            stream.pending.reduce((sum, p) => sum + p.object.records, 0);
          const { incomingRecords, deliveredRecords, transformDropped, errorRecords } = stream.stats;
          expect(deliveredRecords + transformDropped + errorRecords + waiting).toBe(incomingRecords);
          expect(sim.firehose!.buckets.b!.records).toBe(deliveredRecords + errorRecords);
          // Bounded memory: objects kept never exceed the cap, counts stay exact.
          expect(sim.firehose!.buckets.b!.objects.length).toBeLessThanOrEqual(200);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the same seed and calls give the same state, and the state survives JSON', () => {
    const run = () => {
      const sim = createSimulation({ seed: 9 });
      createDeliveryStream(sim, {
        name: 'f',
        source: { kind: 'DirectPut' },
        bucket: 'b',
        buffering: { sizeMiB: 1, intervalSeconds: 10 },
        transform: { durationMsPerBatch: 0, dropRate: 0.3, failureRate: 0.1, invocationFailureRate: 0.2, retries: 3 },
        load: { recordsPerSecond: 700, recordBytes: 300 },
      });
      advance(sim, sim.now + 125_000);
      return sim;
    };
    const a = run();
    expect(serializeSimulation(a)).toBe(serializeSimulation(run()));
    const copy = deserializeSimulation(serializeSimulation(a));
    advance(a, a.now + 30_000);
    advance(copy, copy.now + 30_000);
    expect(serializeSimulation(copy)).toBe(serializeSimulation(a));
  });

  it('records CloudWatch metrics per minute under their AWS/Firehose names', () => {
    const sim = createSimulation({ seed: 9 });
    createDeliveryStream(sim, {
      name: 'f',
      source: { kind: 'DirectPut' },
      bucket: 'b',
      buffering: { sizeMiB: 5, intervalSeconds: 30 },
      load: { recordsPerSecond: 10, recordBytes: 100 },
    });
    advance(sim, sim.now + 120_000);
    const series = sim.firehose!.deliveryStreams.f!.metrics.series;
    expect(Object.keys(series)).toEqual([...FIREHOSE_METRICS]);
    // Minute 1 starts with 2 s of CREATING; the second minute is steady: 600 records of 100 bytes in, two
    // objects of 300 records out.
    expect(series.IncomingRecords).toEqual([580, 600]);
    expect(series.IncomingBytes).toEqual([58_000, 60_000]);
    expect(series['DeliveryToS3.Records']).toEqual([300, 600]);
    expect(series['DeliveryToS3.Success']).toEqual([1, 1]);
    expect(series['DeliveryToS3.DataFreshness']).toEqual([28, 28]);
    expect(series.ThrottledRecords).toEqual([0, 0]);
  });
});
