import { base64ByteLength, utf8Length } from './base64';
import { KinesisError } from './errors';
import { emit } from './events';
import { MAX_HASH_KEY, partitionKeyHash } from './hashing';
import { PUT_RECORDS_MAX_REQUEST_BYTES } from './limits';
import { sequenceNumber, shardId } from './ids';
import { routeHash } from './shards';
import { getWritableStream } from './streams';
import type { SimState, StreamState } from './types';
import { tryTakeWrite } from './writeLimits';

export interface PutInput {
  /** Base64 data blob. */
  data: string;
  partitionKey: string;
  explicitHashKey?: string;
}

export type PutOutcome =
  | { ok: true; shardId: string; sequenceNumber: string }
  | { ok: false; errorCode: 'ProvisionedThroughputExceededException'; errorMessage: string };

function hashFor(input: PutInput): bigint {
  if (input.explicitHashKey === undefined) return partitionKeyHash(input.partitionKey);
  const valid = /^\d{1,39}$/.test(input.explicitHashKey) && BigInt(input.explicitHashKey) <= MAX_HASH_KEY;
  if (!valid) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${input.explicitHashKey}`,
    );
  }
  return BigInt(input.explicitHashKey);
}

function checkSize(stream: StreamState, input: PutInput): number {
  const dataBytes = base64ByteLength(input.data);
  const max = stream.maxRecordSizeKiB * 1024;
  if (dataBytes > max) {
    throw new KinesisError(
      'ValidationException',
      `1 validation error detected: Value at 'data' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
  }
  return dataBytes + utf8Length(input.partitionKey);
}

/** One record into its shard, or a throttle outcome; argument errors throw. */
function putOne(state: SimState, stream: StreamState, input: PutInput, size: number, hash: bigint): PutOutcome {
  const shard = routeHash(stream, hash);
  const id = shardId(shard.index);
  if (!tryTakeWrite(shard, state.now, size)) {
    shard.stats.throttledRecords++;
    emit(state, { type: 'record/throttled', stream: stream.name, shard: id, partitionKey: input.partitionKey });
    return {
      ok: false,
      errorCode: 'ProvisionedThroughputExceededException',
      errorMessage: `Rate exceeded for shard ${id} in stream ${stream.name} under account ${state.account}.`,
    };
  }
  const ordinal = shard.nextOrdinal++;
  shard.records.push({
    ordinal,
    arrival: state.now,
    partitionKey: input.partitionKey,
    data: input.data,
    size,
    ...(input.explicitHashKey !== undefined ? { explicitHashKey: input.explicitHashKey } : {}),
  });
  shard.stats.incomingRecords++;
  shard.stats.incomingBytes += size;
  return { ok: true, shardId: id, sequenceNumber: sequenceNumber(shard.sequenceBase, ordinal) };
}

/**
 * PutRecord: routes by partition key (or ExplicitHashKey) and appends, or throws
 * ProvisionedThroughputExceededException when the shard is over its limit this second.
 * @example putRecord(sim, 'demo', { data: 'aGVsbG8=', partitionKey: 'user-1' })
 */
export function putRecord(
  state: SimState,
  streamName: string,
  input: PutInput,
): { shardId: string; sequenceNumber: string } {
  const stream = getWritableStream(state, streamName);
  const size = checkSize(stream, input);
  const outcome = putOne(state, stream, input, size, hashFor(input));
  if (!outcome.ok) throw new KinesisError(outcome.errorCode, outcome.errorMessage);
  emit(state, { type: 'record/put', stream: streamName, shard: outcome.shardId, partitionKey: input.partitionKey });
  return outcome;
}

/**
 * PutRecords: not atomic. Every entry is tried in order; throttled entries fail individually and the
 * response counts them (fact 6).
 * @example putRecords(sim, 'demo', [{ data: 'YQ==', partitionKey: 'a' }]).failedRecordCount
 */
export function putRecords(
  state: SimState,
  streamName: string,
  inputs: PutInput[],
): { failedRecordCount: number; records: PutOutcome[] } {
  const stream = getWritableStream(state, streamName);
  // Argument errors reject the whole request before anything is written, as in AWS.
  const prepared = inputs.map((input) => ({ input, size: checkSize(stream, input), hash: hashFor(input) }));
  const total = prepared.reduce((sum, p) => sum + p.size, 0);
  if (total > PUT_RECORDS_MAX_REQUEST_BYTES) {
    throw new KinesisError(
      'InvalidArgumentException',
      `The PutRecords request is ${total} bytes (data plus partition keys); the limit is ${PUT_RECORDS_MAX_REQUEST_BYTES} bytes (10 MiB) per request.`,
    );
  }
  const records = prepared.map(({ input, size, hash }) => putOne(state, stream, input, size, hash));
  const failedRecordCount = records.filter((r) => !r.ok).length;
  emit(state, {
    type: 'records/put',
    stream: streamName,
    count: records.length - failedRecordCount,
    failed: failedRecordCount,
  });
  return { failedRecordCount, records };
}
