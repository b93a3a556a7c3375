import { describe, expect, it } from 'vitest';
import { advance } from '../../engine/advance';
import { createSimulation } from '../../engine/createSimulation';
import { createKinesisApi } from '../createKinesisApi';
import { createFirehoseApi } from './createFirehoseApi';

const ROLE = 'arn:aws:iam::000000000000:role/firehose';
// Responses are plain JSON; tests look into them by path.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const S3 = { RoleARN: ROLE, BucketARN: 'arn:aws:s3:::archive' };

function setup() {
  const sim = createSimulation({ seed: 3 });
  const firehose = createFirehoseApi(sim);
  return {
    sim,
    firehose,
    failure: (operation: string, input: Record<string, unknown>) => {
      try {
        firehose(operation, input);
      } catch (error) {
        const e = error as Error;
        return { name: e.name, message: e.message };
      }
      throw new Error('expected a failure');
    },
  };
}

describe('the Firehose API', () => {
  it('creates a Direct PUT stream to S3: CREATING, then ACTIVE, described in AWS shapes', () => {
    const { sim, firehose } = setup();
    expect(
      firehose('CreateDeliveryStream', {
        DeliveryStreamName: 'deliveries',
        ExtendedS3DestinationConfiguration: { ...S3, BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 } },
      }),
    ).toEqual({ DeliveryStreamARN: 'arn:aws:firehose:us-east-1:000000000000:deliverystream/deliveries' });
    const describe = () =>
      (
        firehose('DescribeDeliveryStream', { DeliveryStreamName: 'deliveries' }) as {
          DeliveryStreamDescription: Record<string, unknown>;
        }
      ).DeliveryStreamDescription;
    expect(describe().DeliveryStreamStatus).toBe('CREATING');
    advance(sim, sim.now + 2000);
    expect(describe()).toMatchObject({
      DeliveryStreamStatus: 'ACTIVE',
      DeliveryStreamType: 'DirectPut',
      VersionId: '1',
      HasMoreDestinations: false,
      Destinations: [
        {
          DestinationId: 'destinationId-000000000001',
          ExtendedS3DestinationDescription: {
            RoleARN: ROLE,
            BucketARN: 'arn:aws:s3:::archive',
            BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
            CompressionFormat: 'UNCOMPRESSED',
            DynamicPartitioningConfiguration: { Enabled: false },
          },
        },
      ],
    });
    expect(firehose('ListDeliveryStreams', {})).toEqual({
      DeliveryStreamNames: ['deliveries'],
      HasMoreDeliveryStreams: false,
    });
  });

  it('defaults buffering to 5 MiB / 300 s, and puts records', () => {
    const { sim, firehose } = setup();
    firehose('CreateDeliveryStream', { DeliveryStreamName: 'd', S3DestinationConfiguration: S3 });
    advance(sim, sim.now + 2000);
    const hints = (firehose('DescribeDeliveryStream', { DeliveryStreamName: 'd' }) as Json).DeliveryStreamDescription
      .Destinations[0].ExtendedS3DestinationDescription.BufferingHints;
    expect(hints).toEqual({ SizeInMBs: 5, IntervalInSeconds: 300 });
    expect(firehose('PutRecord', { DeliveryStreamName: 'd', Record: { Data: 'aGk=' } })).toMatchObject({
      RecordId: expect.stringMatching(/^[0-9a-f]{32}$/),
      Encrypted: false,
    });
    const batch = firehose('PutRecordBatch', {
      DeliveryStreamName: 'd',
      Records: [{ Data: 'aGk=' }, { Data: 'aGk=' }],
    });
    expect(batch).toMatchObject({
      FailedPutCount: 0,
      Encrypted: false,
      RequestResponses: [{ RecordId: expect.any(String) }, { RecordId: expect.any(String) }],
    });
    advance(sim, sim.now + 300_000);
    expect(sim.firehose!.buckets.archive).toMatchObject({ objectCount: 1, records: 3, bytes: 6 });
  });

  it('answers mistakes with AWS error names', () => {
    const { sim, firehose, failure } = setup();
    expect(failure('PutRecord', { DeliveryStreamName: 'nope', Record: { Data: 'aGk=' } })).toEqual({
      name: 'ResourceNotFoundException',
      message: 'Firehose stream nope under account 000000000000 not found.',
    });
    expect(
      failure('PutRecordBatch', { DeliveryStreamName: 'd', Records: Array.from({ length: 501 }, () => ({ Data: '' })) })
        .message,
    ).toMatch(
      /^1 validation error detected: Value '.*' at 'records' failed to satisfy constraint: Member must have length less than or equal to 500$/,
    );
    expect(
      failure('CreateDeliveryStream', {
        DeliveryStreamName: 'd',
        ExtendedS3DestinationConfiguration: { ...S3, BufferingHints: { SizeInMBs: 129 } },
      }),
    ).toEqual({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value '129' at 'extendedS3DestinationConfiguration.bufferingHints.sizeInMBs' failed to satisfy constraint: Member must have value less than or equal to 128",
    });
    expect(
      failure('CreateDeliveryStream', { DeliveryStreamName: 'r', RedshiftDestinationConfiguration: {} }).message,
    ).toMatch(/^Shardlab simulates Amazon S3 destinations only\. Firehose can deliver to Amazon Redshift/);
    firehose('CreateDeliveryStream', { DeliveryStreamName: 'd', S3DestinationConfiguration: S3 });
    expect(failure('CreateDeliveryStream', { DeliveryStreamName: 'd', S3DestinationConfiguration: S3 }).name).toBe(
      'ResourceInUseException',
    );
    expect(failure('DeleteDeliveryStream', { DeliveryStreamName: 'd' }).name).toBe('ResourceInUseException');
    advance(sim, sim.now + 2000);
    expect(
      failure('UpdateDestination', {
        DeliveryStreamName: 'd',
        CurrentDeliveryStreamVersionId: '7',
        DestinationId: 'destinationId-000000000001',
      }).name,
    ).toBe('ConcurrentModificationException');
    expect(failure('GetRecords', {}).name).toBe('UnknownOperationException');
  });

  it('UpdateDestination merges changes and bumps VersionId; DeleteDeliveryStream removes it', () => {
    const { sim, firehose } = setup();
    firehose('CreateDeliveryStream', { DeliveryStreamName: 'd', ExtendedS3DestinationConfiguration: S3 });
    advance(sim, sim.now + 2000);
    firehose('UpdateDestination', {
      DeliveryStreamName: 'd',
      CurrentDeliveryStreamVersionId: '1',
      DestinationId: 'destinationId-000000000001',
      ExtendedS3DestinationUpdate: {
        BufferingHints: { IntervalInSeconds: 0 },
        Prefix: 'raw/',
        ErrorOutputPrefix: 'failed/!{firehose:error-output-type}/',
      },
    });
    const description = (firehose('DescribeDeliveryStream', { DeliveryStreamName: 'd' }) as Json)
      .DeliveryStreamDescription;
    expect(description.VersionId).toBe('2');
    expect(description.Destinations[0].ExtendedS3DestinationDescription).toMatchObject({
      Prefix: 'raw/',
      ErrorOutputPrefix: 'failed/!{firehose:error-output-type}/',
      BufferingHints: { SizeInMBs: 5, IntervalInSeconds: 0 },
    });
    firehose('DeleteDeliveryStream', { DeliveryStreamName: 'd' });
    advance(sim, sim.now + 1000);
    expect(firehose('ListDeliveryStreams', {})).toEqual({ DeliveryStreamNames: [], HasMoreDeliveryStreams: false });
  });

  it('reads a Kinesis data stream; Direct PUT calls are refused there', () => {
    const { sim, firehose, failure } = setup();
    createKinesisApi(sim)('CreateStream', { StreamName: 'events', ShardCount: 1 });
    firehose('CreateDeliveryStream', {
      DeliveryStreamName: 'archive',
      DeliveryStreamType: 'KinesisStreamAsSource',
      KinesisStreamSourceConfiguration: {
        KinesisStreamARN: 'arn:aws:kinesis:us-east-1:000000000000:stream/events',
        RoleARN: ROLE,
      },
      ExtendedS3DestinationConfiguration: {
        ...S3,
        ProcessingConfiguration: {
          Enabled: true,
          Processors: [
            {
              Type: 'Lambda',
              Parameters: [
                { ParameterName: 'LambdaArn', ParameterValue: 'arn:aws:lambda:us-east-1:000000000000:function:t' },
              ],
            },
          ],
        },
      },
      ShardlabModel: { Transform: { DropRate: 0.5 } },
    });
    advance(sim, sim.now + 2000);
    expect(sim.firehose!.deliveryStreams.archive!.config.transform).toEqual({
      durationMsPerBatch: 0,
      dropRate: 0.5,
      failureRate: 0,
      invocationFailureRate: 0,
      retries: 3,
    });
    expect(failure('PutRecord', { DeliveryStreamName: 'archive', Record: { Data: 'aGk=' } })).toEqual({
      name: 'InvalidArgumentException',
      message: 'This operation is not permitted on KinesisStreamAsSource delivery stream type.',
    });
    expect(
      (firehose('DescribeDeliveryStream', { DeliveryStreamName: 'archive' }) as Json).DeliveryStreamDescription.Source
        .KinesisStreamSourceDescription.KinesisStreamARN,
    ).toBe('arn:aws:kinesis:us-east-1:000000000000:stream/events');
  });

  it('dynamic partitioning from a MetadataExtraction query, chosen at creation only; Parquet needs 64 MiB', () => {
    const { sim, firehose, failure } = setup();
    const partitioned = {
      ...S3,
      BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 },
      Prefix: 'game=!{partitionKeyFromQuery:game}/',
      ErrorOutputPrefix: 'errors/!{firehose:error-output-type}/',
      DynamicPartitioningConfiguration: { Enabled: true },
      ProcessingConfiguration: {
        Enabled: true,
        Processors: [
          {
            Type: 'MetadataExtraction',
            Parameters: [
              { ParameterName: 'MetadataExtractionQuery', ParameterValue: '{game:.game}' },
              { ParameterName: 'JsonParsingEngine', ParameterValue: 'JQ-1.6' },
            ],
          },
        ],
      },
    };
    firehose('CreateDeliveryStream', { DeliveryStreamName: 'p', ExtendedS3DestinationConfiguration: partitioned });
    expect(sim.firehose!.deliveryStreams.p!.config.partitioning).toEqual({
      keyName: 'game',
      jsonField: 'game',
      maxActivePartitions: 500,
      syntheticValues: ['synthetic'],
    });
    advance(sim, sim.now + 2000);
    expect(
      failure('UpdateDestination', {
        DeliveryStreamName: 'p',
        CurrentDeliveryStreamVersionId: '1',
        DestinationId: 'destinationId-000000000001',
        ExtendedS3DestinationUpdate: { DynamicPartitioningConfiguration: { Enabled: true } },
      }),
    ).toEqual({
      name: 'InvalidArgumentException',
      message: 'Dynamic partitioning can be enabled only when the Firehose stream is created.',
    });
    expect(
      failure('CreateDeliveryStream', {
        DeliveryStreamName: 'parquet',
        ExtendedS3DestinationConfiguration: {
          ...S3,
          BufferingHints: { SizeInMBs: 5 },
          DataFormatConversionConfiguration: {
            Enabled: true,
            OutputFormatConfiguration: { Serializer: { ParquetSerDe: {} } },
          },
        },
      }).message,
    ).toBe(
      'With data format conversion enabled, BufferingHints.SizeInMBs must be at least 64 MiB; it is 5. Raise it (the default is then 128).',
    );
    firehose('CreateDeliveryStream', {
      DeliveryStreamName: 'parquet',
      ExtendedS3DestinationConfiguration: {
        ...S3,
        DataFormatConversionConfiguration: {
          Enabled: true,
          OutputFormatConfiguration: { Serializer: { ParquetSerDe: {} } },
        },
      },
    });
    expect(sim.firehose!.deliveryStreams.parquet!.config).toMatchObject({
      buffering: { sizeMiB: 128, intervalSeconds: 300 },
      conversion: { format: 'PARQUET', sizeRatio: 0.3 },
    });
    expect(
      failure('CreateDeliveryStream', {
        DeliveryStreamName: 'msk',
        DeliveryStreamType: 'MSKAsSource',
        S3DestinationConfiguration: S3,
      }).message,
    ).toMatch(/^Shardlab simulates Direct PUT and Kinesis data stream sources; MSKAsSource/);
  });
});
