/**
 * The Kinesis Data Streams quotas the engine enforces, from kinesis-facts.md (fact numbers in brackets).
 * "MB" in AWS's throughput quotas is taken as MiB (1,048,576 bytes), the unit of the record-size quota.
 */
export const MiB = 1024 * 1024;

/** [1] Per-shard writes per second. */
export const SHARD_WRITE_BYTES_PER_SECOND = 1 * MiB;
export const SHARD_WRITE_RECORDS_PER_SECOND = 1000;

/** [2] Per-shard reads per second, shared by all polling consumers. */
export const SHARD_READ_BYTES_PER_SECOND = 2 * MiB;
/** [3] GetRecords. */
export const GET_RECORDS_CALLS_PER_SECOND = 5;
export const GET_RECORDS_MAX_RECORDS = 10_000;
export const GET_RECORDS_MAX_BYTES = 10 * MiB;
export const GET_RECORDS_PENALTY_MS = 5_000;

/** [5] Record size: per stream, default 1 MiB, 1024–10240 KiB via UpdateMaxRecordSize. */
export const DEFAULT_MAX_RECORD_SIZE_KIB = 1024;
export const MIN_MAX_RECORD_SIZE_KIB = 1024;
export const MAX_MAX_RECORD_SIZE_KIB = 10240;

/** [6] PutRecords. */
export const PUT_RECORDS_MAX_ENTRIES = 500;
export const PUT_RECORDS_MAX_REQUEST_BYTES = 10 * MiB;

/** [7] Retention. */
export const DEFAULT_RETENTION_HOURS = 24;
export const MIN_RETENTION_HOURS = 24;
export const MAX_RETENTION_HOURS = 8760;

/** [8] On-demand: new streams start at 4 MB/s write (modelled as 4 shards); mode switches twice per 24 h. */
export const ON_DEMAND_INITIAL_SHARDS = 4;
export const MODE_SWITCHES_PER_DAY = 2;

/** [13] UpdateShardCount. */
export const SCALING_OPERATIONS_PER_DAY = 10;
export const MAX_SHARDS_PER_STREAM = 10_000;

/** [14] Shard iterators expire 5 minutes after they are issued. */
export const ITERATOR_LIFETIME_MS = 5 * 60_000;

/** [4] Registered enhanced fan-out consumers per stream. */
export const MAX_STREAM_CONSUMERS = 20;
/** RegisterStreamConsumer: at most 5 consumers of a stream in CREATING at once (LimitExceededException). */
export const MAX_CREATING_CONSUMERS = 5;
/** [4] Each enhanced fan-out consumer gets its own 2 MB/s per shard, pushed by SubscribeToShard. */
export const EFO_BYTES_PER_SECOND = 2 * MiB;
/** [4] A SubscribeToShard subscription lasts at most 5 minutes; the consumer then subscribes again. */
export const SUBSCRIPTION_LIFETIME_MS = 5 * 60_000;
/**
 * Simplification: pushed records arrive in deliveries every 200 ms. AWS quotes about 70 ms on average;
 * the coarser cadence keeps big simulations fast and changes lag by a fraction of a second.
 */
export const EFO_PUSH_INTERVAL_MS = 200;

/**
 * Simplification: how long status transitions take in virtual time. Real ones take seconds to
 * minutes and vary; the simulator uses short fixed delays so learners see CREATING and UPDATING.
 */
export const CREATE_STREAM_DELAY_MS = 2_000;
export const RESHARD_DELAY_MS = 2_000;
export const DELETE_STREAM_DELAY_MS = 1_000;
export const REGISTER_CONSUMER_DELAY_MS = 2_000;

export const DAY_MS = 24 * 3_600_000;
export const HOUR_MS = 3_600_000;
