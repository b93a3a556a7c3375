import { describe, expect, it } from 'vitest';
import { advance } from '../advance';
import { textToBase64 } from '../base64';
import { createSimulation } from '../createSimulation';
import { MiB } from '../limits';
import { addProducer } from '../producers';
import { createStream } from '../streams';
import { testProducer } from '../testing/testProducer';
import { createDeliveryStream, deleteDeliveryStream, updateDeliveryStream } from './deliveryStreams';
import { putFirehoseRecords } from './directPut';
import type { DeliveryStreamConfig } from './firehoseTypes';

const T0 = Date.UTC(2026, 0, 1);
const at = (h: number, m: number, s: number) => T0 + ((h * 60 + m) * 60 + s) * 1000;

function sim(config: Partial<DeliveryStreamConfig> = {}) {
  const state = createSimulation({ seed: 7 });
  createDeliveryStream(state, {
    name: 'deliveries',
    source: { kind: 'DirectPut' },
    bucket: 'archive',
    buffering: { sizeMiB: 5, intervalSeconds: 300 },
    ...config,
  });
  return state;
}

const objects = (state: ReturnType<typeof sim>, bucket = 'archive') => state.firehose!.buckets[bucket]!.objects;

describe('buffering hints: size or interval, whichever first (fact 25)', () => {
  it('1 MiB/s with 5 MiB / 300 s: an object of 5 MiB every 5 s', () => {
    const state = sim({ load: { recordsPerSecond: 1024, recordBytes: 1024 } });
    advance(state, at(0, 0, 32));
    const written = objects(state);
    expect(written.map((o) => [o.createdAt - T0, o.size, o.records])).toEqual(
      [7, 12, 17, 22, 27, 32].map((s) => [s * 1000, 5 * MiB, 5120]),
    );
    expect(written[0]!.key).toBe('2026/01/01/00/deliveries-1-2026-01-01-00-00-07-3485dea4-b00e-4059-9206-c605407aad57');
  });
});

describe('buffering by interval', () => {
  it('10 KB/s with 5 MiB / 60 s: one object a minute of 600,000 bytes', () => {
    const state = sim({
      buffering: { sizeMiB: 5, intervalSeconds: 60 },
      load: { recordsPerSecond: 10, recordBytes: 1000 },
    });
    advance(state, at(0, 3, 2));
    expect(objects(state).map((o) => [o.createdAt - T0, o.size, o.records])).toEqual([
      [62_000, 600_000, 600],
      [122_000, 600_000, 600],
      [182_000, 600_000, 600],
    ]);
    const stream = state.firehose!.deliveryStreams.deliveries!;
    // DataFreshness (fact 25): a record waits at most the interval.
    expect(stream.stats.maxDataFreshnessMs).toBe(60_000);
    expect(stream.stats.minObjectBytes).toBe(600_000);
  });

  it('interval 0 delivers every step; a custom prefix gets the hour appended unless it has a timestamp', () => {
    const state = sim({ buffering: { sizeMiB: 1, intervalSeconds: 0 }, prefix: 'logs/' });
    advance(state, at(0, 0, 3));
    putFirehoseRecords(state, 'deliveries', [textToBase64('{"a":1}\n')], false);
    advance(state, at(0, 0, 4));
    expect(objects(state).map((o) => [o.key.slice(0, 51), o.size, o.contents])).toEqual([
      ['logs/2026/01/01/00/deliveries-1-2026-01-01-00-00-04', 8, ['eyJhIjoxfQo=']],
    ]);
  });
});

describe('Direct PUT limits (facts 31, 32)', () => {
  it('past 5 MiB in one second, PutRecordBatch fails the rest of the entries with ServiceUnavailableException', () => {
    const state = sim();
    advance(state, at(0, 0, 3));
    const batch = Array.from({ length: 400 }, () => textToBase64('x'.repeat(6000)));
    expect(putFirehoseRecords(state, 'deliveries', batch, true).every((r) => r.ok)).toBe(true);
    expect(putFirehoseRecords(state, 'deliveries', batch, true).every((r) => r.ok)).toBe(true);
    const third = putFirehoseRecords(state, 'deliveries', batch, true);
    expect(third.filter((r) => r.ok)).toHaveLength(73);
    expect(third[73]).toEqual({ ok: false, errorCode: 'ServiceUnavailableException', errorMessage: 'Slow down.' });
    expect(state.firehose!.deliveryStreams.deliveries!.stats.throttledRecords).toBe(327);
    // A new second has room again.
    advance(state, at(0, 0, 4));
    expect(putFirehoseRecords(state, 'deliveries', batch, true).every((r) => r.ok)).toBe(true);
  });

  it('refuses a batch over 4 MiB and records for a stream that reads a Kinesis stream', () => {
    const state = sim();
    advance(state, at(0, 0, 3));
    const big = Array.from({ length: 5 }, () => textToBase64('x'.repeat(900 * 1024)));
    expect(() => putFirehoseRecords(state, 'deliveries', big, true)).toThrow(/Records size exceeds 4 MB limit/);
  });
});

describe('Lambda transformation (fact 27)', () => {
  it('drops and fails records by the configured rates; failed ones go under processing-failed/', () => {
    const state = sim({
      buffering: { sizeMiB: 5, intervalSeconds: 60 },
      load: { recordsPerSecond: 100, recordBytes: 500 },
      transform: { durationMsPerBatch: 3000, dropRate: 0.1, failureRate: 0.05, invocationFailureRate: 0, retries: 3 },
    });
    advance(state, at(0, 1, 10));
    const stream = state.firehose!.deliveryStreams.deliveries!;
    // 6,000 records in the minute: 10 % dropped, 5 % failed.
    expect([stream.stats.transformOk, stream.stats.transformDropped, stream.stats.transformFailed]).toEqual([
      5100, 600, 300,
    ]);
    // Delivered at 00:01:02 + 3 s of Lambda time; the failed records under the default error prefix.
    expect(objects(state).map((o) => [o.key, o.createdAt - T0, o.records, o.size])).toEqual([
      ['2026/01/01/00/deliveries-1-2026-01-01-00-01-05-407aad57-767e-49c8-b9c7-7a70b5f493bf', 65_000, 5100, 2_550_000],
      [
        'processing-failed/2026/01/01/00/deliveries-1-2026-01-01-00-01-05-0dfa5e95-3c7f-445c-b375-8f49211d5b24',
        65_000,
        300,
        150_000,
      ],
    ]);
  });

  it('a failing invocation is retried 3 times, then the whole batch is ProcessingFailed', () => {
    const state = sim({
      buffering: { sizeMiB: 5, intervalSeconds: 60 },
      load: { recordsPerSecond: 10, recordBytes: 100 },
      transform: { durationMsPerBatch: 1000, dropRate: 0, failureRate: 0, invocationFailureRate: 1, retries: 3 },
    });
    advance(state, at(0, 1, 10));
    const stream = state.firehose!.deliveryStreams.deliveries!;
    expect(stream.stats.failedInvocations).toBe(4);
    // Four attempts of 1 s each: written at 00:01:06, all 600 records under the error prefix.
    expect(objects(state).map((o) => [o.errorOutputType, o.createdAt - T0, o.records])).toEqual([
      ['processing-failed', 66_000, 600],
    ]);
  });
});

describe('Kinesis data stream as source', () => {
  it('reads new records once a second under the shard read limits, de-aggregated', () => {
    const state = createSimulation({ seed: 7 });
    createStream(state, { name: 'demo', shardCount: 1 });
    advance(state, at(0, 0, 2));
    addProducer(
      state,
      testProducer({ rate: { kind: 'constant', recordsPerSecond: 500 }, size: { kind: 'fixed', bytes: 200 } }),
    );
    createDeliveryStream(state, {
      name: 'archive-stream',
      source: { kind: 'KinesisStream', stream: 'demo' },
      bucket: 'archive',
      buffering: { sizeMiB: 1, intervalSeconds: 60 },
    });
    advance(state, at(0, 1, 10));
    const stream = state.firehose!.deliveryStreams['archive-stream']!;
    // Active at 00:00:04 and reading from LATEST: 66 s × 500 records of 200 bytes.
    expect([stream.stats.readRecords, stream.stats.readBytes]).toEqual([33_000, 6_600_000]);
    // 1 MiB is reached after 11 polls of 100,000 bytes: an object of 5,500 records every 11 s.
    expect(objects(state).map((o) => [o.createdAt - T0, o.records, o.size])).toEqual(
      [15, 26, 37, 48, 59, 70].map((s) => [s * 1000, 5500, 1_100_000]),
    );
  });
});

describe('dynamic partitioning (fact 29) and format conversion (fact 28)', () => {
  it('writes one object per value of the JSON field, under !{partitionKeyFromQuery:…}', () => {
    const state = sim({
      buffering: { sizeMiB: 64, intervalSeconds: 60 },
      prefix: 'game=!{partitionKeyFromQuery:game}/',
      errorOutputPrefix: 'errors/!{firehose:error-output-type}/',
      partitioning: { keyName: 'game', jsonField: 'game', maxActivePartitions: 500, syntheticValues: ['synthetic'] },
    });
    advance(state, at(0, 0, 3));
    const json = (o: unknown) => textToBase64(`${JSON.stringify(o)}\n`);
    putFirehoseRecords(
      state,
      'deliveries',
      [json({ game: 'chess' }), json({ game: 'go' }), json({ game: 'chess' }), json({ x: 1 })],
      true,
    );
    advance(state, at(0, 1, 10));
    // The record without the field goes to the error prefix at once; each game waits its own 60 s.
    expect(objects(state).map((o) => [o.key.split('deliveries-')[0], o.records])).toEqual([
      ['errors/partitioning-failed/', 1],
      ['game=chess/', 2],
      ['game=go/', 1],
    ]);
  });

  it('models Parquet as a fixed size ratio', () => {
    const state = sim({
      buffering: { sizeMiB: 64, intervalSeconds: 60 },
      conversion: { format: 'PARQUET', sizeRatio: 0.3 },
      load: { recordsPerSecond: 10, recordBytes: 1000 },
    });
    advance(state, at(0, 1, 2));
    expect(objects(state).map((o) => [o.records, o.size])).toEqual([[600, 180_000]]);
  });

  it('refuses buffers under 64 MiB with conversion, and partitioning changes after creation', () => {
    const state = createSimulation({ seed: 7 });
    expect(() =>
      createDeliveryStream(state, {
        name: 'p',
        source: { kind: 'DirectPut' },
        bucket: 'b',
        buffering: { sizeMiB: 5, intervalSeconds: 60 },
        conversion: { format: 'PARQUET', sizeRatio: 0.3 },
      }),
    ).toThrow('With data format conversion enabled, BufferingHints.SizeInMBs must be at least 64 MiB; it is 5.');
  });
});

describe('lifecycle', () => {
  it('UpdateDestination bumps the version used in object names; a deleted stream loses its buffer', () => {
    const state = sim({
      buffering: { sizeMiB: 5, intervalSeconds: 60 },
      load: { recordsPerSecond: 10, recordBytes: 100 },
    });
    advance(state, at(0, 0, 10));
    updateDeliveryStream(state, 'deliveries', { buffering: { sizeMiB: 5, intervalSeconds: 10 } });
    advance(state, at(0, 0, 11));
    expect(objects(state)).toEqual([]);
    advance(state, at(0, 0, 12));
    expect(objects(state).map((o) => [o.key.slice(14, 26), o.records])).toEqual([['deliveries-2', 100]]);
    deleteDeliveryStream(state, 'deliveries');
    advance(state, at(0, 0, 30));
    expect(state.firehose!.deliveryStreams.deliveries).toBeUndefined();
    expect(state.firehose!.buckets.archive!.objectCount).toBe(1);
  });
});
