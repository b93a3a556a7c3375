/** How a synthetic producer's rate varies over virtual time. */
export type RateProfile =
  | { kind: 'constant'; recordsPerSecond: number }
  /** A sine wave: base ± amplitude over `periodSeconds` (daily traffic, for instance). */
  | { kind: 'periodic'; base: number; amplitude: number; periodSeconds: number }
  /** `base` most of the time, `burst` for `burstSeconds` out of every `everySeconds`. */
  | { kind: 'burst'; base: number; burst: number; everySeconds: number; burstSeconds: number };

export type SizeDistribution = { kind: 'fixed'; bytes: number } | { kind: 'uniform'; min: number; max: number };

export type KeyStrategy =
  | { kind: 'uuid' }
  | { kind: 'constant'; key: string }
  | { kind: 'uniform'; count: number }
  | { kind: 'zipf'; count: number; exponent: number }
  | { kind: 'explicitHash'; hashKey: string };

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  /**
   * Share of successful puts whose acknowledgement is lost (a timeout): the producer sends them
   * again, and the stream then holds the record twice — the duplicates consumers must handle (fact 18).
   */
  lostAckRate: number;
}

/**
 * KPL-style aggregation (fact 24): many user records packed into one Kinesis record. The names follow
 * the KPL's settings AggregationMaxCount and RecordMaxBufferedTime.
 */
export interface KplAggregation {
  /** At most this many user records per Kinesis record (fewer if the record would pass the stream's max record size). */
  maxUserRecordsPerRecord: number;
  /**
   * How long a user record may wait for others: a shard receiving fewer than maxUserRecordsPerRecord in
   * this time gets smaller aggregates. Absent: aggregates are always full.
   */
  maxBufferedTimeMs?: number;
}

export interface ProducerConfig {
  id: string;
  stream: string;
  rate: RateProfile;
  size: SizeDistribution;
  keys: KeyStrategy;
  /** Kinesis-Data-Generator-style JSON template, e.g. {"temp": {{random.number(10,30)}}}. */
  template?: string;
  retry?: RetryPolicy;
  /**
   * With aggregation, `rate` and `size` describe user records; the shard limits count the Kinesis
   * records that carry them. `maxUserRecordsPerRecord: 1` turns it off (JSON command logs cannot carry
   * `undefined`).
   */
  aggregation?: KplAggregation;
  enabled: boolean;
  seed: number;
}

/**
 * Kinesis records (what the shard limits, CloudWatch and PutRecords count) and, beside them, the user
 * records they carry. Without aggregation the two are equal.
 */
export interface ProducerStats {
  attempted: number;
  accepted: number;
  throttled: number;
  /** Kinesis records sent again after a throttle or a lost acknowledgement. */
  retried: number;
  /** Kinesis records sent again because their acknowledgement was lost: stored twice. */
  duplicates: number;
  /** Throttled records given up after the last retry (or with no retry policy). */
  dropped: number;
  /** User records in the Kinesis records attempted, accepted, throttled and dropped. */
  userRecordsAttempted: number;
  userRecordsAccepted: number;
  userRecordsThrottled: number;
  userRecordsDropped: number;
}

export interface PendingRetry {
  dueAt: number;
  /** User records to send again (they are aggregated again with the rest of the traffic). */
  count: number;
  attempt: number;
}

export interface ProducerState {
  config: ProducerConfig;
  /** Removed with `producer/remove`: kept for the runs it wrote; another producer may take its id. */
  removed?: boolean;
  /**
   * User records carried between steps, per shard index: fractions, so long-run rates are exact, and
   * with aggregation the user records waiting in the KPL's buffer for a full Kinesis record.
   */
  carry: Record<number, number>;
  lostAckCarry: number;
  retries: PendingRetry[];
  stats: ProducerStats;
}

/** A `producer/update`: any settings but the id; optional ones may be null to remove them. */
export type ProducerChanges = {
  [K in Exclude<keyof ProducerConfig, 'id'>]?: undefined extends ProducerConfig[K]
    ? ProducerConfig[K] | null
    : ProducerConfig[K];
};
