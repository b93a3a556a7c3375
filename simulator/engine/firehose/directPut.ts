import { base64ByteLength } from '../base64';
import { randomUuid } from '../dataTemplate';
import { KinesisError } from '../errors';
import { emit } from '../events';
import type { SimState } from '../types';
import { bufferArrival } from './buffers';
import { deliverUnpartitioned } from './delivery';
import {
  DIRECT_PUT_BYTES_PER_SECOND,
  DIRECT_PUT_CALLS_PER_SECOND,
  DIRECT_PUT_RECORDS_PER_SECOND,
  PUT_RECORD_BATCH_MAX_BYTES,
} from './firehoseLimits';
import { deliveryStreamNamed, firehoseOf } from './firehoseState';
import type { DeliveryStreamState } from './firehoseTypes';

export type PutResult = { ok: true; recordId: string } | { ok: false; errorCode: string; errorMessage: string };

/** The Direct PUT window of the current second, reset when a new second starts. */
function windowOf(stream: DeliveryStreamState, now: number) {
  const start = now - (now % 1000);
  if (stream.putWindow.start !== start) stream.putWindow = { start, calls: 0, records: 0, bytes: 0 };
  return stream.putWindow;
}

/** How many of `count` records of `sizeEach` bytes the current second still takes (5,000 records, 5 MiB). */
export function directPutRoom(stream: DeliveryStreamState, now: number, count: number, sizeEach: number): number {
  const put = windowOf(stream, now);
  const byRecords = DIRECT_PUT_RECORDS_PER_SECOND - put.records;
  const byBytes = sizeEach > 0 ? Math.floor((DIRECT_PUT_BYTES_PER_SECOND - put.bytes) / sizeEach) : count;
  return Math.max(0, Math.min(count, byRecords, byBytes));
}

/** Counts accepted records against the window and the stream's totals. */
export function acceptDirectPut(stream: DeliveryStreamState, now: number, records: number, bytes: number): void {
  const put = windowOf(stream, now);
  put.records += records;
  put.bytes += bytes;
  stream.stats.incomingRecords += records;
  stream.stats.incomingBytes += bytes;
}

/**
 * PutRecord / PutRecordBatch (fact 31): each record is accepted or, past the stream's per-second
 * throughput, fails with ServiceUnavailableException "Slow down." — PutRecordBatch reports that per
 * entry (FailedPutCount), PutRecord as the call's error. Only for Direct PUT streams.
 * @example putFirehoseRecords(sim, 'deliveries', [btoa('{"a":1}\n')])
 */
export function putFirehoseRecords(state: SimState, name: string, records: string[], batch: boolean): PutResult[] {
  const stream = deliveryStreamNamed(state, name);
  if (stream.status !== 'ACTIVE') {
    throw new KinesisError(
      'ResourceNotFoundException',
      `Firehose stream ${name} under account ${state.account} is ${stream.status}; records are accepted once it is ACTIVE.`,
    );
  }
  if (stream.config.source.kind !== 'DirectPut') {
    throw new KinesisError(
      'InvalidArgumentException',
      'This operation is not permitted on KinesisStreamAsSource delivery stream type.',
    );
  }
  const sizes = records.map(base64ByteLength);
  if (batch && sizes.reduce((a, b) => a + b, 0) > PUT_RECORD_BATCH_MAX_BYTES) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Records size exceeds 4 MB limit: this batch holds ${sizes.reduce((a, b) => a + b, 0)} bytes. Send at most 4 MiB per PutRecordBatch.`,
    );
  }
  const put = windowOf(stream, state.now);
  const firehose = firehoseOf(state);
  stream.stats.incomingPutRequests++;
  if (put.calls >= DIRECT_PUT_CALLS_PER_SECOND) {
    stream.stats.throttledRecords += records.length;
    throw new KinesisError('ServiceUnavailableException', 'Slow down.');
  }
  put.calls++;
  const results: PutResult[] = [];
  const accepted: { data: string; size: number; arrival: number }[] = [];
  records.forEach((data, i) => {
    const size = sizes[i]!;
    if (directPutRoom(stream, state.now, 1, size) === 0) {
      stream.stats.throttledRecords++;
      results.push({ ok: false, errorCode: 'ServiceUnavailableException', errorMessage: 'Slow down.' });
      return;
    }
    acceptDirectPut(stream, state.now, 1, size);
    accepted.push({ data, size, arrival: state.now });
    const [uuid, next] = randomUuid(firehose.prng);
    firehose.prng = next;
    results.push({ ok: true, recordId: uuid.replace(/-/g, '') });
  });
  if (!batch && !results[0]!.ok) throw new KinesisError('ServiceUnavailableException', 'Slow down.');
  if (results.some((r) => !r.ok)) emit(state, { type: 'firehose/throttled', deliveryStream: name });
  const failed = bufferArrival(stream, {
    explicit: accepted,
    syntheticRecords: 0,
    syntheticBytes: 0,
    oldestArrival: state.now,
  });
  deliverUnpartitioned(
    state,
    stream,
    { count: failed.records, bytes: failed.bytes, contents: failed.explicit },
    state.now,
  );
  return results;
}
