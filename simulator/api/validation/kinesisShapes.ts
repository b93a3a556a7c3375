/**
 * The reusable shapes of the Kinesis API model, copied from botocore 1.43.11
 * (`botocore/data/kinesis/2013-12-02/service-2.json`, the newest copy available while writing this; it
 * already has UpdateMaxRecordSize, StreamId and WarmThroughputMiBps). Names follow the model's shape names.
 */
import { SHARD_METRICS } from '../../engine/metrics';
import type {
  BlobShape,
  BooleanShape,
  IntegerShape,
  ListShape,
  MapShape,
  StringShape,
  StructureShape,
  TimestampShape,
} from './shapeTypes';

/** Names of streams and consumers: `[a-zA-Z0-9_.-]+`, 1–128 characters. */
const NAME: StringShape = { type: 'string', min: 1, max: 128, pattern: '[a-zA-Z0-9_.-]+' };

export const STREAM_NAME = NAME;
export const CONSUMER_NAME = NAME;
export const SHARD_ID = NAME;

export const STREAM_ARN: StringShape = {
  type: 'string',
  min: 1,
  max: 2048,
  pattern: 'arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+',
};

export const CONSUMER_ARN: StringShape = {
  type: 'string',
  min: 1,
  max: 2048,
  pattern: '^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+',
};

/** New in 2025 models; accepted next to StreamName/StreamARN. The simulator ignores it beyond validation. */
export const STREAM_ID: StringShape = { type: 'string', min: 1, max: 24, pattern: '[a-z0-9]{20}-[a-z0-9]{3}' };

/** A decimal 128-bit hash key. The range 0 … 2^128−1 is checked by the operations (InvalidArgumentException). */
export const HASH_KEY: StringShape = { type: 'string', pattern: '0|([1-9]\\d{0,38})' };

export const SEQUENCE_NUMBER: StringShape = { type: 'string', pattern: '0|([1-9]\\d{0,128})' };

export const PARTITION_KEY: StringShape = { type: 'string', min: 1, max: 256 };

/**
 * Record data. The model's static ceiling is 10 MiB (10485760 bytes, since UpdateMaxRecordSize exists);
 * older models and kinesalite say 1 MiB (and earlier 50 KiB). The per-stream maximum (1 MiB by default)
 * is the operation layer's check, not the model's.
 */
export const DATA: BlobShape = { type: 'blob', min: 0, max: 10485760 };

export const SHARD_ITERATOR: StringShape = { type: 'string', min: 1, max: 512 };

export const NEXT_TOKEN: StringShape = { type: 'string', min: 1, max: 1048576 };

export const TIMESTAMP: TimestampShape = { type: 'timestamp' };

export const BOOLEAN_OBJECT: BooleanShape = { type: 'boolean' };

export const POSITIVE_INTEGER: IntegerShape = { type: 'integer', min: 1 };

export const NATURAL_INTEGER: IntegerShape = { type: 'integer', min: 0 };

/** Paging limits of DescribeStream, ListStreams, ListShards, GetRecords and ListStreamConsumers. */
export const LIMIT_10000: IntegerShape = { type: 'integer', min: 1, max: 10000 };

export const LIST_TAGS_LIMIT: IntegerShape = { type: 'integer', min: 1, max: 50 };

/**
 * No range in the current model: 24 … 8760 hours is enforced by the operations with an
 * InvalidArgumentException (kinesalite's 1–168 is from the 7-day era).
 */
export const RETENTION_PERIOD_HOURS: IntegerShape = { type: 'integer' };

/** Fact sheet #5: 1024–10240 KiB. */
export const MAX_RECORD_SIZE_IN_KIB: IntegerShape = { type: 'integer', min: 1024, max: 10240 };

/**
 * AWS prints this enum in its own (non-model) order, recorded from the real service by kinesalite;
 * the model lists AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST, AT_TIMESTAMP.
 */
export const SHARD_ITERATOR_TYPE: StringShape = {
  type: 'string',
  enum: ['AFTER_SEQUENCE_NUMBER', 'LATEST', 'AT_TIMESTAMP', 'AT_SEQUENCE_NUMBER', 'TRIM_HORIZON'],
};

// The remaining enums are in model order: no recording of AWS's printed order is known for them.
export const STREAM_MODE: StringShape = { type: 'string', enum: ['PROVISIONED', 'ON_DEMAND'] };

export const SCALING_TYPE: StringShape = { type: 'string', enum: ['UNIFORM_SCALING'] };

export const SHARD_FILTER_TYPE: StringShape = {
  type: 'string',
  enum: ['AFTER_SHARD_ID', 'AT_TRIM_HORIZON', 'FROM_TRIM_HORIZON', 'AT_LATEST', 'AT_TIMESTAMP', 'FROM_TIMESTAMP'],
};

export const METRICS_NAME: StringShape = {
  type: 'string',
  // The model's MetricsName enum: the shard-level metrics (fact 17) plus ALL, in the model's order.
  enum: [...SHARD_METRICS, 'ALL'],
};

export const METRICS_NAME_LIST: ListShape = { type: 'list', member: METRICS_NAME, min: 1, max: 7 };

export const TAG_KEY: StringShape = { type: 'string', min: 1, max: 128 };

export const TAG_VALUE: StringShape = { type: 'string', min: 0, max: 256 };

/** Up to 200 tags per call in the current model (kinesalite: 10; the per-stream total of 50 is the operations'). */
export const TAG_MAP: MapShape = { type: 'map', key: TAG_KEY, value: TAG_VALUE, min: 1, max: 200 };

export const TAG_KEY_LIST: ListShape = { type: 'list', member: TAG_KEY, min: 1, max: 50 };

export const STREAM_MODE_DETAILS: StructureShape = {
  type: 'structure',
  name: 'StreamModeDetails',
  members: { StreamMode: STREAM_MODE },
  required: ['StreamMode'],
};

export const SHARD_FILTER: StructureShape = {
  type: 'structure',
  name: 'ShardFilter',
  members: { Type: SHARD_FILTER_TYPE, ShardId: SHARD_ID, Timestamp: TIMESTAMP },
  required: ['Type'],
};

/** Member order partitionKey, explicitHashKey, data is the order AWS reports (kinesalite's recordings). */
export const PUT_RECORDS_REQUEST_ENTRY: StructureShape = {
  type: 'structure',
  name: 'PutRecordsRequestEntry',
  members: { PartitionKey: PARTITION_KEY, ExplicitHashKey: HASH_KEY, Data: DATA },
  required: ['Data', 'PartitionKey'],
};

/** 1–500 entries. The request-size ceiling (10 MiB, fact #6) is not in the model: the operations check it. */
export const PUT_RECORDS_REQUEST_ENTRY_LIST: ListShape = {
  type: 'list',
  member: PUT_RECORDS_REQUEST_ENTRY,
  min: 1,
  max: 500,
};
