import type { PushPipe } from '../enhancedFanOut';
import type { PrngState } from '../prng';
import type { KinesisEvent } from './lambdaEvent';

/**
 * AWS Lambda functions and their Kinesis event source mappings (fact 21). The engine runs no user code:
 * a function is a cost per record, a reserved concurrency and a way to fail.
 */

/** How a simulated function fails: never, at random (seeded), or on every batch holding a poison key. */
export type FunctionFailure =
  | { kind: 'none' }
  /** Each invocation fails with this probability (0–1), drawn from the seeded PRNG in `LambdaState`. */
  | { kind: 'errorRate'; rate: number }
  /** Any batch with a record under this partition key fails, every time (a "poison pill"). */
  | { kind: 'poisonKey'; partitionKey: string };

export interface LambdaFunctionConfig {
  /** 1–64 characters of letters, digits, - and _ (Lambda's function names). */
  name: string;
  /** Virtual ms the function spends per record: an invocation of n records lasts n × this. */
  durationMsPerRecord: number;
  /** Reserved concurrent executions, or null for unreserved (no limit in the simulator). */
  concurrency: number | null;
  failure: FunctionFailure;
  /**
   * A deployed package: the function then runs learner code outside the engine (a lab's sandbox), and
   * the engine waits for each invocation's result command instead of modelling duration and failure.
   */
  code?: FunctionCode;
}

/** Lambda runtimes a lab can run (CreateFunction's `Runtime`). */
export const CODE_RUNTIMES = ['nodejs22.x', 'python3.12'] as const;
export type CodeRuntime = (typeof CODE_RUNTIMES)[number];

export interface FunctionCode {
  runtime: CodeRuntime;
  /** `index.handler`, `lambda_function.lambda_handler`. */
  handler: string;
  role: string;
  /** The unzipped deployment package: file name → source. */
  files: Record<string, string>;
  /** Of the .zip as uploaded: CodeSize in bytes and CodeSha256 (base64), as GetFunction reports them. */
  codeSize: number;
  codeSha256: string;
  timeoutSeconds: number;
  memorySizeMb: number;
  /** Virtual ms of the last create or update. */
  lastModified: number;
  /** The function is Pending (being created) until this virtual time. */
  activeAt: number;
}

/** One CloudWatch Logs event of a function's log group. */
export interface LogEvent {
  timestamp: number;
  logStreamName: string;
  message: string;
}

export interface LambdaFunctionStats {
  invocations: number;
  errors: number;
  /** Batches that waited because the function was at its reserved concurrency. */
  throttles: number;
}

export interface LambdaFunctionState {
  config: LambdaFunctionConfig;
  /** Invocations running now (≤ concurrency). */
  running: number;
  stats: LambdaFunctionStats;
  /** The log stream of the current execution environment (a cold start begins a new one). */
  logStream?: string;
}

export type StartingPosition = 'TRIM_HORIZON' | 'LATEST' | 'AT_TIMESTAMP';

/** The event source mapping's settings, engine-side (the API layer maps AWS's PascalCase onto these). */
export interface MappingConfig {
  functionName: string;
  stream: string;
  /**
   * The registered stream consumer (enhanced fan-out) the mapping reads through, by name, or null to poll
   * with shared throughput. On AWS the EventSourceArn is then the consumer's ARN. Fixed once created.
   */
  consumerName: string | null;
  batchSize: number;
  maximumBatchingWindowInSeconds: number;
  parallelizationFactor: number;
  startingPosition: StartingPosition;
  /** Virtual ms, for AT_TIMESTAMP. */
  startingPositionTimestamp: number | null;
  bisectBatchOnFunctionError: boolean;
  /** −1 = retry until the record expires. */
  maximumRetryAttempts: number;
  /** −1 = no age limit (retention still applies). */
  maximumRecordAgeInSeconds: number;
  /** On-failure destination ARN: an SQS queue, SNS topic (batch metadata) or S3 bucket (with records). */
  onFailure: string | null;
  /** FunctionResponseTypes: ['ReportBatchItemFailures']. */
  reportBatchItemFailures: boolean;
  enabled: boolean;
}

export type MappingStatus = 'Creating' | 'Enabling' | 'Enabled' | 'Disabling' | 'Disabled' | 'Updating' | 'Deleting';

/** A batch of one lane's records: ordinals first…last of the shard, `count` of them in this lane. */
export interface LaneBatch {
  first: number;
  last: number;
  count: number;
  /** Failed invocations of exactly this batch (bisecting does not use up retries). */
  attempts: number;
  /** Invocations of these records so far, for the on-failure record's approximateInvokeCount. */
  invokes: number;
}

export interface InFlightBatch extends LaneBatch {
  /** Virtual ms when the invocation returns. */
  until: number;
  /** Decided when invoked: null for success, else the first ordinal the function reports as failed. */
  failedAt: number | null;
  error: string | null;
  /** For a function with code: the request id of the invocation whose result has not come back yet. */
  awaiting?: string;
}

/**
 * One of ParallelizationFactor concurrent batch sequences of a shard. Records go to a lane by a hash of
 * their partition key, so one key's records stay in order.
 */
export interface Lane {
  /** This lane's records below this ordinal are done (processed, discarded or expired). */
  checkpoint: number;
  inFlight: InFlightBatch | null;
  /** Batches waiting to be (re)tried, the next first: a retry, or the halves of a bisected batch. */
  pending: LaneBatch[];
  /** No invocation before this time (retries wait for the next poll, one second). */
  retryAt: number;
  /** True from a failed invocation until its records have succeeded or been discarded. */
  failing: boolean;
  /** When this lane started gathering records for MaximumBatchingWindowInSeconds, or null. */
  windowStart: number | null;
}

/** With a stream consumer, the shard's SubscribeToShard pipe (PushPipe) holds its own 2 MB/s allowance. */
export interface MappingShard extends PushPipe {
  shardId: string;
  /** Records below this ordinal have been read with GetRecords. */
  fetched: number;
  /**
   * With ParallelizationFactor > 1: the lane each fetched record was dealt to, for ordinals from laneBase
   * up to `fetched` (−1 where a record expired). Bounded by what is read ahead.
   */
  laneBase: number;
  laneOf: number[];
  lanes: Lane[];
  nextPollAt: number;
  /** Set once the shard's records are all done after it closed (SHARD_END). */
  finished: boolean;
  /** Children wait for their parents; null until the shard is started. */
  started: boolean;
  blockedSince: number | null;
  blockedMs: number;
  iteratorAgeMs: number;
}

export interface MappingStats {
  invocations: number;
  failedInvocations: number;
  /** Invocations that retried records after a failure (halves of a bisected batch are not retries). */
  retries: number;
  bisections: number;
  discardedBatches: number;
  discardedRecords: number;
  processedRecords: number;
  /** Records that expired before the mapping processed them. */
  lostRecords: number;
  readThrottles: number;
  /** Enhanced fan-out only: SubscribeToShard subscriptions made (one per shard every 5 minutes). */
  subscriptions?: number;
}

/** The "invocation record" Lambda sends to an on-failure destination for a Kinesis batch. */
export interface OnFailureMessage {
  requestContext: {
    requestId: string;
    functionArn: string;
    condition: 'RetryAttemptsExhausted' | 'RecordAgeExceeded';
    approximateInvokeCount: number;
  };
  responseContext: { statusCode: number; executedVersion: string; functionError: string };
  version: '1.0';
  timestamp: string;
  KinesisBatchInfo: {
    shardId: string;
    startSequenceNumber: string;
    endSequenceNumber: string;
    approximateArrivalOfFirstRecord: string;
    approximateArrivalOfLastRecord: string;
    batchSize: number;
    streamArn: string;
  };
  /** S3 destinations only: the whole event, records included. */
  payload?: KinesisEvent;
}

export interface EventSourceMapping {
  uuid: string;
  config: MappingConfig;
  /**
   * The ARN of the stream consumer named in the config, as it was when the mapping was created: a
   * consumer registered again under the same name gets a new ARN, and the mapping does not follow it.
   */
  consumerArn?: string | null;
  state: MappingStatus;
  /** When a Creating/Updating/Enabling/Disabling/Deleting state ends, or null. */
  stateUntil: number | null;
  lastModified: number;
  lastProcessingResult: 'No records processed' | 'OK' | 'PROBLEM: Function call failed';
  stateTransitionReason: string;
  shards: MappingShard[];
  stats: MappingStats;
  /** The last ON_FAILURE_MESSAGES_KEPT messages sent to the on-failure destination, oldest first. */
  destinationMessages: OnFailureMessage[];
  destinationMessageCount: number;
  lastError: string | null;
  /** Lambda's IteratorAge metric: the age of the oldest record not yet processed, over all shards. */
  iteratorAgeMs: number;
  /** IteratorAge once a second (newest last, at most SECOND_POINTS). */
  iteratorAgeSeries: { at: number; values: number[] };
}

export interface LambdaState {
  functions: LambdaFunctionState[];
  mappings: EventSourceMapping[];
  /** The seeded generator for error rates and request ids (kept apart so Lambda does not shift other draws). */
  prng: PrngState;
  /** CloudWatch Logs events by log group (`/aws/lambda/<function>`), the newest LOG_EVENTS_KEPT of each. */
  logs?: Record<string, LogEvent[]>;
}
