import { describe, expect, it } from 'vitest';
import { KINESIS_OPERATIONS } from './operationShapes';
import { parseInput } from './validateInput';

const StreamARN = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders';
const CONSUMER_ARN = `${StreamARN}/consumer/billing:1700000000`;

/** One realistic request per operation, as the AWS CLI or SDK would send it. */
const VALID_INPUTS: Record<string, Record<string, unknown>> = {
  CreateStream: {
    StreamName: 'orders',
    ShardCount: 2,
    StreamModeDetails: { StreamMode: 'PROVISIONED' },
    Tags: { team: 'payments' },
  },
  DeleteStream: { StreamName: 'orders', EnforceConsumerDeletion: true },
  DescribeStream: { StreamName: 'orders', Limit: 100, ExclusiveStartShardId: 'shardId-000000000001' },
  DescribeStreamSummary: { StreamARN },
  ListStreams: { Limit: 10, ExclusiveStartStreamName: 'logs' },
  ListShards: {
    StreamName: 'orders',
    MaxResults: 1000,
    ShardFilter: { Type: 'AT_TIMESTAMP', Timestamp: 1700000000.5 },
  },
  PutRecord: { StreamName: 'orders', PartitionKey: 'customer-42', Data: 'eyJ0b3RhbCI6IDEyLjV9', ExplicitHashKey: '0' },
  PutRecords: {
    StreamARN,
    Records: [
      { PartitionKey: 'customer-42', Data: 'eyJ0b3RhbCI6IDEyLjV9' },
      { PartitionKey: 'customer-7', Data: '', ExplicitHashKey: '340282366920938463463374607431768211455' },
    ],
  },
  GetShardIterator: {
    StreamName: 'orders',
    ShardId: 'shardId-000000000000',
    ShardIteratorType: 'AT_SEQUENCE_NUMBER',
    StartingSequenceNumber: '49590338271490256608559692538361571095921575989136588898',
  },
  GetRecords: {
    ShardIterator:
      'AAAAAAAAAAETYyAYzd665+8e0X7JTsASDM/Hr2rSwc0X2qz93iuA3udrjTH+ikQvpQk/1ZcMMLzRdAesqwBGPnsthzU0/CBlM/U8/8oEqGwX3pKw0XyeDNRAAZyXBo3MqkQtCpXhr942BRTjvWKhFz7OmCb2Ncfr8Tl2cBktooi6kJhr+djN5WYkB38Rr3akRgCl9qaU4dY=',
    Limit: 10000,
  },
  SplitShard: {
    StreamName: 'orders',
    ShardToSplit: 'shardId-000000000000',
    NewStartingHashKey: '170141183460469231731687303715884105728',
  },
  MergeShards: {
    StreamName: 'orders',
    ShardToMerge: 'shardId-000000000001',
    AdjacentShardToMerge: 'shardId-000000000002',
  },
  UpdateShardCount: { StreamName: 'orders', TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' },
  IncreaseStreamRetentionPeriod: { StreamName: 'orders', RetentionPeriodHours: 168 },
  DecreaseStreamRetentionPeriod: { StreamName: 'orders', RetentionPeriodHours: 24 },
  UpdateStreamMode: { StreamARN, StreamModeDetails: { StreamMode: 'ON_DEMAND' } },
  UpdateMaxRecordSize: { StreamARN, MaxRecordSizeInKiB: 10240 },
  RegisterStreamConsumer: { StreamARN, ConsumerName: 'billing' },
  DeregisterStreamConsumer: { ConsumerARN: CONSUMER_ARN },
  DescribeStreamConsumer: { StreamARN, ConsumerName: 'billing' },
  ListStreamConsumers: { StreamARN, MaxResults: 20 },
  EnableEnhancedMonitoring: { StreamName: 'orders', ShardLevelMetrics: ['IncomingBytes', 'IteratorAgeMilliseconds'] },
  DisableEnhancedMonitoring: { StreamName: 'orders', ShardLevelMetrics: ['ALL'] },
  AddTagsToStream: { StreamName: 'orders', Tags: { team: 'payments', env: '' } },
  ListTagsForStream: { StreamName: 'orders', Limit: 50, ExclusiveStartTagKey: 'env' },
  RemoveTagsFromStream: { StreamName: 'orders', TagKeys: ['env'] },
};

describe('operation shapes', () => {
  it('serves exactly the 26 operations of the brief', () => {
    expect([...KINESIS_OPERATIONS].sort()).toEqual(Object.keys(VALID_INPUTS).sort());
    expect(KINESIS_OPERATIONS).toHaveLength(26);
  });

  it.each(Object.entries(VALID_INPUTS))('%s passes and reads back unchanged', (operation, input) => {
    expect(parseInput(operation, input)).toEqual(input);
  });
});
