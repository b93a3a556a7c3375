/**
 * Type declarations the Lambda editor gives its TypeScript service, so learners get completions for the
 * events the simulator sends (`event.Records[0].kinesis.data` …) and for the SDK producer lab, without
 * shipping `@types/aws-lambda` or the real SDK's typings to the browser.
 *
 * The names follow `@types/aws-lambda` and `@aws-sdk/client-kinesis`, so code written here type-checks
 * unchanged in a real project. Field shapes come from the fact sheet (facts 22 and 27) and the Kinesis API.
 */

/**
 * Ambient modules `aws-lambda` and `@aws-sdk/client-kinesis`, plus the few Node.js globals a Lambda handler
 * typically uses (`Buffer`, `process.env`). A script (no top-level import/export), so every declaration in
 * it is global to the editor's TypeScript program.
 *
 * @example
 * monaco.typescript.typescriptDefaults.addExtraLib(kinesisEventTypes, 'file:///node_modules/@types/shardlab/index.d.ts');
 */
export const kinesisEventTypes = `
declare module 'aws-lambda' {
  /** What a Lambda function receives from a Kinesis event source mapping: one batch from one shard. */
  export interface KinesisStreamEvent {
    Records: KinesisStreamRecord[];
  }

  export interface KinesisStreamRecord {
    kinesis: KinesisStreamRecordPayload;
    /** Always "aws:kinesis". */
    eventSource: string;
    /** "1.0". */
    eventVersion: string;
    /** "<shardId>:<sequenceNumber>", e.g. "shardId-000000000000:4955…". */
    eventID: string;
    /** Always "aws:kinesis:record". */
    eventName: string;
    /** The execution role's ARN. */
    invokeIdentityArn: string;
    awsRegion: string;
    /** The stream's ARN: arn:aws:kinesis:<region>:<account>:stream/<name>. */
    eventSourceARN: string;
  }

  export interface KinesisStreamRecordPayload {
    /** "1.0". */
    kinesisSchemaVersion: string;
    partitionKey: string;
    /** Decimal string, increasing within a shard (not across shards). */
    sequenceNumber: string;
    /** The record's bytes, base64-encoded: decode with Buffer.from(data, 'base64').toString('utf8'). */
    data: string;
    /** When Kinesis accepted the record, in epoch seconds with a fraction (e.g. 1718031234.567). */
    approximateArrivalTimestamp: number;
  }

  /**
   * Return this (with ReportBatchItemFailures enabled on the mapping) to retry from the first failed
   * record instead of the whole batch.
   */
  export interface KinesisStreamBatchResponse {
    batchItemFailures: KinesisStreamBatchItemFailure[];
  }

  export interface KinesisStreamBatchItemFailure {
    /** The failed record's kinesis.sequenceNumber. */
    itemIdentifier: string;
  }

  /** The invocation context of the Node.js runtime. */
  export interface Context {
    /** Set to false to return as soon as the callback is called, without waiting for timers. */
    callbackWaitsForEmptyEventLoop: boolean;
    functionName: string;
    functionVersion: string;
    invokedFunctionArn: string;
    /** The configured memory, as a string (e.g. "128"). */
    memoryLimitInMB: string;
    awsRequestId: string;
    logGroupName: string;
    logStreamName: string;
    /** Milliseconds left before the function times out. */
    getRemainingTimeInMillis(): number;
  }

  export type Callback<TResult = any> = (error?: Error | string | null, result?: TResult) => void;

  export type Handler<TEvent = any, TResult = any> = (
    event: TEvent,
    context: Context,
    callback: Callback<TResult>,
  ) => void | Promise<TResult>;

  export type KinesisStreamHandler = Handler<KinesisStreamEvent, KinesisStreamBatchResponse | void>;

  /** What Firehose sends a transformation function: a buffer of records from one delivery stream. */
  export interface FirehoseTransformationEvent {
    invocationId: string;
    deliveryStreamArn: string;
    region: string;
    records: FirehoseTransformationEventRecord[];
  }

  export interface FirehoseTransformationEventRecord {
    /** Echo it back unchanged in the result. */
    recordId: string;
    /** Epoch milliseconds (the Kinesis event above uses seconds). */
    approximateArrivalTimestamp: number;
    /** base64-encoded. */
    data: string;
  }

  /** Ok: deliver data. Dropped: discard on purpose. ProcessingFailed: write to the processing-failed/ prefix. */
  export type FirehoseRecordTransformationStatus = 'Ok' | 'Dropped' | 'ProcessingFailed';

  export interface FirehoseTransformationResult {
    records: FirehoseTransformationResultRecord[];
  }

  export interface FirehoseTransformationResultRecord {
    recordId: string;
    result: FirehoseRecordTransformationStatus;
    /** base64-encoded; required when result is 'Ok'. */
    data?: string;
  }

  export type FirehoseTransformationHandler = Handler<FirehoseTransformationEvent, FirehoseTransformationResult>;
}

/*
 * A subset of @aws-sdk/client-kinesis: the client and the commands the SDK lab uses. The real package has
 * every Kinesis operation; these declarations only have to make the lab's code complete and type-check.
 */
declare module '@aws-sdk/client-kinesis' {
  export interface ResponseMetadata {
    httpStatusCode?: number;
    requestId?: string;
    attempts?: number;
    totalRetryDelay?: number;
  }

  export interface MetadataBearer {
    $metadata: ResponseMetadata;
  }

  export interface KinesisClientConfig {
    region?: string;
    endpoint?: string;
    /** Total attempts per call, including the first (the SDK retries throttling errors itself). */
    maxAttempts?: number;
    credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  }

  /** The common shape of a command: its input, and (as a type only) the output send() resolves to. */
  export abstract class KinesisCommand<Input, Output extends MetadataBearer> {
    readonly input: Input;
    protected readonly outputType?: Output;
  }

  export class KinesisClient {
    constructor(config?: KinesisClientConfig);
    send<Input, Output extends MetadataBearer>(command: KinesisCommand<Input, Output>): Promise<Output>;
    destroy(): void;
  }

  /** Errors from the service: check error.name, e.g. 'ProvisionedThroughputExceededException'. */
  export class KinesisServiceException extends Error {
    readonly $metadata: ResponseMetadata;
  }
  export class ProvisionedThroughputExceededException extends KinesisServiceException {}
  export class ResourceNotFoundException extends KinesisServiceException {}
  export class InvalidArgumentException extends KinesisServiceException {}

  /** Name the stream with StreamName or StreamARN. */
  export interface StreamTarget {
    StreamName?: string;
    StreamARN?: string;
  }

  export interface PutRecordInput extends StreamTarget {
    /** The bytes to store, e.g. new TextEncoder().encode(JSON.stringify(item)). */
    Data: Uint8Array;
    /** 1–256 characters; its MD5 hash picks the shard. */
    PartitionKey: string;
    /** A decimal hash key (0 … 2^128 − 1) that overrides the partition key's hash. */
    ExplicitHashKey?: string;
    SequenceNumberForOrdering?: string;
  }
  export interface PutRecordOutput extends MetadataBearer {
    ShardId: string | undefined;
    SequenceNumber: string | undefined;
    EncryptionType?: 'NONE' | 'KMS';
  }
  export class PutRecordCommand extends KinesisCommand<PutRecordInput, PutRecordOutput> {
    constructor(input: PutRecordInput);
  }

  export interface PutRecordsRequestEntry {
    Data: Uint8Array;
    PartitionKey: string;
    ExplicitHashKey?: string;
  }
  export interface PutRecordsInput extends StreamTarget {
    /** 1–500 entries. */
    Records: PutRecordsRequestEntry[];
  }
  /** One per request entry, in order: a SequenceNumber and ShardId, or an ErrorCode and ErrorMessage. */
  export interface PutRecordsResultEntry {
    SequenceNumber?: string;
    ShardId?: string;
    /** 'ProvisionedThroughputExceededException' or 'InternalFailure'. */
    ErrorCode?: string;
    ErrorMessage?: string;
  }
  export interface PutRecordsOutput extends MetadataBearer {
    /** Entries that were not written: PutRecords is not atomic, so retry just these. */
    FailedRecordCount?: number;
    Records: PutRecordsResultEntry[] | undefined;
    EncryptionType?: 'NONE' | 'KMS';
  }
  export class PutRecordsCommand extends KinesisCommand<PutRecordsInput, PutRecordsOutput> {
    constructor(input: PutRecordsInput);
  }

  export type StreamStatus = 'CREATING' | 'DELETING' | 'ACTIVE' | 'UPDATING';

  export interface StreamDescriptionSummary {
    StreamName: string | undefined;
    StreamARN: string | undefined;
    StreamStatus: StreamStatus | undefined;
    StreamModeDetails?: { StreamMode: 'PROVISIONED' | 'ON_DEMAND' | undefined };
    RetentionPeriodHours: number | undefined;
    StreamCreationTimestamp: Date | undefined;
    EnhancedMonitoring: { ShardLevelMetrics?: string[] }[] | undefined;
    EncryptionType?: 'NONE' | 'KMS';
    OpenShardCount: number | undefined;
    ConsumerCount?: number;
  }
  export interface DescribeStreamSummaryOutput extends MetadataBearer {
    StreamDescriptionSummary: StreamDescriptionSummary | undefined;
  }
  export class DescribeStreamSummaryCommand extends KinesisCommand<StreamTarget, DescribeStreamSummaryOutput> {
    constructor(input: StreamTarget);
  }

  export interface ShardFilter {
    Type: 'AFTER_SHARD_ID' | 'AT_TRIM_HORIZON' | 'FROM_TRIM_HORIZON' | 'AT_LATEST' | 'AT_TIMESTAMP' | 'FROM_TIMESTAMP';
    ShardId?: string;
    Timestamp?: Date;
  }
  export interface ListShardsInput extends StreamTarget {
    NextToken?: string;
    ExclusiveStartShardId?: string;
    MaxResults?: number;
    ShardFilter?: ShardFilter;
  }
  export interface Shard {
    ShardId: string | undefined;
    ParentShardId?: string;
    AdjacentParentShardId?: string;
    HashKeyRange: { StartingHashKey: string | undefined; EndingHashKey: string | undefined } | undefined;
    SequenceNumberRange:
      | { StartingSequenceNumber: string | undefined; EndingSequenceNumber?: string }
      | undefined;
  }
  export interface ListShardsOutput extends MetadataBearer {
    Shards?: Shard[];
    NextToken?: string;
  }
  export class ListShardsCommand extends KinesisCommand<ListShardsInput, ListShardsOutput> {
    constructor(input: ListShardsInput);
  }
}

/* The Node.js globals handlers reach for; the editor's library is the web worker's, which lacks them. */
interface LambdaBuffer extends Uint8Array {
  toString(encoding?: 'utf8' | 'utf-8' | 'base64' | 'hex' | 'latin1' | 'ascii'): string;
}
declare var Buffer: {
  from(text: string, encoding?: 'utf8' | 'utf-8' | 'base64' | 'hex' | 'latin1' | 'ascii'): LambdaBuffer;
  from(bytes: ArrayLike<number> | ArrayBuffer): LambdaBuffer;
  byteLength(text: string, encoding?: 'utf8' | 'utf-8' | 'base64'): number;
  concat(chunks: readonly Uint8Array[]): LambdaBuffer;
  isBuffer(value: unknown): value is LambdaBuffer;
};
declare var process: { env: Record<string, string | undefined> };
`;

/**
 * Type aliases for JavaScript only, so a JSDoc annotation can name the event without an import:
 * `@param {KinesisStreamEvent} event`. TypeScript files import from 'aws-lambda' as they would in a real
 * project, so these are not added there.
 *
 * @example
 * monaco.typescript.javascriptDefaults.addExtraLib(kinesisJsDocGlobals, 'file:///node_modules/@types/shardlab/jsdoc.d.ts');
 */
export const kinesisJsDocGlobals = `
type KinesisStreamEvent = import('aws-lambda').KinesisStreamEvent;
type KinesisStreamRecord = import('aws-lambda').KinesisStreamRecord;
type KinesisStreamRecordPayload = import('aws-lambda').KinesisStreamRecordPayload;
type KinesisStreamBatchResponse = import('aws-lambda').KinesisStreamBatchResponse;
type KinesisStreamHandler = import('aws-lambda').KinesisStreamHandler;
type FirehoseTransformationEvent = import('aws-lambda').FirehoseTransformationEvent;
type FirehoseTransformationResult = import('aws-lambda').FirehoseTransformationResult;
type FirehoseTransformationHandler = import('aws-lambda').FirehoseTransformationHandler;
`;

/**
 * Compiler options for both JavaScript and TypeScript models: ES modules everywhere (so `.mjs` and `.ts`
 * files with a top-level `export const handler` are modules, as Lambda's Node.js runtime treats them), the
 * newest language level, and the web worker library (console, timers, TextEncoder/TextDecoder, atob) in
 * place of the DOM, which a Lambda function does not have. Numbers are TypeScript's enum values, which the
 * editor passes to its TypeScript 5.9 service unchanged.
 *
 * @example
 * monaco.typescript.typescriptDefaults.setCompilerOptions({ ...editorCompilerOptions, strict: true });
 */
export const editorCompilerOptions = {
  /** ScriptTarget.ESNext */
  target: 99,
  /** ModuleKind.ESNext */
  module: 99,
  /** ModuleResolutionKind.Bundler: `import … from 'aws-lambda'` resolves to the ambient module above. */
  moduleResolution: 100,
  /** ModuleDetectionKind.Force: every file is a module, so two editors' `handler` consts never clash. */
  moduleDetection: 3,
  lib: ['lib.es2023.d.ts', 'lib.webworker.d.ts'],
  allowJs: true,
  /** JavaScript is not type-checked (learners' code is not ours to flag), but it still gets completions. */
  checkJs: false,
  allowNonTsExtensions: true,
  esModuleInterop: true,
  isolatedModules: true,
  noEmit: true,
};
