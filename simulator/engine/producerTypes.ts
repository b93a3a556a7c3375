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

export interface ProducerConfig {
  id: string;
  stream: string;
  rate: RateProfile;
  size: SizeDistribution;
  keys: KeyStrategy;
  /** Kinesis-Data-Generator-style JSON template, e.g. {"temp": {{random.number(10,30)}}}. */
  template?: string;
  retry?: RetryPolicy;
  enabled: boolean;
  seed: number;
}

export interface ProducerStats {
  attempted: number;
  accepted: number;
  throttled: number;
  retried: number;
  duplicates: number;
  /** Throttled records given up after the last retry (or with no retry policy). */
  dropped: number;
}

export interface PendingRetry {
  dueAt: number;
  count: number;
  attempt: number;
}

export interface ProducerState {
  config: ProducerConfig;
  /** Fractional records carried between steps, per shard index (so long-run rates are exact). */
  carry: Record<number, number>;
  lostAckCarry: number;
  retries: PendingRetry[];
  stats: ProducerStats;
}
