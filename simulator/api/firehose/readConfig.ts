/**
 * Turns a CreateDeliveryStream / UpdateDestination request into the engine's configuration, and back
 * into DescribeDeliveryStream's shapes. The transform's behaviour (how long it takes, what it drops or
 * fails) is not part of AWS's API — a real Lambda function decides it — so the simulator takes it from
 * an extension member, `ShardlabModel`, that only the playground and scenarios send.
 */
import { KinesisError } from '../KinesisError';
import {
  DEFAULT_BUFFER_INTERVAL_SECONDS,
  DEFAULT_CONVERSION_RATIO,
  DEFAULT_MAX_ACTIVE_PARTITIONS,
  DEFAULT_TRANSFORM_RETRIES,
} from '../../engine/firehose/firehoseLimits';
import { defaultSizeMiB } from '../../engine/firehose/deliveryStreams';
import type {
  ConversionConfig,
  DeliveryStreamConfig,
  PartitioningConfig,
  SyntheticLoad,
  TransformConfig,
} from '../../engine/firehose/firehoseTypes';

type Input = Record<string, unknown>;
const invalid = (message: string) => new KinesisError('InvalidArgumentException', message);

/** The simulator's extension member: behaviour AWS leaves to your code or your traffic. */
export interface ShardlabModel {
  Transform?: { DurationMsPerBatch?: number; DropRate?: number; FailureRate?: number; InvocationFailureRate?: number };
  Load?: { RecordsPerSecond: number; RecordBytes: number };
  ConversionSizeRatio?: number;
  SyntheticPartitionValues?: string[];
}

/** Reads and checks `ShardlabModel` (it bypasses the API model, so it is checked here). */
export function readShardlabModel(value: unknown): ShardlabModel {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') throw invalid('ShardlabModel must be an object.');
  const model = value as ShardlabModel;
  const numbers = [
    model.Transform?.DurationMsPerBatch,
    model.Transform?.DropRate,
    model.Transform?.FailureRate,
    model.Transform?.InvocationFailureRate,
    model.Load?.RecordsPerSecond,
    model.Load?.RecordBytes,
    model.ConversionSizeRatio,
  ];
  if (numbers.some((n) => n !== undefined && (typeof n !== 'number' || !Number.isFinite(n) || n < 0)))
    throw invalid('ShardlabModel numbers must be finite and not negative.');
  if (model.SyntheticPartitionValues?.some((v) => typeof v !== 'string'))
    throw invalid('ShardlabModel.SyntheticPartitionValues must be strings.');
  return model;
}

function parameter(processors: Input[], type: string, name: string): string | undefined {
  const processor = processors.find((p) => p.Type === type);
  const parameters = (processor?.Parameters as Input[] | undefined) ?? [];
  return parameters.find((p) => p.ParameterName === name)?.ParameterValue as string | undefined;
}

/** The bucket name in `arn:aws:s3:::<name>`. */
export function bucketFromArn(arn: string): string {
  return arn.slice(arn.lastIndexOf(':') + 1);
}

interface DestinationParts {
  transform?: TransformConfig;
  conversion?: ConversionConfig;
  partitioning?: PartitioningConfig;
  lambdaArn?: string;
}

function readProcessing(destination: Input, model: ShardlabModel, creating: boolean): DestinationParts {
  const parts: DestinationParts = {};
  const processing = destination.ProcessingConfiguration as Input | undefined;
  const processors = processing?.Enabled === false ? [] : ((processing?.Processors as Input[] | undefined) ?? []);
  const lambdaArn = parameter(processors, 'Lambda', 'LambdaArn');
  if (processors.some((p) => p.Type === 'Lambda')) {
    if (!lambdaArn) throw invalid('A Lambda processor needs the LambdaArn parameter.');
    const retries = parameter(processors, 'Lambda', 'NumberOfRetries');
    parts.lambdaArn = lambdaArn;
    parts.transform = {
      durationMsPerBatch: model.Transform?.DurationMsPerBatch ?? 0,
      dropRate: model.Transform?.DropRate ?? 0,
      failureRate: model.Transform?.FailureRate ?? 0,
      invocationFailureRate: model.Transform?.InvocationFailureRate ?? 0,
      retries: retries === undefined ? DEFAULT_TRANSFORM_RETRIES : Number(retries),
    };
  }
  const conversion = destination.DataFormatConversionConfiguration as Input | undefined;
  if (conversion && conversion.Enabled !== false) {
    const serializer = (conversion.OutputFormatConfiguration as Input | undefined)?.Serializer as Input | undefined;
    parts.conversion = {
      format: serializer?.OrcSerDe ? 'ORC' : 'PARQUET',
      sizeRatio: model.ConversionSizeRatio ?? DEFAULT_CONVERSION_RATIO,
    };
  }
  const partitioning = destination.DynamicPartitioningConfiguration as Input | undefined;
  if (partitioning?.Enabled === true) {
    if (!creating) throw invalid('Dynamic partitioning can be enabled only when the Firehose stream is created.');
    const query = parameter(processors, 'MetadataExtraction', 'MetadataExtractionQuery') ?? '';
    const match = /^\{\s*([A-Za-z0-9_]+)\s*:\s*\.([A-Za-z0-9_]+)\s*\}$/.exec(query);
    if (!match)
      throw invalid(
        'Dynamic partitioning needs a MetadataExtraction processor whose MetadataExtractionQuery reads one JSON field, such as {customer_id:.customer_id}.',
      );
    parts.partitioning = {
      keyName: match[1]!,
      jsonField: match[2]!,
      maxActivePartitions: DEFAULT_MAX_ACTIVE_PARTITIONS,
      syntheticValues: model.SyntheticPartitionValues?.length ? model.SyntheticPartitionValues : ['synthetic'],
    };
  }
  return parts;
}

/** The engine configuration and the ARNs DescribeDeliveryStream echoes. */
export interface ReadConfig {
  config: DeliveryStreamConfig;
  roleArn: string;
  lambdaArn?: string;
}

/** A CreateDeliveryStream request (after validation) as engine configuration. */
export function configFromCreate(
  input: Input,
  source: DeliveryStreamConfig['source'],
  model: ShardlabModel,
): ReadConfig {
  const destination = (input.ExtendedS3DestinationConfiguration ?? input.S3DestinationConfiguration) as Input;
  const parts = readProcessing(destination, model, true);
  const hints = (destination.BufferingHints as Input | undefined) ?? {};
  const load: SyntheticLoad | undefined = model.Load
    ? { recordsPerSecond: model.Load.RecordsPerSecond, recordBytes: model.Load.RecordBytes }
    : undefined;
  const config: DeliveryStreamConfig = {
    name: input.DeliveryStreamName as string,
    source,
    bucket: bucketFromArn(destination.BucketARN as string),
    buffering: {
      sizeMiB: (hints.SizeInMBs as number | undefined) ?? defaultSizeMiB(parts),
      intervalSeconds: (hints.IntervalInSeconds as number | undefined) ?? DEFAULT_BUFFER_INTERVAL_SECONDS,
    },
    ...(destination.Prefix !== undefined ? { prefix: destination.Prefix as string } : {}),
    ...(destination.ErrorOutputPrefix !== undefined
      ? { errorOutputPrefix: destination.ErrorOutputPrefix as string }
      : {}),
    ...(parts.transform ? { transform: parts.transform } : {}),
    ...(parts.conversion ? { conversion: parts.conversion } : {}),
    ...(parts.partitioning ? { partitioning: parts.partitioning } : {}),
    ...(load ? { load } : {}),
  };
  return { config, roleArn: destination.RoleARN as string, ...(parts.lambdaArn ? { lambdaArn: parts.lambdaArn } : {}) };
}

/**
 * An UpdateDestination request merged into the current configuration: members it names replace the
 * old ones, the rest are kept (as Firehose merges updates to the same destination type).
 */
export function changesFromUpdate(
  update: Input,
  current: DeliveryStreamConfig,
  model: ShardlabModel,
): { changes: Partial<DeliveryStreamConfig>; roleArn?: string; lambdaArn?: string } {
  const changes: Partial<DeliveryStreamConfig> = {};
  const parts = readProcessing(update, model, false);
  if (update.BucketARN !== undefined) changes.bucket = bucketFromArn(update.BucketARN as string);
  if (update.Prefix !== undefined) changes.prefix = update.Prefix as string;
  if (update.ErrorOutputPrefix !== undefined) changes.errorOutputPrefix = update.ErrorOutputPrefix as string;
  const hints = update.BufferingHints as Input | undefined;
  if (hints)
    changes.buffering = {
      sizeMiB: (hints.SizeInMBs as number | undefined) ?? current.buffering.sizeMiB,
      intervalSeconds: (hints.IntervalInSeconds as number | undefined) ?? current.buffering.intervalSeconds,
    };
  const processing = update.ProcessingConfiguration as Input | undefined;
  if (processing) changes.transform = parts.transform;
  else if (model.Transform && current.transform)
    changes.transform = {
      ...current.transform,
      durationMsPerBatch: model.Transform.DurationMsPerBatch ?? current.transform.durationMsPerBatch,
      dropRate: model.Transform.DropRate ?? current.transform.dropRate,
      failureRate: model.Transform.FailureRate ?? current.transform.failureRate,
      invocationFailureRate: model.Transform.InvocationFailureRate ?? current.transform.invocationFailureRate,
    };
  if (update.DataFormatConversionConfiguration) changes.conversion = parts.conversion;
  else if (model.ConversionSizeRatio !== undefined && current.conversion)
    changes.conversion = { ...current.conversion, sizeRatio: model.ConversionSizeRatio };
  if (model.Load) changes.load = { recordsPerSecond: model.Load.RecordsPerSecond, recordBytes: model.Load.RecordBytes };
  return {
    changes,
    ...(update.RoleARN !== undefined ? { roleArn: update.RoleARN as string } : {}),
    ...(parts.lambdaArn ? { lambdaArn: parts.lambdaArn } : {}),
  };
}
