import { describe, expect, it } from 'vitest';
import { advance } from '../advance';
import { batchRecords } from './batchRecords';
import { buildKinesisEvent, executionRoleArn, functionArn } from './lambdaEvent';
import { eventFor } from './invocations';
import { syntheticRecords } from '../materialize';
import { lambdaSetup } from './testing/lambdaSetup';

describe('buildKinesisEvent', () => {
  it('has the shape Lambda passes to a function for Kinesis (fact 22)', () => {
    const event = buildKinesisEvent(
      {
        shardId: 'shardId-000000000000',
        streamArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/orders',
        region: 'us-east-1',
        roleArn: executionRoleArn('000000000000', 'process'),
      },
      [
        {
          sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
          partitionKey: 'user-1',
          data: 'aGVsbG8=',
          arrival: 1_767_225_602_123,
        },
      ],
    );
    expect(event).toEqual({
      Records: [
        {
          kinesis: {
            kinesisSchemaVersion: '1.0',
            partitionKey: 'user-1',
            sequenceNumber: '49590338271490256608559692538361571095921575989136588898',
            data: 'aGVsbG8=',
            approximateArrivalTimestamp: 1_767_225_602.123,
          },
          eventSource: 'aws:kinesis',
          eventVersion: '1.0',
          eventID: 'shardId-000000000000:49590338271490256608559692538361571095921575989136588898',
          eventName: 'aws:kinesis:record',
          invokeIdentityArn: 'arn:aws:iam::000000000000:role/process-role',
          awsRegion: 'us-east-1',
          eventSourceARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/orders',
        },
      ],
    });
    expect(functionArn('us-east-1', '000000000000', 'process')).toBe(
      'arn:aws:lambda:us-east-1:000000000000:function:process',
    );
  });

  it('carries a batch’s records with their data, in order', () => {
    const { sim, mapping } = lambdaSetup({ keys: ['a', 'b', 'c'] });
    advance(sim, sim.now + 1_000);
    const stream = sim.streams.orders!;
    const ms = mapping.shards[0]!;
    const reader = { stream, shard: stream.shards[0]!, ms, factor: 1, materialize: syntheticRecords(sim) };
    const batch = { first: 0, last: 2, count: 3, attempts: 0, invokes: 0 };
    const ctx = {
      state: sim,
      lambda: sim.lambda!,
      mapping,
      fn: sim.lambda!.functions[0]!,
      reader,
      shardId: 'shardId-000000000000',
    };
    const event = eventFor(ctx, batch, 0);
    expect(event.Records.map((r) => [r.kinesis.partitionKey, atob(r.kinesis.data)])).toEqual([
      ['a', 'order 0'],
      ['b', 'order 1'],
      ['c', 'order 2'],
    ]);
    expect(batchRecords(reader, batch, 0)).toHaveLength(3);
  });
});
