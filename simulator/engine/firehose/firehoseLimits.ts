/** Amazon Data Firehose quotas and defaults from kinesis-facts.md (fact numbers in brackets). */
import { MiB } from '../limits';

/** [25] Buffering hints. */
export const DEFAULT_BUFFER_SIZE_MIB = 5;
export const MIN_BUFFER_SIZE_MIB = 1;
export const MAX_BUFFER_SIZE_MIB = 128;
export const DEFAULT_BUFFER_INTERVAL_SECONDS = 300;
export const MIN_BUFFER_INTERVAL_SECONDS = 0;
export const MAX_BUFFER_INTERVAL_SECONDS = 900;
/** Format conversion and dynamic partitioning need a buffer of at least 64 MiB (128 MiB by default). */
export const MIN_BUFFER_SIZE_MIB_WITH_CONVERSION = 64;
export const DEFAULT_BUFFER_SIZE_MIB_WITH_CONVERSION = 128;

/** [31] [32] PutRecordBatch and record size. */
export const PUT_RECORD_BATCH_MAX_RECORDS = 500;
export const PUT_RECORD_BATCH_MAX_BYTES = 4 * MiB;
export const MAX_RECORD_BYTES = 1000 * 1024;

/**
 * Direct PUT throughput per Firehose stream, as the PutRecord API reference states it: 2,000 calls,
 * 5,000 records or 5 MB per second (AWS raises them on request and by Region; the simulator keeps these).
 */
export const DIRECT_PUT_CALLS_PER_SECOND = 2000;
export const DIRECT_PUT_RECORDS_PER_SECOND = 5000;
export const DIRECT_PUT_BYTES_PER_SECOND = 5 * MiB;

/** [27] A failed Lambda invocation is retried 3 times by default. */
export const DEFAULT_TRANSFORM_RETRIES = 3;
/** [29] Active partitions per Firehose stream. */
export const DEFAULT_MAX_ACTIVE_PARTITIONS = 500;
/** [28] Simplification: Parquet/ORC object bytes per JSON byte. */
export const DEFAULT_CONVERSION_RATIO = 0.3;

/** Firehose polls each shard of a source stream once per second (see README). */
export const KINESIS_SOURCE_POLL_MS = 1000;

/** Simplification: status changes take fixed virtual delays (AWS: seconds to minutes). */
export const CREATE_DELIVERY_STREAM_DELAY_MS = 2000;
export const DELETE_DELIVERY_STREAM_DELAY_MS = 1000;

/** Memory bounds: objects kept per bucket, record contents kept per buffer and per object. */
export const MAX_OBJECTS_KEPT = 200;
export const MAX_KEPT_CONTENTS = 100;
