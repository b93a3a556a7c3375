import { CLOUDWATCH_COMMANDS } from './cloudwatchSpec';

/** How a command-line value becomes an API value. */
export type ParamType = 'string' | 'integer' | 'blob' | 'json' | 'timestamp' | 'list' | 'structures' | 'boolean';

export interface ParamSpec {
  /** The API member, e.g. `StreamName`; the option is its kebab-case form, `--stream-name`. */
  member: string;
  type: ParamType;
  required?: boolean;
  /** What `help` says about it. */
  doc: string;
}

export interface CommandSpec {
  service: 'kinesis' | 'firehose' | 'lambda' | 'logs' | 'cloudwatch';
  /** The CLI command, e.g. `put-record`; the API operation is its PascalCase form, `PutRecord`. */
  command: string;
  summary: string;
  params: ParamSpec[];
}

const s = (member: string, doc: string, required = false): ParamSpec => ({ member, type: 'string', required, doc });
const n = (member: string, doc: string, required = false): ParamSpec => ({ member, type: 'integer', required, doc });
const j = (member: string, doc: string, required = false): ParamSpec => ({ member, type: 'json', required, doc });
const b = (member: string, doc: string): ParamSpec => ({ member, type: 'boolean', doc });
const STREAM = s('StreamName', 'The name of the stream.');
/** The event source mapping settings (fact 21), shared by create and update. */
const MAPPING_SETTINGS: ParamSpec[] = [
  n('BatchSize', '1–10000 records per invocation (default 100).'),
  s('StartingPosition', 'TRIM_HORIZON, LATEST or AT_TIMESTAMP.'),
  { member: 'StartingPositionTimestamp', type: 'timestamp', doc: 'For AT_TIMESTAMP.' },
  n('MaximumBatchingWindowInSeconds', '0–300 seconds to wait for a fuller batch (default 0).'),
  n('ParallelizationFactor', '1–10 batches per shard at once (default 1).'),
  b('BisectBatchOnFunctionError', 'Split a failing batch in two and retry each half (--no-… to turn off).'),
  n('MaximumRetryAttempts', '-1 (until the records expire) to 10000.'),
  n('MaximumRecordAgeInSeconds', '-1 (no limit) to 604800.'),
  j('DestinationConfig', 'OnFailure={Destination=<SQS, SNS or S3 ARN>} as JSON.'),
  { member: 'FunctionResponseTypes', type: 'list', doc: 'ReportBatchItemFailures.' },
  b('Enabled', 'Whether the mapping polls (--no-enabled to pause it).'),
];
const STREAM_REQUIRED = s('StreamName', 'The name of the stream.', true);
const FUNCTION_REQUIRED = s('FunctionName', 'The function’s name or ARN.', true);
const ZIP_FILE: ParamSpec = { member: 'ZipFile', type: 'blob', required: true, doc: 'fileb://function.zip' };
const ARN = s('StreamARN', 'The ARN of the stream (instead of its name).');

/** The `aws kinesis`, `aws firehose` and `aws lambda` commands the console runs against the simulator (`aws logs tail` is logsTail.ts). */
export const COMMANDS: CommandSpec[] = [
  {
    service: 'kinesis',
    command: 'create-stream',
    summary: 'Creates a data stream with the given number of shards, or in on-demand mode.',
    params: [
      STREAM_REQUIRED,
      n('ShardCount', 'Number of shards (provisioned mode).'),
      j('StreamModeDetails', 'StreamMode=PROVISIONED or StreamMode=ON_DEMAND.'),
    ],
  },
  { service: 'kinesis', command: 'delete-stream', summary: 'Deletes a stream and its data.', params: [STREAM, ARN] },
  {
    service: 'kinesis',
    command: 'describe-stream',
    summary: 'Describes a stream and its shards.',
    params: [STREAM, ARN],
  },
  {
    service: 'kinesis',
    command: 'describe-stream-summary',
    summary: 'Describes a stream without listing its shards.',
    params: [STREAM, ARN],
  },
  {
    service: 'kinesis',
    command: 'list-streams',
    summary: 'Lists your streams.',
    params: [n('Limit', 'Most to list.')],
  },
  {
    service: 'kinesis',
    command: 'list-shards',
    summary: "Lists a stream's shards with their hash key ranges.",
    params: [STREAM, ARN, n('MaxResults', 'Most to list.')],
  },
  {
    service: 'kinesis',
    command: 'put-record',
    summary: 'Writes one record to a stream.',
    params: [
      STREAM,
      ARN,
      {
        member: 'Data',
        type: 'blob',
        required: true,
        doc: 'The data blob (base64 unless --cli-binary-format raw-in-base64-out).',
      },
      s('PartitionKey', 'Decides the shard: its MD5 hash picks the hash key range.', true),
      s('ExplicitHashKey', 'A hash key that overrides the partition key’s hash.'),
      s('SequenceNumberForOrdering', 'Orders this record after the given sequence number.'),
    ],
  },
  {
    service: 'kinesis',
    command: 'put-records',
    summary: 'Writes up to 500 records in one call; each entry succeeds or fails on its own.',
    params: [STREAM, ARN, j('Records', 'JSON list of {"Data": base64, "PartitionKey": …}.', true)],
  },
  {
    service: 'kinesis',
    command: 'get-shard-iterator',
    summary: 'Gets an iterator to read a shard from a position.',
    params: [
      STREAM,
      ARN,
      s('ShardId', 'The shard, e.g. shardId-000000000000.', true),
      s('ShardIteratorType', 'TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER or AT_TIMESTAMP.', true),
      s('StartingSequenceNumber', 'For AT_ and AFTER_SEQUENCE_NUMBER.'),
      { member: 'Timestamp', type: 'timestamp', doc: 'For AT_TIMESTAMP (ISO 8601 or epoch seconds).' },
    ],
  },
  {
    service: 'kinesis',
    command: 'get-records',
    summary: 'Reads records from a shard iterator.',
    params: [s('ShardIterator', 'From get-shard-iterator or the last get-records.', true), n('Limit', '1–10000.')],
  },
  {
    service: 'kinesis',
    command: 'split-shard',
    summary: 'Splits a shard in two at a hash key.',
    params: [
      STREAM,
      ARN,
      s('ShardToSplit', 'The shard to split.', true),
      s('NewStartingHashKey', 'Where the second child starts.', true),
    ],
  },
  {
    service: 'kinesis',
    command: 'merge-shards',
    summary: 'Merges two adjacent shards.',
    params: [
      STREAM,
      ARN,
      s('ShardToMerge', 'The first shard.', true),
      s('AdjacentShardToMerge', 'Its neighbour.', true),
    ],
  },
  {
    service: 'kinesis',
    command: 'update-shard-count',
    summary: 'Scales a provisioned stream to a target shard count.',
    params: [
      STREAM,
      ARN,
      n('TargetShardCount', 'Between half and double the current count.', true),
      s('ScalingType', 'UNIFORM_SCALING.', true),
    ],
  },
  {
    service: 'kinesis',
    command: 'increase-stream-retention-period',
    summary: 'Keeps records longer (up to 8760 hours).',
    params: [STREAM, ARN, n('RetentionPeriodHours', 'The new period.', true)],
  },
  {
    service: 'kinesis',
    command: 'decrease-stream-retention-period',
    summary: 'Keeps records for less time (at least 24 hours).',
    params: [STREAM, ARN, n('RetentionPeriodHours', 'The new period.', true)],
  },
  {
    service: 'kinesis',
    command: 'register-stream-consumer',
    summary: 'Registers an enhanced fan-out consumer.',
    params: [s('StreamARN', 'The stream’s ARN.', true), s('ConsumerName', 'A name for the consumer.', true)],
  },
  {
    service: 'kinesis',
    command: 'list-stream-consumers',
    summary: "Lists a stream's enhanced fan-out consumers.",
    params: [s('StreamARN', 'The stream’s ARN.', true)],
  },
  {
    service: 'kinesis',
    command: 'deregister-stream-consumer',
    summary: 'Deregisters an enhanced fan-out consumer.',
    params: [s('StreamARN', 'The stream’s ARN.'), s('ConsumerName', 'The consumer.'), s('ConsumerARN', 'Or its ARN.')],
  },
  {
    service: 'kinesis',
    command: 'enable-enhanced-monitoring',
    summary: 'Turns on shard-level metrics.',
    params: [STREAM, ARN, { member: 'ShardLevelMetrics', type: 'list', required: true, doc: 'Metric names, or ALL.' }],
  },
  {
    service: 'firehose',
    command: 'create-delivery-stream',
    summary: 'Creates a Firehose stream (Direct PUT or reading a Kinesis data stream) that delivers to S3.',
    params: [
      s('DeliveryStreamName', 'The name of the Firehose stream.', true),
      s('DeliveryStreamType', 'DirectPut or KinesisStreamAsSource.'),
      j('KinesisStreamSourceConfiguration', 'KinesisStreamARN=…,RoleARN=… when reading a data stream.'),
      j('ExtendedS3DestinationConfiguration', 'BucketARN, RoleARN, BufferingHints, Prefix … as JSON.'),
    ],
  },
  {
    service: 'firehose',
    command: 'describe-delivery-stream',
    summary: 'Describes a Firehose stream, its source and its destination.',
    params: [s('DeliveryStreamName', 'The name of the Firehose stream.', true)],
  },
  { service: 'firehose', command: 'list-delivery-streams', summary: 'Lists your Firehose streams.', params: [] },
  {
    service: 'firehose',
    command: 'put-record',
    summary: 'Sends one record to a Direct PUT Firehose stream.',
    params: [
      s('DeliveryStreamName', 'The name of the Firehose stream.', true),
      j('Record', 'Data=<base64> (or raw text with --cli-binary-format raw-in-base64-out).', true),
    ],
  },
  {
    service: 'firehose',
    command: 'put-record-batch',
    summary: 'Sends up to 500 records (4 MiB) in one call; each can fail on its own.',
    params: [
      s('DeliveryStreamName', 'The name of the Firehose stream.', true),
      j('Records', 'JSON list of {"Data": …}.', true),
    ],
  },
  {
    service: 'firehose',
    command: 'delete-delivery-stream',
    summary: 'Deletes a Firehose stream.',
    params: [s('DeliveryStreamName', 'The name of the Firehose stream.', true)],
  },
  {
    service: 'lambda',
    command: 'create-function',
    summary: 'Creates a function from a .zip deployment package (in a lab, fileb://function.zip is the editor’s code).',
    params: [
      FUNCTION_REQUIRED,
      s('Runtime', 'nodejs22.x or python3.12.', true),
      s('Role', 'The execution role’s ARN (IAM is not simulated: any well-formed role ARN works).', true),
      s('Handler', 'index.handler (Node.js) or lambda_function.lambda_handler (Python).', true),
      ZIP_FILE,
      n('Timeout', '1–900 seconds (default 3).'),
      n('MemorySize', '128–10240 MB (default 128).'),
    ],
  },
  {
    service: 'lambda',
    command: 'update-function-code',
    summary: 'Deploys a new .zip to a function.',
    params: [FUNCTION_REQUIRED, ZIP_FILE],
  },
  {
    service: 'lambda',
    command: 'update-function-configuration',
    summary: 'Changes a function’s timeout, memory, handler or runtime.',
    params: [
      FUNCTION_REQUIRED,
      n('Timeout', '1–900 seconds.'),
      n('MemorySize', '128–10240 MB.'),
      s('Handler', 'The handler.'),
      s('Runtime', 'nodejs22.x or python3.12.'),
      s('Role', 'The execution role’s ARN.'),
    ],
  },
  { service: 'lambda', command: 'get-function', summary: 'Describes a function.', params: [FUNCTION_REQUIRED] },
  {
    service: 'lambda',
    command: 'get-function-configuration',
    summary: 'Describes a function’s settings.',
    params: [FUNCTION_REQUIRED],
  },
  { service: 'lambda', command: 'list-functions', summary: 'Lists the functions.', params: [] },
  { service: 'lambda', command: 'delete-function', summary: 'Deletes a function.', params: [FUNCTION_REQUIRED] },
  {
    service: 'lambda',
    command: 'create-event-source-mapping',
    summary: 'Connects a function to a stream: Lambda polls its shards and invokes the function with batches.',
    params: [
      s('FunctionName', 'The function.', true),
      s('EventSourceArn', 'The stream’s ARN.', true),
      ...MAPPING_SETTINGS,
    ],
  },
  {
    service: 'lambda',
    command: 'update-event-source-mapping',
    summary: 'Changes a mapping’s settings (the starting position cannot change).',
    params: [
      s('UUID', 'The mapping’s id.', true),
      s('FunctionName', 'Another function.'),
      ...MAPPING_SETTINGS.slice(0, 1),
      ...MAPPING_SETTINGS.slice(3),
    ],
  },
  {
    service: 'lambda',
    command: 'get-event-source-mapping',
    summary: 'Describes a mapping.',
    params: [s('UUID', 'The mapping’s id.', true)],
  },
  {
    service: 'lambda',
    command: 'list-event-source-mappings',
    summary: 'Lists mappings, optionally of one function or one stream.',
    params: [s('FunctionName', 'Only this function’s.'), s('EventSourceArn', 'Only this stream’s.')],
  },
  {
    service: 'lambda',
    command: 'delete-event-source-mapping',
    summary: 'Deletes a mapping.',
    params: [s('UUID', 'The mapping’s id.', true)],
  },
  ...CLOUDWATCH_COMMANDS,
];

/** `put-record` → `PutRecord`. */
export const operationOf = (command: string) =>
  command
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** `StreamName` → `--stream-name`; `StreamARN` → `--stream-arn`. */
export const flagOf = (member: string) =>
  '--' +
  member
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
