import { KinesisError } from './errors';
import { emit } from './events';
import { sequenceNumber, shardId } from './ids';
import { checkNotExpired, decodeIterator, encodeIterator } from './iterators';
import { GET_RECORDS_MAX_BYTES, GET_RECORDS_MAX_RECORDS } from './limits';
import { canRead, chargeRead } from './readLimits';
import { readEntries, trimHorizonOrdinal, type LogEntry } from './shardLog';
import type { ShardState, SimState, StreamState } from './types';

export interface ReadRecord {
  sequenceNumber: string;
  /** Virtual ms. */
  arrival: number;
  partitionKey: string;
  /** Base64. */
  data: string;
}

export interface ChildShard {
  shardId: string;
  parentShards: string[];
  hashKeyStart: string;
  hashKeyEnd: string;
}

export interface GetRecordsResult {
  records: ReadRecord[];
  nextShardIterator: string | null;
  millisBehindLatest: number;
  childShards?: ChildShard[];
}

/** Turns a synthetic entry into a record; producers register how their records look. */
export type Materializer = (
  entry: LogEntry,
  shard: ShardState,
  stream: StreamState,
) => { partitionKey: string; data: string };

const placeholder: Materializer = (entry) => ({ partitionKey: `synthetic-${entry.producer}`, data: '' });

function childShards(stream: StreamState, shard: ShardState): ChildShard[] {
  return stream.shards
    .filter((s) => s.parentIndex === shard.index || s.adjacentParentIndex === shard.index)
    .map((s) => ({
      shardId: shardId(s.index),
      parentShards: [s.parentIndex, s.adjacentParentIndex].filter((p): p is number => p !== null).map(shardId),
      hashKeyStart: s.hashKeyStart,
      hashKeyEnd: s.hashKeyEnd,
    }));
}

/**
 * GetRecords: up to `limit` (≤ 10,000) records and 10 MB from the iterator's position, under the
 * shard's read limits. At the end of a closed shard the next iterator is null and the child shards
 * are listed (fact 12).
 * @example getRecords(sim, iterator, 100).records.length
 */
export function getRecords(
  state: SimState,
  iterator: string,
  limit = GET_RECORDS_MAX_RECORDS,
  materialize = placeholder,
): GetRecordsResult {
  const position = decodeIterator(iterator);
  checkNotExpired(position, state.now);
  const stream = state.streams[position.stream];
  const shard = stream?.shards.find((s) => s.index === position.shard);
  if (!stream || stream.createdAt !== position.streamCreatedAt || !shard) {
    throw new KinesisError(
      'ResourceNotFoundException',
      `Shard ${shardId(position.shard)} in stream ${position.stream} under account ${state.account} does not exist`,
    );
  }
  const id = shardId(shard.index);
  if (!canRead(shard, state.now)) {
    shard.stats.readThrottles++;
    emit(state, { type: 'read/throttled', stream: stream.name, shard: id });
    throw new KinesisError(
      'ProvisionedThroughputExceededException',
      `Rate exceeded for shard ${id} in stream ${stream.name} under account ${state.account}.`,
    );
  }
  const entries = readEntries(shard, position.ordinal, Math.min(limit, GET_RECORDS_MAX_RECORDS), GET_RECORDS_MAX_BYTES);
  const bytes = entries.reduce((sum, e) => sum + e.size, 0);
  chargeRead(shard, state.now, bytes);
  shard.stats.outgoingRecords += entries.length;
  shard.stats.outgoingBytes += bytes;

  const next = entries.length > 0 ? entries.at(-1)!.ordinal + 1 : Math.max(position.ordinal, trimHorizonOrdinal(shard));
  const records = entries.map((e) => {
    const { partitionKey, data } = e.record ?? materialize(e, shard, stream);
    return { sequenceNumber: sequenceNumber(shard.sequenceBase, e.ordinal), arrival: e.arrival, partitionKey, data };
  });
  const caughtUp = next >= shard.nextOrdinal;
  const firstUnread = caughtUp ? null : readEntries(shard, next, 1, Infinity)[0];
  const millisBehindLatest = firstUnread ? Math.max(0, state.now - firstUnread.arrival) : 0;
  if (entries.length > 0)
    emit(state, { type: 'records/read', stream: stream.name, shard: id, count: entries.length, bytes });

  if (shard.closedAt !== null && caughtUp) {
    return { records, nextShardIterator: null, millisBehindLatest, childShards: childShards(stream, shard) };
  }
  const nextShardIterator = encodeIterator({ ...position, ordinal: next, issuedAt: state.now });
  return { records, nextShardIterator, millisBehindLatest };
}
