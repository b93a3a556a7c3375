/**
 * The Firehose request shapes the simulator reads, from the API model (botocore
 * `data/firehose/2015-08-04/service-2.json`; constraints as the model states them). Only the members the
 * simulator uses are declared: others are dropped when a request is read, as for Kinesis. The other
 * destinations are declared empty so that naming one reaches the operation, which explains it.
 */
import type { Shape, StringShape, StructureShape } from '../validation/shapeTypes';

const string = (min: number, max: number, pattern?: string): StringShape => ({
  type: 'string',
  min,
  max,
  ...(pattern ? { pattern } : {}),
});
const structure = (name: string, members: Record<string, Shape>, required: string[] = []): StructureShape => ({
  type: 'structure',
  name,
  members,
  required,
});

const DELIVERY_STREAM_NAME = string(1, 64, '[a-zA-Z0-9_.-]+');
const ROLE_ARN = string(1, 512, 'arn:.*:iam::\\d{12}:role/[a-zA-Z_0-9+=,.@\\-_/]+');
const BUCKET_ARN = string(1, 2048, 'arn:.*:s3:::[\\w\\.\\-]{1,255}');
const KINESIS_STREAM_ARN = string(1, 512, 'arn:.*:kinesis:[a-zA-Z0-9\\-]+:\\d{12}:stream/[a-zA-Z0-9_.-]+');
const PREFIX = string(0, 1024);
const LIMIT = { type: 'integer', min: 1, max: 10000 } as const;
const BOOLEAN = { type: 'boolean' } as const;

const BUFFERING_HINTS = structure('BufferingHints', {
  SizeInMBs: { type: 'integer', min: 1, max: 128 },
  IntervalInSeconds: { type: 'integer', min: 0, max: 900 },
});

const PROCESSING_CONFIGURATION = structure('ProcessingConfiguration', {
  Enabled: BOOLEAN,
  Processors: {
    type: 'list',
    member: structure(
      'Processor',
      {
        Type: {
          type: 'string',
          enum: [
            'RecordDeAggregation',
            'Decompression',
            'CloudWatchLogProcessing',
            'Lambda',
            'MetadataExtraction',
            'AppendDelimiterToRecord',
          ],
        },
        Parameters: {
          type: 'list',
          member: structure('ProcessorParameter', { ParameterName: string(0, 256), ParameterValue: string(1, 5120) }, [
            'ParameterName',
            'ParameterValue',
          ]),
        },
      },
      ['Type'],
    ),
  },
});

const SERIALIZER = structure('Serializer', {
  ParquetSerDe: structure('ParquetSerDe', {}),
  OrcSerDe: structure('OrcSerDe', {}),
});

const DATA_FORMAT_CONVERSION = structure('DataFormatConversionConfiguration', {
  Enabled: BOOLEAN,
  SchemaConfiguration: structure('SchemaConfiguration', {
    DatabaseName: string(1, 1024),
    TableName: string(1, 1024),
  }),
  OutputFormatConfiguration: structure('OutputFormatConfiguration', { Serializer: SERIALIZER }),
});

const DYNAMIC_PARTITIONING = structure('DynamicPartitioningConfiguration', { Enabled: BOOLEAN });

const S3_MEMBERS = {
  RoleARN: ROLE_ARN,
  BucketARN: BUCKET_ARN,
  Prefix: PREFIX,
  ErrorOutputPrefix: PREFIX,
  BufferingHints: BUFFERING_HINTS,
  ProcessingConfiguration: PROCESSING_CONFIGURATION,
  DataFormatConversionConfiguration: DATA_FORMAT_CONVERSION,
  DynamicPartitioningConfiguration: DYNAMIC_PARTITIONING,
};

/** Destinations Firehose offers that the simulator explains instead of simulating (fact 30). */
export const OTHER_DESTINATIONS = {
  RedshiftDestinationConfiguration: 'Amazon Redshift',
  ElasticsearchDestinationConfiguration: 'Amazon Elasticsearch Service',
  AmazonopensearchserviceDestinationConfiguration: 'Amazon OpenSearch Service',
  AmazonOpenSearchServerlessDestinationConfiguration: 'Amazon OpenSearch Serverless',
  SplunkDestinationConfiguration: 'Splunk',
  HttpEndpointDestinationConfiguration: 'an HTTP endpoint',
  SnowflakeDestinationConfiguration: 'Snowflake',
  IcebergDestinationConfiguration: 'Apache Iceberg tables',
} as const;

const otherDestinations = Object.fromEntries(
  Object.keys(OTHER_DESTINATIONS).map((name) => [name, structure(name.replace(/Configuration$/, ''), {})]),
);

export const FIREHOSE_SHAPES: Record<string, StructureShape> = {
  CreateDeliveryStream: structure(
    'CreateDeliveryStreamInput',
    {
      DeliveryStreamName: DELIVERY_STREAM_NAME,
      DeliveryStreamType: {
        type: 'string',
        enum: ['DirectPut', 'KinesisStreamAsSource', 'MSKAsSource', 'DatabaseAsSource'],
      },
      KinesisStreamSourceConfiguration: structure(
        'KinesisStreamSourceConfiguration',
        { KinesisStreamARN: KINESIS_STREAM_ARN, RoleARN: ROLE_ARN },
        ['KinesisStreamARN', 'RoleARN'],
      ),
      S3DestinationConfiguration: structure(
        'S3DestinationConfiguration',
        {
          RoleARN: ROLE_ARN,
          BucketARN: BUCKET_ARN,
          Prefix: PREFIX,
          ErrorOutputPrefix: PREFIX,
          BufferingHints: BUFFERING_HINTS,
        },
        ['RoleARN', 'BucketARN'],
      ),
      ExtendedS3DestinationConfiguration: structure('ExtendedS3DestinationConfiguration', S3_MEMBERS, [
        'RoleARN',
        'BucketARN',
      ]),
      ...otherDestinations,
    },
    ['DeliveryStreamName'],
  ),
  DeleteDeliveryStream: structure(
    'DeleteDeliveryStreamInput',
    { DeliveryStreamName: DELIVERY_STREAM_NAME, AllowForceDelete: BOOLEAN },
    ['DeliveryStreamName'],
  ),
  DescribeDeliveryStream: structure(
    'DescribeDeliveryStreamInput',
    {
      DeliveryStreamName: DELIVERY_STREAM_NAME,
      Limit: LIMIT,
      ExclusiveStartDestinationId: string(1, 100, '[a-zA-Z0-9-]+'),
    },
    ['DeliveryStreamName'],
  ),
  ListDeliveryStreams: structure('ListDeliveryStreamsInput', {
    Limit: LIMIT,
    DeliveryStreamType: {
      type: 'string',
      enum: ['DirectPut', 'KinesisStreamAsSource', 'MSKAsSource', 'DatabaseAsSource'],
    },
    ExclusiveStartDeliveryStreamName: DELIVERY_STREAM_NAME,
  }),
  PutRecord: structure(
    'PutRecordInput',
    {
      DeliveryStreamName: DELIVERY_STREAM_NAME,
      Record: structure('Record', { Data: { type: 'blob', min: 0, max: 1024000 } }, ['Data']),
    },
    ['DeliveryStreamName', 'Record'],
  ),
  PutRecordBatch: structure(
    'PutRecordBatchInput',
    {
      DeliveryStreamName: DELIVERY_STREAM_NAME,
      Records: {
        type: 'list',
        min: 1,
        max: 500,
        member: structure('Record', { Data: { type: 'blob', min: 0, max: 1024000 } }, ['Data']),
      },
    },
    ['DeliveryStreamName', 'Records'],
  ),
  UpdateDestination: structure(
    'UpdateDestinationInput',
    {
      DeliveryStreamName: DELIVERY_STREAM_NAME,
      CurrentDeliveryStreamVersionId: string(1, 50, '[0-9]+'),
      DestinationId: string(1, 100, '[a-zA-Z0-9-]+'),
      ExtendedS3DestinationUpdate: structure('ExtendedS3DestinationUpdate', S3_MEMBERS),
      S3DestinationUpdate: structure('S3DestinationUpdate', {
        RoleARN: ROLE_ARN,
        BucketARN: BUCKET_ARN,
        Prefix: PREFIX,
        ErrorOutputPrefix: PREFIX,
        BufferingHints: BUFFERING_HINTS,
      }),
    },
    ['DeliveryStreamName', 'CurrentDeliveryStreamVersionId', 'DestinationId'],
  ),
};
