/**
 * The input shape of every Kinesis operation the simulator serves, as data: adding an operation is adding
 * an entry here (and its shapes in kinesisShapes.ts).
 *
 * Members, required lists and constraints are botocore 1.43.11's. Member ORDER is the order AWS reports
 * validation errors in, which is not the model's order: where kinesalite recorded the real service's
 * messages (CreateStream, DescribeStream, ListStreams, PutRecord(s), GetShardIterator, GetRecords,
 * SplitShard, MergeShards, UpdateShardCount, the retention and tag operations) those members come first
 * in the recorded order, and members added to the model since (StreamARN, StreamId, …) follow in model
 * order. Operations without a recording use the model's order.
 *
 * StreamName is optional wherever the model also accepts StreamARN: the operations report a request that
 * names no stream.
 */
import {
  BOOLEAN_OBJECT,
  CONSUMER_ARN,
  CONSUMER_NAME,
  DATA,
  HASH_KEY,
  LIMIT_10000,
  LIST_TAGS_LIMIT,
  MAX_RECORD_SIZE_IN_KIB,
  METRICS_NAME_LIST,
  NATURAL_INTEGER,
  NEXT_TOKEN,
  PARTITION_KEY,
  POSITIVE_INTEGER,
  PUT_RECORDS_REQUEST_ENTRY_LIST,
  RETENTION_PERIOD_HOURS,
  SCALING_TYPE,
  SEQUENCE_NUMBER,
  SHARD_FILTER,
  SHARD_ID,
  SHARD_ITERATOR,
  SHARD_ITERATOR_TYPE,
  STREAM_ARN,
  STREAM_ID,
  STREAM_MODE_DETAILS,
  STREAM_NAME,
  TAG_KEY,
  TAG_KEY_LIST,
  TAG_MAP,
  TIMESTAMP,
} from './kinesisShapes';
import type { Shape, StructureShape } from './shapeTypes';

function input(name: string, members: Record<string, Shape>, required: readonly string[] = []): StructureShape {
  return { type: 'structure', name: `${name}Input`, members, required };
}

/** The members that name a stream on most operations (after the operation's own members). */
const STREAM = { StreamARN: STREAM_ARN, StreamId: STREAM_ID } as const;

const retention = (name: string) =>
  input(name, { RetentionPeriodHours: RETENTION_PERIOD_HOURS, StreamName: STREAM_NAME, ...STREAM }, [
    'RetentionPeriodHours',
  ]);

const enhancedMonitoring = (name: string) =>
  input(name, { StreamName: STREAM_NAME, ShardLevelMetrics: METRICS_NAME_LIST, ...STREAM }, ['ShardLevelMetrics']);

const consumerLookup = (name: string) =>
  input(name, { StreamARN: STREAM_ARN, ConsumerName: CONSUMER_NAME, ConsumerARN: CONSUMER_ARN, StreamId: STREAM_ID });

export const OPERATION_SHAPES = {
  CreateStream: input(
    'CreateStream',
    {
      ShardCount: POSITIVE_INTEGER,
      StreamName: STREAM_NAME,
      StreamModeDetails: STREAM_MODE_DETAILS,
      Tags: TAG_MAP,
      WarmThroughputMiBps: NATURAL_INTEGER,
      MaxRecordSizeInKiB: MAX_RECORD_SIZE_IN_KIB,
    },
    ['StreamName'],
  ),
  DeleteStream: input('DeleteStream', { StreamName: STREAM_NAME, EnforceConsumerDeletion: BOOLEAN_OBJECT, ...STREAM }),
  DescribeStream: input('DescribeStream', {
    Limit: LIMIT_10000,
    ExclusiveStartShardId: SHARD_ID,
    StreamName: STREAM_NAME,
    ...STREAM,
  }),
  DescribeStreamSummary: input('DescribeStreamSummary', { StreamName: STREAM_NAME, ...STREAM }),
  ListStreams: input('ListStreams', {
    Limit: LIMIT_10000,
    ExclusiveStartStreamName: STREAM_NAME,
    NextToken: NEXT_TOKEN,
  }),
  ListShards: input('ListShards', {
    StreamName: STREAM_NAME,
    NextToken: NEXT_TOKEN,
    ExclusiveStartShardId: SHARD_ID,
    MaxResults: LIMIT_10000,
    StreamCreationTimestamp: TIMESTAMP,
    ShardFilter: SHARD_FILTER,
    ...STREAM,
  }),
  PutRecord: input(
    'PutRecord',
    {
      SequenceNumberForOrdering: SEQUENCE_NUMBER,
      PartitionKey: PARTITION_KEY,
      ExplicitHashKey: HASH_KEY,
      Data: DATA,
      StreamName: STREAM_NAME,
      ...STREAM,
    },
    ['Data', 'PartitionKey'],
  ),
  PutRecords: input('PutRecords', { Records: PUT_RECORDS_REQUEST_ENTRY_LIST, StreamName: STREAM_NAME, ...STREAM }, [
    'Records',
  ]),
  GetShardIterator: input(
    'GetShardIterator',
    {
      ShardId: SHARD_ID,
      ShardIteratorType: SHARD_ITERATOR_TYPE,
      StartingSequenceNumber: SEQUENCE_NUMBER,
      StreamName: STREAM_NAME,
      Timestamp: TIMESTAMP,
      ...STREAM,
    },
    ['ShardId', 'ShardIteratorType'],
  ),
  GetRecords: input('GetRecords', { Limit: LIMIT_10000, ShardIterator: SHARD_ITERATOR, ...STREAM }, ['ShardIterator']),
  SplitShard: input(
    'SplitShard',
    { NewStartingHashKey: HASH_KEY, StreamName: STREAM_NAME, ShardToSplit: SHARD_ID, ...STREAM },
    ['ShardToSplit', 'NewStartingHashKey'],
  ),
  MergeShards: input(
    'MergeShards',
    { ShardToMerge: SHARD_ID, AdjacentShardToMerge: SHARD_ID, StreamName: STREAM_NAME, ...STREAM },
    ['ShardToMerge', 'AdjacentShardToMerge'],
  ),
  UpdateShardCount: input(
    'UpdateShardCount',
    { ScalingType: SCALING_TYPE, StreamName: STREAM_NAME, TargetShardCount: POSITIVE_INTEGER, ...STREAM },
    ['TargetShardCount', 'ScalingType'],
  ),
  IncreaseStreamRetentionPeriod: retention('IncreaseStreamRetentionPeriod'),
  DecreaseStreamRetentionPeriod: retention('DecreaseStreamRetentionPeriod'),
  UpdateStreamMode: input(
    'UpdateStreamMode',
    {
      StreamARN: STREAM_ARN,
      StreamId: STREAM_ID,
      StreamModeDetails: STREAM_MODE_DETAILS,
      WarmThroughputMiBps: NATURAL_INTEGER,
    },
    ['StreamARN', 'StreamModeDetails'],
  ),
  UpdateMaxRecordSize: input(
    'UpdateMaxRecordSize',
    { StreamARN: STREAM_ARN, StreamId: STREAM_ID, MaxRecordSizeInKiB: MAX_RECORD_SIZE_IN_KIB },
    ['MaxRecordSizeInKiB'],
  ),
  RegisterStreamConsumer: input(
    'RegisterStreamConsumer',
    { StreamARN: STREAM_ARN, ConsumerName: CONSUMER_NAME, StreamId: STREAM_ID, Tags: TAG_MAP },
    ['StreamARN', 'ConsumerName'],
  ),
  DeregisterStreamConsumer: consumerLookup('DeregisterStreamConsumer'),
  DescribeStreamConsumer: consumerLookup('DescribeStreamConsumer'),
  ListStreamConsumers: input(
    'ListStreamConsumers',
    {
      StreamARN: STREAM_ARN,
      NextToken: NEXT_TOKEN,
      MaxResults: LIMIT_10000,
      StreamCreationTimestamp: TIMESTAMP,
      StreamId: STREAM_ID,
    },
    ['StreamARN'],
  ),
  EnableEnhancedMonitoring: enhancedMonitoring('EnableEnhancedMonitoring'),
  DisableEnhancedMonitoring: enhancedMonitoring('DisableEnhancedMonitoring'),
  AddTagsToStream: input('AddTagsToStream', { Tags: TAG_MAP, StreamName: STREAM_NAME, ...STREAM }, ['Tags']),
  ListTagsForStream: input('ListTagsForStream', {
    Limit: LIST_TAGS_LIMIT,
    ExclusiveStartTagKey: TAG_KEY,
    StreamName: STREAM_NAME,
    ...STREAM,
  }),
  RemoveTagsFromStream: input('RemoveTagsFromStream', { TagKeys: TAG_KEY_LIST, StreamName: STREAM_NAME, ...STREAM }, [
    'TagKeys',
  ]),
} as const satisfies Record<string, StructureShape>;

/** An operation name as AWS spells it (`PutRecord`), one of those the simulator serves. */
export type KinesisOperation = keyof typeof OPERATION_SHAPES;

/** The operations the simulator serves, in the order of the shape table. */
export const KINESIS_OPERATIONS = Object.keys(OPERATION_SHAPES) as readonly KinesisOperation[];

/** Narrows an operation name from the wire (`X-Amz-Target`, CLI) to a served operation. */
export function isKinesisOperation(name: string): name is KinesisOperation {
  return Object.hasOwn(OPERATION_SHAPES, name);
}
