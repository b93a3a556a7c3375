import type { ConsumerAppState } from './consumerTypes';
import type { FirehoseState } from './firehose/firehoseTypes';
import type { LambdaState } from './lambda/lambdaTypes';
import type { StreamMetrics } from './metrics';
import type { OnDemandState } from './onDemand';
import type { PrngState } from './prng';
import type { ProducerState } from './producerTypes';
import type { RunTable } from './runTable';

export type StreamStatus = 'CREATING' | 'ACTIVE' | 'UPDATING' | 'DELETING';
export type StreamMode = 'PROVISIONED' | 'ON_DEMAND';

/** A record put explicitly (CLI, SDK, lab code): kept with its payload. */
export interface StoredRecord {
  ordinal: number;
  /** Virtual ms when Kinesis accepted it (ApproximateArrivalTimestamp). */
  arrival: number;
  partitionKey: string;
  /** Base64, as the API carries it. */
  data: string;
  /** Bytes counted against limits: data bytes + partition key bytes. */
  size: number;
  explicitHashKey?: string;
}

/** Fixed one-second accounting windows (Kinesis limits are per second). */
export interface WriteWindow {
  start: number;
  records: number;
  bytes: number;
}

export interface ReadWindow {
  /** Start of the current one-second window for the 5 calls/s limit. */
  start: number;
  calls: number;
  /** Read allowance in bytes: refills at 2 MB/s up to 2 MB; a large response drives it below zero. */
  tokens: number;
  tokensAt: number;
  /** No GetRecords succeeds before this time (the 5-second penalty after a 10 MB response). */
  penaltyUntil: number;
}

export interface ShardState {
  /** shardId-<12 digits> is derived from this. */
  index: number;
  parentIndex: number | null;
  adjacentParentIndex: number | null;
  /** Decimal strings (bigints are not JSON). */
  hashKeyStart: string;
  hashKeyEnd: string;
  createdAt: number;
  closedAt: number | null;
  /** Sequence numbers are `sequenceBase + ordinal`; ordinals count records ever written to the shard. */
  sequenceBase: string;
  nextOrdinal: number;
  /** Records with ordinals below this have expired (trim horizon). */
  trimOrdinal: number;
  records: StoredRecord[];
  runs: RunTable;
  write: WriteWindow;
  read: ReadWindow;
  /** Running totals since the shard was created; metrics sample their changes. */
  stats: ShardStats;
}

export interface ShardStats {
  incomingRecords: number;
  incomingBytes: number;
  throttledRecords: number;
  outgoingRecords: number;
  outgoingBytes: number;
  readThrottles: number;
  expiredRecords: number;
}

export interface StreamState {
  name: string;
  arn: string;
  status: StreamStatus;
  /** When a CREATING/UPDATING/DELETING status ends (virtual ms), or null. */
  statusUntil: number | null;
  /** Work applied when the status ends (resharding takes effect then). */
  pending: PendingChange | null;
  mode: StreamMode;
  createdAt: number;
  retentionHours: number;
  maxRecordSizeKiB: number;
  nextShardIndex: number;
  shards: ShardState[];
  tags: Record<string, string>;
  enhancedMonitoring: string[];
  /** Virtual times of UpdateShardCount calls (at most 10 in a rolling 24 h). */
  scalingHistory: number[];
  /** Virtual times of capacity-mode switches (at most 2 in 24 h). */
  modeSwitches: number[];
  /** Registered enhanced fan-out consumers. */
  consumers: StreamConsumer[];
  /** On-demand capacity tracking (see onDemand.ts); absent for provisioned streams. */
  onDemand?: OnDemandState;
}

export interface StreamConsumer {
  name: string;
  arn: string;
  status: 'CREATING' | 'ACTIVE' | 'DELETING';
  createdAt: number;
}

export type PendingChange =
  | { kind: 'split'; shardIndex: number; newStartingHashKey: string }
  | { kind: 'merge'; shardIndex: number; adjacentIndex: number }
  | { kind: 'scale'; targetShardCount: number }
  | { kind: 'delete' };

export interface SimEvent {
  at: number;
  type: string;
  stream?: string;
  shard?: string;
  [detail: string]: unknown;
}

export interface SimState {
  version: 1;
  /** Virtual time in ms since the Unix epoch. */
  now: number;
  prng: PrngState;
  account: string;
  region: string;
  streams: Record<string, StreamState>;
  /** Synthetic producers; a run's `producer` is an index into this list. */
  producers: ProducerState[];
  /** KCL-style polling consumer applications. */
  consumerApps: ConsumerAppState[];
  /** CloudWatch-style metrics per stream. */
  metrics: Record<string, StreamMetrics>;
  /** The most recent events, oldest first (bounded). */
  events: SimEvent[];
  /** Events ever emitted; `events` holds the last few. */
  eventCount: number;
  /** Amazon Data Firehose streams and their S3 buckets; absent until one is created (older saves load). */
  firehose?: FirehoseState;
  /** Lambda functions and their Kinesis event source mappings; absent until one is created (older saves load). */
  lambda?: LambdaState;
}
