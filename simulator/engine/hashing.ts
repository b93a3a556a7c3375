import { md5 } from '@noble/hashes/legacy.js';

/** 2^128: the size of the Kinesis hash key space. */
export const HASH_SPACE = 1n << 128n;
export const MAX_HASH_KEY = HASH_SPACE - 1n;

const encoder = new TextEncoder();

/**
 * The hash key Kinesis derives from a partition key: MD5 of its UTF-8 bytes read as an unsigned
 * 128-bit big-endian integer.
 * @example partitionKeyHash('user-1') // 0x…n, a bigint in [0, 2^128)
 */
export function partitionKeyHash(partitionKey: string): bigint {
  const digest = md5(encoder.encode(partitionKey));
  let value = 0n;
  for (const byte of digest) value = (value << 8n) | BigInt(byte);
  return value;
}

export interface HashKeyRange {
  start: bigint;
  end: bigint;
}

/**
 * The ranges CreateStream gives N shards: step = floor(2^128 / N); shard i covers
 * [i·step, (i+1)·step − 1] and the last shard ends at 2^128 − 1 (fact 10).
 * @example hashKeyRanges(2)[1].start // 170141183460469231731687303715884105728n
 */
export function hashKeyRanges(count: number, from = 0n, to = MAX_HASH_KEY): HashKeyRange[] {
  const size = to - from + 1n;
  const step = size / BigInt(count);
  return Array.from({ length: count }, (_, i) => ({
    start: from + BigInt(i) * step,
    end: i === count - 1 ? to : from + BigInt(i + 1) * step - 1n,
  }));
}

/** True when `hash` lies in the range (inclusive at both ends, as Kinesis reports them). */
export function rangeContains(range: HashKeyRange, hash: bigint): boolean {
  return hash >= range.start && hash <= range.end;
}
