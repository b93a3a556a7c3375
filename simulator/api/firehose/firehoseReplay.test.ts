import { describe, expect, it } from 'vitest';
import { replay, type SimCommand } from '../../engine/commands';
import { serializeSimulation } from '../../engine/serialize';
import { callApi } from '../callApi';

describe('firehose/call commands', () => {
  it('replay a command log exactly, errors included', () => {
    const log: SimCommand[] = [
      {
        type: 'firehose/call',
        operation: 'CreateDeliveryStream',
        input: {
          DeliveryStreamName: 'logs',
          ExtendedS3DestinationConfiguration: {
            RoleARN: 'arn:aws:iam::000000000000:role/firehose',
            BucketARN: 'arn:aws:s3:::archive',
            BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 10 },
          },
        },
      },
      { type: 'time/advance', until: Date.UTC(2026, 0, 1, 0, 0, 3) },
      {
        type: 'firehose/call',
        operation: 'PutRecordBatch',
        input: { DeliveryStreamName: 'logs', Records: [{ Data: 'aGk=' }, { Data: 'eW8=' }] },
      },
      {
        type: 'firehose/call',
        operation: 'PutRecord',
        input: { DeliveryStreamName: 'nope', Record: { Data: 'aGk=' } },
      },
      { type: 'time/advance', until: Date.UTC(2026, 0, 1, 0, 0, 20) },
    ];
    const first = replay({ seed: 4 }, log, callApi);
    const second = replay({ seed: 4 }, log, callApi);
    expect(first.errors).toEqual([
      {
        index: 3,
        name: 'ResourceNotFoundException',
        message: 'Firehose stream nope under account 000000000000 not found.',
      },
    ]);
    expect(first.sim.firehose!.buckets.archive).toMatchObject({ objectCount: 1, records: 2, bytes: 4 });
    expect(serializeSimulation(second.sim)).toBe(serializeSimulation(first.sim));
  });
});
