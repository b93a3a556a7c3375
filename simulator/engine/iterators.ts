import { KinesisError, shardNotFound } from './errors';
import { ordinalOf, shardId } from './ids';
import { ITERATOR_LIFETIME_MS } from './limits';
import { ordinalAtTime, trimHorizonOrdinal } from './shardLog';
import { findShard } from './shards';
import { getWritableStream } from './streams';
import type { ShardState, SimState } from './types';

export const SHARD_ITERATOR_TYPES = [
  'AT_SEQUENCE_NUMBER',
  'AFTER_SEQUENCE_NUMBER',
  'TRIM_HORIZON',
  'LATEST',
  'AT_TIMESTAMP',
] as const;
export type ShardIteratorType = (typeof SHARD_ITERATOR_TYPES)[number];

/** What an iterator stands for. Iterators are this, as base64 JSON: stateless, so any copy works. */
export interface IteratorPosition {
  stream: string;
  /** The stream's creation time: an iterator from a deleted-and-recreated stream is rejected. */
  streamCreatedAt: number;
  shard: number;
  ordinal: number;
  issuedAt: number;
}

const PREFIX = 'AAAAAAAAAAE';

export function encodeIterator(position: IteratorPosition): string {
  const { stream, streamCreatedAt, shard, ordinal, issuedAt } = position;
  return PREFIX + btoa(JSON.stringify([stream, streamCreatedAt, shard, ordinal, issuedAt]));
}

export function decodeIterator(iterator: string): IteratorPosition {
  try {
    if (!iterator.startsWith(PREFIX)) throw new Error('prefix');
    const [stream, streamCreatedAt, shard, ordinal, issuedAt] = JSON.parse(
      atob(iterator.slice(PREFIX.length)),
    ) as unknown[];
    if (typeof stream !== 'string' || ![streamCreatedAt, shard, ordinal, issuedAt].every(Number.isInteger))
      throw new Error('shape');
    return { stream, streamCreatedAt, shard, ordinal, issuedAt } as IteratorPosition;
  } catch {
    throw new KinesisError('InvalidArgumentException', 'Invalid ShardIterator.');
  }
}

export interface ShardIteratorRequest {
  stream: string;
  shardId: string;
  type: ShardIteratorType;
  startingSequenceNumber?: string;
  /** Virtual ms. */
  timestamp?: number;
}

function startOrdinal(state: SimState, shard: ShardState, request: ShardIteratorRequest): number {
  switch (request.type) {
    case 'TRIM_HORIZON':
      return trimHorizonOrdinal(shard);
    case 'LATEST':
      return shard.nextOrdinal;
    case 'AT_TIMESTAMP': {
      if (request.timestamp === undefined) {
        throw new KinesisError(
          'InvalidArgumentException',
          'Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.',
        );
      }
      return ordinalAtTime(shard, request.timestamp);
    }
    default: {
      const seq = request.startingSequenceNumber;
      if (seq === undefined) {
        throw new KinesisError(
          'InvalidArgumentException',
          `Must specify StartingSequenceNumber for iterator of type ${request.type}. Current request has no StartingSequenceNumber.`,
        );
      }
      const ordinal = ordinalOf(shard.sequenceBase, seq);
      if (ordinal === null || ordinal >= shard.nextOrdinal) {
        throw new KinesisError(
          'InvalidArgumentException',
          `Invalid StartingSequenceNumber. It encodes ${shardId(shard.index)} but the sequence number is not in it, or it is beyond the latest record of stream ${request.stream} under account ${state.account}.`,
        );
      }
      return request.type === 'AT_SEQUENCE_NUMBER' ? ordinal : ordinal + 1;
    }
  }
}

/**
 * GetShardIterator: a position in a shard, valid for 5 minutes (fact 14).
 * @example getShardIterator(sim, { stream: 'demo', shardId: 'shardId-000000000000', type: 'TRIM_HORIZON' })
 */
export function getShardIterator(state: SimState, request: ShardIteratorRequest): string {
  const stream = getWritableStream(state, request.stream);
  const shard = findShard(stream, request.shardId);
  if (!shard) throw shardNotFound(request.shardId, stream.name, state.account);
  return encodeIterator({
    stream: stream.name,
    streamCreatedAt: stream.createdAt,
    shard: shard.index,
    ordinal: startOrdinal(state, shard, request),
    issuedAt: state.now,
  });
}

/** Java's Date#toString in UTC, the format Kinesis uses in iterator-expiry messages. */
export function amzUtcString(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** Throws ExpiredIteratorException when the iterator is older than 5 minutes. */
export function checkNotExpired(position: IteratorPosition, now: number): void {
  if (now - position.issuedAt > ITERATOR_LIFETIME_MS) {
    throw new KinesisError(
      'ExpiredIteratorException',
      `Iterator expired. The iterator was created at time ${amzUtcString(position.issuedAt)} while right now it is ${amzUtcString(now)} which is further in the future than the tolerated delay of ${ITERATOR_LIFETIME_MS} milliseconds.`,
    );
  }
}
