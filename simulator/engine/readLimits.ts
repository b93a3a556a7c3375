import {
  GET_RECORDS_CALLS_PER_SECOND,
  GET_RECORDS_MAX_BYTES,
  GET_RECORDS_PENALTY_MS,
  SHARD_READ_BYTES_PER_SECOND,
} from './limits';
import type { ShardState } from './types';

/**
 * Read accounting, as modelled here. Calls: at most 5 GetRecords per shard in each one-second window;
 * Bytes: an allowance that refills at 2 MB/s up to 2 MB; a call is allowed while the allowance is
 * positive and may return up to 10 MB, driving it negative — later calls wait until it is repaid.
 * On top of that, a call that returns 10 MB blocks the shard's reads for the next 5 seconds (fact 3).
 */
export function canRead(shard: ShardState, now: number): boolean {
  refill(shard, now);
  const windowStart = now - (now % 1000);
  if (shard.read.start !== windowStart) {
    shard.read.start = windowStart;
    shard.read.calls = 0;
  }
  return now >= shard.read.penaltyUntil && shard.read.calls < GET_RECORDS_CALLS_PER_SECOND && shard.read.tokens > 0;
}

/** Charges a successful call that returned `bytes`. */
export function chargeRead(shard: ShardState, now: number, bytes: number): void {
  shard.read.calls++;
  shard.read.tokens -= bytes;
  if (bytes >= GET_RECORDS_MAX_BYTES) shard.read.penaltyUntil = now + GET_RECORDS_PENALTY_MS;
}

function refill(shard: ShardState, now: number): void {
  const elapsed = now - shard.read.tokensAt;
  if (elapsed <= 0) return;
  shard.read.tokens = Math.min(
    SHARD_READ_BYTES_PER_SECOND,
    shard.read.tokens + (elapsed * SHARD_READ_BYTES_PER_SECOND) / 1000,
  );
  shard.read.tokensAt = now;
}
