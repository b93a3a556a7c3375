import type { PrngState } from '../prng';

/** Fact 25: deliver when the buffer holds `sizeMiB` or its oldest record has waited `intervalSeconds`. */
export interface BufferingHints {
  sizeMiB: number;
  intervalSeconds: number;
}

/**
 * A Lambda transformation, modelled by its outcomes rather than by running code (fact 27). Rates are
 * fractions 0–1 drawn with the Firehose PRNG.
 */
export interface TransformConfig {
  /** Virtual ms one invocation takes; the object appears this much later per attempt. */
  durationMsPerBatch: number;
  /** Share of records the function returns as `Dropped`. */
  dropRate: number;
  /** Share of records the function returns as `ProcessingFailed` (they go to the error prefix). */
  failureRate: number;
  /** Chance that a whole invocation fails (timeout, error); Firehose retries it. */
  invocationFailureRate: number;
  /** Retries of a failed invocation (`NumberOfRetries`, default 3). */
  retries: number;
}

/** JSON → Parquet (fact 28), reduced to its effect on object size. */
export interface ConversionConfig {
  format: 'PARQUET' | 'ORC';
  /** Object bytes per input byte; a stated simplification (default 0.3). */
  sizeRatio: number;
}

/** Dynamic partitioning by one JSON field (fact 29), chosen at creation. */
export interface PartitioningConfig {
  /** The key name used in `!{partitionKeyFromQuery:<name>}`. */
  keyName: string;
  /** The top-level JSON field read from each record (a jq query `.field`). */
  jsonField: string;
  /** Default 500 (fact 29). */
  maxActivePartitions: number;
  /** Synthetic records carry no JSON: they spread evenly over these values (default ['synthetic']). */
  syntheticValues: string[];
}

export type FirehoseSource = { kind: 'DirectPut' } | { kind: 'KinesisStream'; stream: string };

/** Synthetic Direct PUT traffic for scenarios: records of one size at a steady rate. */
export interface SyntheticLoad {
  recordsPerSecond: number;
  recordBytes: number;
}

export interface DeliveryStreamConfig {
  name: string;
  source: FirehoseSource;
  /** S3 bucket name (from BucketARN `arn:aws:s3:::<name>`). */
  bucket: string;
  /** Custom prefix; undefined for the default `YYYY/MM/dd/HH/`. */
  prefix?: string;
  errorOutputPrefix?: string;
  buffering: BufferingHints;
  transform?: TransformConfig;
  conversion?: ConversionConfig;
  partitioning?: PartitioningConfig;
  load?: SyntheticLoad;
  /** ARNs the API was given, only to echo them in DescribeDeliveryStream. */
  arns?: { role?: string; lambda?: string; sourceRole?: string };
}

/** A record put explicitly (PutRecord, PutRecordBatch, or read from a stream's explicit records). */
export interface FirehoseRecord {
  /** Base64. */
  data: string;
  size: number;
  arrival: number;
}

/** Records waiting for delivery under one partition key value ('' without dynamic partitioning). */
export interface DeliveryBuffer {
  partition: string;
  /** All records, synthetic and explicit. */
  records: number;
  bytes: number;
  oldestArrival: number;
  /** The explicit ones, with their contents (bounded: see MAX_KEPT_CONTENTS). */
  explicit: FirehoseRecord[];
}

/** An object written to a bucket: metadata, plus the contents of explicit records it holds. */
export interface S3Object {
  key: string;
  size: number;
  records: number;
  /** Virtual ms when it was written. */
  createdAt: number;
  /** Arrival of its oldest record: `createdAt − firstArrival` is how long data waited (DataFreshness at delivery). */
  firstArrival: number;
  deliveryStream: string;
  /** Set for objects under the error prefix (`processing-failed`, …). */
  errorOutputType?: string;
  /** Base64 contents of the explicit records in it, in order (bounded). */
  contents: string[];
}

export interface S3Bucket {
  name: string;
  /** The newest objects, oldest first (bounded: MAX_OBJECTS_KEPT). */
  objects: S3Object[];
  /** Exact totals over every object ever written. */
  objectCount: number;
  bytes: number;
  records: number;
}

/** Running totals; metrics and goals read their changes. */
export interface DeliveryStreamStats {
  incomingRecords: number;
  incomingBytes: number;
  incomingPutRequests: number;
  throttledRecords: number;
  deliveredRecords: number;
  deliveredBytes: number;
  deliveredObjects: number;
  transformOk: number;
  transformDropped: number;
  transformFailed: number;
  failedInvocations: number;
  /** Records sent to the error prefix. */
  errorRecords: number;
  /** Largest DeliveryToS3.DataFreshness seen, in ms. */
  maxDataFreshnessMs: number;
  /** Smallest delivered object in bytes (null until one is written). */
  minObjectBytes: number | null;
  readThrottles: number;
  /** Kinesis source: records (de-aggregated) and bytes read from the stream. */
  readRecords: number;
  readBytes: number;
}

/** Per-minute CloudWatch points (namespace AWS/Firehose), newest last; null where AWS would publish none. */
export interface FirehoseMetrics {
  /** End of the newest point (virtual ms). */
  at: number;
  series: Record<string, (number | null)[]>;
  /** Running totals at the last point, to take differences from. */
  last: Record<string, number>;
}

/** An object whose transform is still running; it is written at `at`. */
export interface PendingDelivery {
  at: number;
  object: S3Object;
  bucket: string;
  /** Arrival of its oldest record: DataFreshness counts it until the object is written. */
  oldestArrival: number;
}

/**
 * A transform invocation of a function with code (codeTransforms.ts): its buffer is held, undelivered,
 * until the lab's sandbox reports what the function returned.
 */
export interface CodeTransform {
  /** The Lambda request id of the invocation now waiting. */
  requestId: string;
  /** The event's `invocationId`. */
  invocationId: string;
  functionName: string;
  buffer: DeliveryBuffer;
  /** The `recordId` given to each of `buffer.explicit`, in order. */
  recordIds: string[];
  /** Invocations of this batch so far, the waiting one included. */
  attempts: number;
}

export interface DeliveryStreamState {
  config: DeliveryStreamConfig;
  arn: string;
  status: 'CREATING' | 'ACTIVE' | 'DELETING';
  statusUntil: number | null;
  createdAt: number;
  lastUpdatedAt: number;
  /** VersionId: 1 at creation, +1 per UpdateDestination. */
  version: number;
  buffers: DeliveryBuffer[];
  pending: PendingDelivery[];
  /** Buffers held for a transform function with code (absent in states saved before there were any). */
  transforms?: CodeTransform[];
  /** Kinesis source: the next ordinal to read per shard id. */
  positions: Record<string, number>;
  /** Kinesis source: when each shard is next polled. */
  nextPollAt: number;
  /** Direct PUT accounting in one-second windows. */
  putWindow: { start: number; calls: number; records: number; bytes: number };
  /** Synthetic load: records already generated since the load started. */
  loadStartedAt: number;
  loadGenerated: number;
  stats: DeliveryStreamStats;
  /** DeliveryToS3.DataFreshness now, in ms (0 when nothing waits). */
  dataFreshnessMs: number;
  metrics: FirehoseMetrics;
}

export interface FirehoseState {
  deliveryStreams: Record<string, DeliveryStreamState>;
  buckets: Record<string, S3Bucket>;
  /** Firehose's own generator (object-name UUIDs, transform outcomes), so adding a Firehose stream does not change other draws. */
  prng: PrngState;
}
