import type { KplAggregation } from './producerTypes';

/**
 * KPL aggregation (fact 24), as the engine counts it. An aggregated Kinesis record is a 4-byte magic
 * number, a protobuf `AggregatedRecord` and a 16-byte MD5 of the protobuf (the KPL's published
 * aggregation format): 20 bytes per Kinesis record.
 */
export const KPL_RECORD_OVERHEAD_BYTES = 20;

/**
 * Per user record, the protobuf framing adds about 8 bytes: a partition-key table entry (field tag and
 * length) and a `Record` (tag and length, key-index field and data tag and length), one byte each while
 * keys, indices and payloads stay under 128, two for larger ones. An approximation: shared keys are
 * stored once (less), payloads of 128 bytes or more need longer lengths (more).
 */
export const KPL_USER_RECORD_OVERHEAD_BYTES = 8;

/**
 * Bytes one Kinesis record holding `userRecords` user records of `userSize` bytes (data plus partition
 * key) counts against the limits. One user record is sent as a plain record, as the KPL does.
 * @example aggregatedRecordSize(4, 100) // 452
 */
export function aggregatedRecordSize(userRecords: number, userSize: number): number {
  if (userRecords <= 1) return userSize;
  return KPL_RECORD_OVERHEAD_BYTES + userRecords * (userSize + KPL_USER_RECORD_OVERHEAD_BYTES);
}

/**
 * The user record size an aggregated record of `size` bytes was made from (the inverse of
 * aggregatedRecordSize), for building its user records when it is read.
 * @example userRecordSize(452, 4) // 100
 */
export function userRecordSize(size: number, userRecords: number): number {
  if (userRecords <= 1) return size;
  return Math.max(1, Math.round((size - KPL_RECORD_OVERHEAD_BYTES) / userRecords - KPL_USER_RECORD_OVERHEAD_BYTES));
}

/**
 * How many user records go into each Kinesis record on a shard that receives `userRatePerShard` user
 * records per second: the configured maximum, fewer when the stream's maximum record size would be
 * exceeded, and — with `maxBufferedTimeMs` — no more than arrive on the shard within that time, since
 * the KPL sends what it has when a user record has waited that long. At least 1.
 * @example aggregationFactor({ maxUserRecordsPerRecord: 4 }, 100, 1_048_576, 4000) // 4
 */
export function aggregationFactor(
  aggregation: KplAggregation | undefined,
  userSize: number,
  maxRecordBytes: number,
  userRatePerShard: number,
): number {
  if (!aggregation) return 1;
  const bySize = Math.floor((maxRecordBytes - KPL_RECORD_OVERHEAD_BYTES) / (userSize + KPL_USER_RECORD_OVERHEAD_BYTES));
  const byTime =
    aggregation.maxBufferedTimeMs === undefined
      ? Infinity
      : Math.floor((userRatePerShard * aggregation.maxBufferedTimeMs) / 1000);
  return Math.max(1, Math.min(Math.floor(aggregation.maxUserRecordsPerRecord), bySize, byTime));
}
