import { CLOUDWATCH_COMMANDS } from './cloudwatchSpec';
import { j, n, s, type CommandSpec } from './commandSpec';
import { LAMBDA_COMMANDS } from './lambdaSpec';

const STREAM = s('StreamName', 'The name of the stream.');
const STREAM_REQUIRED = s('StreamName', 'The name of the stream.', true);
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
  ...LAMBDA_COMMANDS,
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
