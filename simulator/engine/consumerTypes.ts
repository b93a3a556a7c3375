/** A KCL-style consumer application that polls with GetRecords (fact 20). */
export interface ConsumerAppConfig {
  /** The application name; KCL names its DynamoDB lease table after it. */
  name: string;
  stream: string;
  workers: number;
  /** Time between polls of a shard when the last poll returned nothing (KCL's idle time between reads). */
  pollIntervalMs: number;
  /** GetRecords Limit (KCL's maxRecords). */
  maxRecords: number;
  /**
   * Processing cost per user record, in virtual ms (KCL de-aggregates KPL records before your code sees
   * them); a worker processes its leases' batches one at a time, in the order it read them.
   */
  processingMsPerRecord: number;
  initialPosition: 'TRIM_HORIZON' | 'LATEST';
  enabled: boolean;
  /**
   * How it reads (fact 4): `shared` polls with GetRecords and shares each shard's 2 MB/s and 5 calls/s
   * with every other poller; `enhanced` registers a stream consumer (named after the application) and
   * gets its own 2 MB/s per shard pushed through SubscribeToShard, as KCL 2+ does. Default: shared.
   */
  fanOut?: 'shared' | 'enhanced';
}

/** One row of the lease table: KCL's lease for a shard. */
export interface Lease {
  leaseKey: string;
  /** An ordinal, or SHARD_END once the shard is finished. */
  checkpoint: number | 'SHARD_END';
  leaseOwner: string | null;
  leaseCounter: number;
  parentShardIds: string[];
  /** Virtual time of the next poll. */
  nextPollAt: number;
  /** Age of the oldest record not yet processed (0 when caught up): the lag GetRecords.IteratorAgeMilliseconds shows. */
  iteratorAgeMs: number;
  /** Enhanced fan-out only: this lease's own read allowance (bytes), refilled at 2 MB/s up to 2 MB. */
  pushAllowance?: number;
  pushAllowanceAt?: number;
  /** Enhanced fan-out only: when the current SubscribeToShard subscription ends (5 minutes). */
  subscribedUntil?: number;
}

export interface ConsumerAppStats {
  /** Kinesis records read with GetRecords and processed. */
  processedRecords: number;
  /** User records in them, after KCL's de-aggregation: more than processedRecords when producers aggregate. */
  processedUserRecords: number;
  processedBytes: number;
  /** Kinesis records that expired before this application read them (data loss). */
  lostRecords: number;
  readThrottles: number;
  /** Enhanced fan-out only: SubscribeToShard subscriptions made (one per shard every 5 minutes). */
  subscriptions?: number;
}

export interface WorkerState {
  id: string;
  /** The worker is busy with the batches it has read until this time (see workerQueue.ts). */
  busyUntil: number;
}

export interface ConsumerAppState {
  config: ConsumerAppConfig;
  leases: Lease[];
  workers: WorkerState[];
  stats: ConsumerAppStats;
}
