import { SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND } from './limits';
import type { ShardState } from './types';

/**
 * Write accounting, as modelled here: each shard has fixed one-second windows (aligned to whole
 * virtual seconds). Within a window it accepts records until either 1,000 records or 1 MiB (data plus
 * partition key bytes) would be exceeded; the rest of that second's writes are throttled. There is no
 * carry-over of unused capacity from one second to the next.
 */
function rollWindow(shard: ShardState, now: number): void {
  const start = now - (now % 1000);
  if (shard.write.start !== start) {
    shard.write.start = start;
    shard.write.records = 0;
    shard.write.bytes = 0;
  }
}

/** Takes capacity for one record of `size` bytes if the shard has it this second. */
export function tryTakeWrite(shard: ShardState, now: number, size: number): boolean {
  rollWindow(shard, now);
  if (shard.write.records + 1 > SHARD_WRITE_RECORDS_PER_SECOND) return false;
  if (shard.write.bytes + size > SHARD_WRITE_BYTES_PER_SECOND) return false;
  shard.write.records += 1;
  shard.write.bytes += size;
  return true;
}

/**
 * Takes capacity for up to `count` records of `sizeEach` bytes in one go (synthetic traffic);
 * returns how many fit.
 */
export function takeWrites(shard: ShardState, now: number, count: number, sizeEach: number): number {
  rollWindow(shard, now);
  const byRecords = SHARD_WRITE_RECORDS_PER_SECOND - shard.write.records;
  const byBytes = sizeEach > 0 ? Math.floor((SHARD_WRITE_BYTES_PER_SECOND - shard.write.bytes) / sizeEach) : count;
  const accepted = Math.max(0, Math.min(count, byRecords, byBytes));
  shard.write.records += accepted;
  shard.write.bytes += accepted * sizeEach;
  return accepted;
}
