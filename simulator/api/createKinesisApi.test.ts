import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { createSimulation } from '../engine/createSimulation';
import { createKinesisApi } from './createKinesisApi';

function setup() {
  const sim = createSimulation({ seed: 3 });
  const call = createKinesisApi(sim);
  const wait = (ms = 2000) => advance(sim, sim.now + ms);
  return { sim, call, wait };
}

const catchError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('expected an error');
};

describe('Kinesis API', () => {
  it('creates, describes and lists a stream in AWS shapes', () => {
    const { call, wait } = setup();
    expect(call('CreateStream', { StreamName: 'demo', ShardCount: 2 })).toEqual({});
    expect(call('DescribeStreamSummary', { StreamName: 'demo' })).toMatchObject({
      StreamDescriptionSummary: {
        StreamName: 'demo',
        StreamStatus: 'CREATING',
        OpenShardCount: 2,
        RetentionPeriodHours: 24,
        StreamModeDetails: { StreamMode: 'PROVISIONED' },
      },
    });
    wait();
    const description = call('DescribeStream', { StreamName: 'demo' }) as {
      StreamDescription: Record<string, unknown>;
    };
    expect(description.StreamDescription).toMatchObject({
      StreamName: 'demo',
      StreamARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/demo',
      StreamStatus: 'ACTIVE',
      HasMoreShards: false,
      EncryptionType: 'NONE',
      StreamCreationTimestamp: 1767225600,
    });
    expect((description.StreamDescription.Shards as unknown[])[1]).toEqual({
      ShardId: 'shardId-000000000001',
      HashKeyRange: {
        StartingHashKey: '170141183460469231731687303715884105728',
        EndingHashKey: '340282366920938463463374607431768211455',
      },
      SequenceNumberRange: { StartingSequenceNumber: expect.stringMatching(/^49\d{54}$/) },
    });
    expect(call('ListStreams', {})).toMatchObject({ StreamNames: ['demo'], HasMoreStreams: false });
  });

  it('accepts the on-demand creation from the hands-on lab', () => {
    const { call, wait } = setup();
    call('CreateStream', { StreamName: 'demo-kinesis-stream', StreamModeDetails: { StreamMode: 'ON_DEMAND' } });
    wait();
    expect(call('DescribeStreamSummary', { StreamName: 'demo-kinesis-stream' })).toMatchObject({
      StreamDescriptionSummary: {
        StreamStatus: 'ACTIVE',
        StreamModeDetails: { StreamMode: 'ON_DEMAND' },
        OpenShardCount: 4,
      },
    });
  });

  it('puts and gets records with base64 data, sequence numbers and MillisBehindLatest', () => {
    const { call, wait } = setup();
    call('CreateStream', { StreamName: 'demo', ShardCount: 1 });
    wait();
    const put = call('PutRecord', { StreamName: 'demo', PartitionKey: 'user-1', Data: btoa('hello') }) as Record<
      string,
      string
    >;
    expect(put).toEqual({
      ShardId: 'shardId-000000000000',
      SequenceNumber: expect.stringMatching(/^\d{56}$/),
      EncryptionType: 'NONE',
    });
    const batch = call('PutRecords', {
      StreamName: 'demo',
      Records: [
        { PartitionKey: 'a', Data: btoa('1') },
        { PartitionKey: 'b', Data: btoa('2') },
      ],
    });
    expect(batch).toMatchObject({
      FailedRecordCount: 0,
      Records: [{ ShardId: 'shardId-000000000000' }, { ShardId: 'shardId-000000000000' }],
    });
    const { ShardIterator } = call('GetShardIterator', {
      StreamName: 'demo',
      ShardId: 'shardId-000000000000',
      ShardIteratorType: 'TRIM_HORIZON',
    }) as { ShardIterator: string };
    wait(1500);
    const got = call('GetRecords', { ShardIterator, Limit: 2 }) as {
      Records: { Data: string; PartitionKey: string }[];
      MillisBehindLatest: number;
      NextShardIterator: string;
    };
    expect(got.Records.map((r) => [r.PartitionKey, atob(r.Data)])).toEqual([
      ['user-1', 'hello'],
      ['a', '1'],
    ]);
    expect(got.MillisBehindLatest).toBe(1500);
    const rest = call('GetRecords', { ShardIterator: got.NextShardIterator }) as {
      Records: unknown[];
      MillisBehindLatest: number;
    };
    expect(rest.Records).toHaveLength(1);
    expect(rest.MillisBehindLatest).toBe(0);
  });

  it('answers errors in AWS words', () => {
    const { call, wait } = setup();
    expect(catchError(() => call('DescribeStream', { StreamName: 'nope' }))).toEqual({
      name: 'ResourceNotFoundException',
      message: 'Stream nope under account 000000000000 not found.',
    });
    call('CreateStream', { StreamName: 'demo', ShardCount: 1 });
    wait();
    expect(
      catchError(() => call('PutRecord', { StreamName: 'demo', PartitionKey: 'k'.repeat(257), Data: 'YQ==' })),
    ).toEqual({
      name: 'ValidationException',
      message: expect.stringMatching(
        /^1 validation error detected: Value '.*' at 'partitionKey' failed to satisfy constraint: Member must have length less than or equal to 256$/,
      ),
    });
    expect(
      catchError(() => call('IncreaseStreamRetentionPeriod', { StreamName: 'demo', RetentionPeriodHours: 8761 })).name,
    ).toMatch(/ValidationException|InvalidArgumentException/);
    expect(catchError(() => call('GetRecords', { ShardIterator: 'not-an-iterator' }))).toEqual({
      name: 'InvalidArgumentException',
      message: 'Invalid ShardIterator.',
    });
    expect(
      catchError(() =>
        call('SplitShard', { StreamName: 'demo', ShardToSplit: 'shardId-000000000009', NewStartingHashKey: '1' }),
      ),
    ).toEqual({
      name: 'ResourceNotFoundException',
      message: 'Could not find shard shardId-000000000009 in stream demo under account 000000000000.',
    });
  });

  it('reshards and lists shards with filters', () => {
    const { call, wait } = setup();
    call('CreateStream', { StreamName: 'demo', ShardCount: 2 });
    wait();
    call('SplitShard', {
      StreamName: 'demo',
      ShardToSplit: 'shardId-000000000000',
      NewStartingHashKey: (2n ** 126n).toString(),
    });
    expect(
      catchError(() =>
        call('MergeShards', {
          StreamName: 'demo',
          ShardToMerge: 'shardId-000000000001',
          AdjacentShardToMerge: 'shardId-000000000000',
        }),
      ),
    ).toMatchObject({
      name: 'ResourceInUseException',
      message: 'Stream demo under account 000000000000 not ACTIVE, instead in state UPDATING',
    });
    wait();
    const ids = (filter?: object) =>
      (
        call('ListShards', { StreamName: 'demo', ...(filter ? { ShardFilter: filter } : {}) }) as {
          Shards: { ShardId: string }[];
        }
      ).Shards.map((s) => s.ShardId.slice(-1));
    expect(ids()).toEqual(['0', '1', '2', '3']);
    expect(ids({ Type: 'AT_LATEST' })).toEqual(['1', '2', '3']);
    expect(ids({ Type: 'AT_TRIM_HORIZON' })).toEqual(['0', '1']);
    expect(ids({ Type: 'AFTER_SHARD_ID', ShardId: 'shardId-000000000001' })).toEqual(['2', '3']);
    const parent = (
      call('ListShards', { StreamName: 'demo' }) as {
        Shards: { SequenceNumberRange: { EndingSequenceNumber?: string } }[];
      }
    ).Shards[0]!;
    expect(parent.SequenceNumberRange.EndingSequenceNumber).toMatch(/^\d{56}$/);
    expect(
      call('UpdateShardCount', { StreamName: 'demo', TargetShardCount: 6, ScalingType: 'UNIFORM_SCALING' }),
    ).toMatchObject({ CurrentShardCount: 3, TargetShardCount: 6 });
  });

  it('manages retention, mode, record size, consumers, monitoring and tags', () => {
    const { call, wait } = setup();
    call('CreateStream', { StreamName: 'demo', ShardCount: 1 });
    wait();
    call('IncreaseStreamRetentionPeriod', { StreamName: 'demo', RetentionPeriodHours: 168 });
    expect(
      catchError(() => call('DecreaseStreamRetentionPeriod', { StreamName: 'demo', RetentionPeriodHours: 200 }))
        .message,
    ).toBe(
      'Requested retention period (200 hours) for stream demo can not be longer than existing retention period (168 hours). Use IncreaseRetentionPeriod API.',
    );
    const arn = 'arn:aws:kinesis:us-east-1:000000000000:stream/demo';
    call('UpdateMaxRecordSize', { StreamARN: arn, MaxRecordSizeInKiB: 10240 });
    call('UpdateStreamMode', { StreamARN: arn, StreamModeDetails: { StreamMode: 'ON_DEMAND' } });
    expect(call('DescribeStreamSummary', { StreamARN: arn })).toMatchObject({
      StreamDescriptionSummary: {
        RetentionPeriodHours: 168,
        MaxRecordSizeInKiB: 10240,
        StreamModeDetails: { StreamMode: 'ON_DEMAND' },
      },
    });
    const registered = call('RegisterStreamConsumer', { StreamARN: arn, ConsumerName: 'dashboard' }) as {
      Consumer: { ConsumerARN: string };
    };
    expect(registered.Consumer.ConsumerARN).toBe(`${arn}/consumer/dashboard:1767225602`);
    expect(call('ListStreamConsumers', { StreamARN: arn })).toMatchObject({
      Consumers: [{ ConsumerName: 'dashboard', ConsumerStatus: 'CREATING' }],
    });
    wait();
    expect(call('ListStreamConsumers', { StreamARN: arn })).toMatchObject({
      Consumers: [{ ConsumerName: 'dashboard', ConsumerStatus: 'ACTIVE' }],
    });
    expect(call('DescribeStreamConsumer', { ConsumerARN: registered.Consumer.ConsumerARN })).toMatchObject({
      ConsumerDescription: { StreamARN: arn },
    });
    call('DeregisterStreamConsumer', { StreamARN: arn, ConsumerName: 'dashboard' });
    expect(
      call('EnableEnhancedMonitoring', { StreamName: 'demo', ShardLevelMetrics: ['IncomingBytes'] }),
    ).toMatchObject({ CurrentShardLevelMetrics: [], DesiredShardLevelMetrics: ['IncomingBytes'] });
    call('AddTagsToStream', { StreamName: 'demo', Tags: { team: 'data', env: 'lab' } });
    call('RemoveTagsFromStream', { StreamName: 'demo', TagKeys: ['env'] });
    expect(call('ListTagsForStream', { StreamName: 'demo' })).toEqual({
      Tags: [{ Key: 'team', Value: 'data' }],
      HasMoreTags: false,
    });
    call('DeleteStream', { StreamName: 'demo' });
    wait();
    expect(call('ListStreams', {})).toMatchObject({ StreamNames: [] });
  });
});
