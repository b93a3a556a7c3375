import {
  createDeliveryStream,
  deleteDeliveryStream,
  updateDeliveryStream,
} from '../../engine/firehose/deliveryStreams';
import { putFirehoseRecords } from '../../engine/firehose/directPut';
import { deliveryStreamNamed } from '../../engine/firehose/firehoseState';
import type { DeliveryStreamConfig, DeliveryStreamState } from '../../engine/firehose/firehoseTypes';
import type { SimState } from '../../engine/types';
import { KinesisError } from '../KinesisError';
import { OTHER_DESTINATIONS } from './firehoseShapes';
import { changesFromUpdate, configFromCreate, type ShardlabModel } from './readConfig';
import { checkTransformFunction } from './transformFunction';

type Input = Record<string, unknown>;

/** Firehose has one destination per stream (fact 30); AWS names it like this. */
export const DESTINATION_ID = 'destinationId-000000000001';

const seconds = (ms: number) => ms / 1000;

function sourceOf(sim: SimState, input: Input): DeliveryStreamConfig['source'] {
  const type = (input.DeliveryStreamType as string | undefined) ?? 'DirectPut';
  if (type === 'DirectPut') {
    if (input.KinesisStreamSourceConfiguration)
      throw new KinesisError(
        'InvalidArgumentException',
        'KinesisStreamSourceConfiguration is only allowed when DeliveryStreamType is KinesisStreamAsSource.',
      );
    return { kind: 'DirectPut' };
  }
  if (type === 'KinesisStreamAsSource') {
    const source = input.KinesisStreamSourceConfiguration as Input | undefined;
    if (!source)
      throw new KinesisError(
        'InvalidArgumentException',
        'KinesisStreamSourceConfiguration is required when DeliveryStreamType is KinesisStreamAsSource.',
      );
    const arn = source.KinesisStreamARN as string;
    const stream = arn.slice(arn.indexOf(':stream/') + ':stream/'.length);
    if (!sim.streams[stream])
      throw new KinesisError('InvalidArgumentException', `Stream ${arn} does not exist in account ${sim.account}.`);
    return { kind: 'KinesisStream', stream };
  }
  throw new KinesisError(
    'InvalidArgumentException',
    `Shardlab simulates Direct PUT and Kinesis data stream sources; ${type} (Amazon MSK, databases) is explained in the course, not simulated.`,
  );
}

export function CreateDeliveryStream(sim: SimState, input: Input, model: ShardlabModel) {
  for (const [member, name] of Object.entries(OTHER_DESTINATIONS)) {
    if (input[member])
      throw new KinesisError(
        'InvalidArgumentException',
        `Shardlab simulates Amazon S3 destinations only. Firehose can deliver to ${name} (one destination per stream), which the course explains but this simulator does not run: use ExtendedS3DestinationConfiguration.`,
      );
  }
  if (!input.ExtendedS3DestinationConfiguration && !input.S3DestinationConfiguration)
    throw new KinesisError(
      'InvalidArgumentException',
      'A destination is required: give ExtendedS3DestinationConfiguration (the only destination Shardlab simulates).',
    );
  if (input.ExtendedS3DestinationConfiguration && input.S3DestinationConfiguration)
    throw new KinesisError('InvalidArgumentException', 'Specify only one destination configuration.');
  const source = sourceOf(sim, input);
  const { config, roleArn, lambdaArn } = configFromCreate(input, source, model);
  if (lambdaArn && !model.Transform) checkTransformFunction(sim, lambdaArn);
  const sourceRole = (input.KinesisStreamSourceConfiguration as Input | undefined)?.RoleARN as string | undefined;
  const stream = createDeliveryStream(sim, {
    ...config,
    arns: { role: roleArn, ...(lambdaArn ? { lambda: lambdaArn } : {}), ...(sourceRole ? { sourceRole } : {}) },
  });
  return { DeliveryStreamARN: stream.arn };
}

export function DeleteDeliveryStream(sim: SimState, input: Input) {
  deleteDeliveryStream(sim, input.DeliveryStreamName as string);
  return {};
}

function processingDescription(stream: DeliveryStreamState) {
  const { config } = stream;
  const processors: Input[] = [];
  if (config.partitioning)
    processors.push({
      Type: 'MetadataExtraction',
      Parameters: [
        {
          ParameterName: 'MetadataExtractionQuery',
          ParameterValue: `{${config.partitioning.keyName}:.${config.partitioning.jsonField}}`,
        },
        { ParameterName: 'JsonParsingEngine', ParameterValue: 'JQ-1.6' },
      ],
    });
  if (config.transform)
    processors.push({
      Type: 'Lambda',
      Parameters: [
        {
          ParameterName: 'LambdaArn',
          ParameterValue: config.arns?.lambda ?? 'arn:aws:lambda:us-east-1:000000000000:function:transform',
        },
        { ParameterName: 'NumberOfRetries', ParameterValue: String(config.transform.retries) },
      ],
    });
  return { Enabled: processors.length > 0, Processors: processors };
}

function describe(sim: SimState, stream: DeliveryStreamState) {
  const { config } = stream;
  const bucketArn = `arn:aws:s3:::${config.bucket}`;
  const roleArn = config.arns?.role ?? `arn:aws:iam::${sim.account}:role/firehose`;
  const s3 = {
    RoleARN: roleArn,
    BucketARN: bucketArn,
    ...(config.prefix !== undefined ? { Prefix: config.prefix } : {}),
    ...(config.errorOutputPrefix !== undefined ? { ErrorOutputPrefix: config.errorOutputPrefix } : {}),
    BufferingHints: { SizeInMBs: config.buffering.sizeMiB, IntervalInSeconds: config.buffering.intervalSeconds },
    CompressionFormat: 'UNCOMPRESSED',
    EncryptionConfiguration: { NoEncryptionConfig: 'NoEncryption' },
  };
  const kinesisSource = config.source.kind === 'KinesisStream' ? config.source.stream : undefined;
  return {
    DeliveryStreamName: config.name,
    DeliveryStreamARN: stream.arn,
    DeliveryStreamStatus: stream.status,
    DeliveryStreamEncryptionConfiguration: { Status: 'DISABLED' },
    DeliveryStreamType: kinesisSource ? 'KinesisStreamAsSource' : 'DirectPut',
    VersionId: String(stream.version),
    CreateTimestamp: seconds(stream.createdAt),
    ...(stream.version > 1 ? { LastUpdateTimestamp: seconds(stream.lastUpdatedAt) } : {}),
    ...(kinesisSource
      ? {
          Source: {
            KinesisStreamSourceDescription: {
              KinesisStreamARN:
                sim.streams[kinesisSource]?.arn ??
                `arn:aws:kinesis:${sim.region}:${sim.account}:stream/${kinesisSource}`,
              RoleARN: config.arns?.sourceRole ?? roleArn,
              DeliveryStartTimestamp: seconds(stream.createdAt),
            },
          },
        }
      : {}),
    Destinations: [
      {
        DestinationId: DESTINATION_ID,
        S3DestinationDescription: s3,
        ExtendedS3DestinationDescription: {
          ...s3,
          ProcessingConfiguration: processingDescription(stream),
          S3BackupMode: 'Disabled',
          ...(config.conversion
            ? {
                DataFormatConversionConfiguration: {
                  Enabled: true,
                  OutputFormatConfiguration: {
                    Serializer: config.conversion.format === 'ORC' ? { OrcSerDe: {} } : { ParquetSerDe: {} },
                  },
                },
              }
            : {}),
          DynamicPartitioningConfiguration: { Enabled: !!config.partitioning },
        },
      },
    ],
    HasMoreDestinations: false,
  };
}

export function DescribeDeliveryStream(sim: SimState, input: Input) {
  return { DeliveryStreamDescription: describe(sim, deliveryStreamNamed(sim, input.DeliveryStreamName as string)) };
}

export function ListDeliveryStreams(sim: SimState, input: Input) {
  const type = input.DeliveryStreamType as string | undefined;
  const start = input.ExclusiveStartDeliveryStreamName as string | undefined;
  const limit = (input.Limit as number | undefined) ?? 10;
  const names = Object.values(sim.firehose?.deliveryStreams ?? {})
    .filter((s) => !type || (s.config.source.kind === 'KinesisStream' ? 'KinesisStreamAsSource' : 'DirectPut') === type)
    .map((s) => s.config.name)
    .sort()
    .filter((name) => start === undefined || name > start);
  return { DeliveryStreamNames: names.slice(0, limit), HasMoreDeliveryStreams: names.length > limit };
}

export function PutRecord(sim: SimState, input: Input) {
  const data = (input.Record as Input).Data as string;
  const [result] = putFirehoseRecords(sim, input.DeliveryStreamName as string, [data], false);
  return { RecordId: result!.ok ? result!.recordId : '', Encrypted: false };
}

export function PutRecordBatch(sim: SimState, input: Input) {
  const records = (input.Records as Input[]).map((r) => (r.Data as string | undefined) ?? '');
  const results = putFirehoseRecords(sim, input.DeliveryStreamName as string, records, true);
  return {
    FailedPutCount: results.filter((r) => !r.ok).length,
    Encrypted: false,
    RequestResponses: results.map((r) =>
      r.ok ? { RecordId: r.recordId } : { ErrorCode: r.errorCode, ErrorMessage: r.errorMessage },
    ),
  };
}

export function UpdateDestination(sim: SimState, input: Input, model: ShardlabModel) {
  const name = input.DeliveryStreamName as string;
  const stream = deliveryStreamNamed(sim, name);
  if (input.CurrentDeliveryStreamVersionId !== String(stream.version))
    throw new KinesisError(
      'ConcurrentModificationException',
      `CurrentDeliveryStreamVersionId ${String(input.CurrentDeliveryStreamVersionId)} does not match the current version ${stream.version} of Firehose stream ${name}. Describe the stream and retry with its VersionId.`,
    );
  if (input.DestinationId !== DESTINATION_ID)
    throw new KinesisError(
      'InvalidArgumentException',
      `Destination ${String(input.DestinationId)} not found in Firehose stream ${name}; its destination is ${DESTINATION_ID}.`,
    );
  const update = (input.ExtendedS3DestinationUpdate ?? input.S3DestinationUpdate ?? {}) as Input;
  const { changes, roleArn, lambdaArn } = changesFromUpdate(update, stream.config, model);
  if (lambdaArn && !model.Transform) checkTransformFunction(sim, lambdaArn);
  if (roleArn || lambdaArn)
    changes.arns = {
      ...stream.config.arns,
      ...(roleArn ? { role: roleArn } : {}),
      ...(lambdaArn ? { lambda: lambdaArn } : {}),
    };
  updateDeliveryStream(sim, name, changes);
  return {};
}
