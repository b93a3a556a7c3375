// Conformance: the real @aws-sdk/client-firehose against the endpoint backed by the real engine, covering every
// Firehose operation the simulator serves and its main errors. Virtual time is driven by a test clock.
import {
  CreateDeliveryStreamCommand,
  DeleteDeliveryStreamCommand,
  DescribeDeliveryStreamCommand,
  FirehoseClient,
  ListDeliveryStreamsCommand,
  PutRecordBatchCommand,
  PutRecordCommand,
  UpdateDestinationCommand,
} from '@aws-sdk/client-firehose';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREHOSE_OPERATIONS } from '../simulator/api/firehose/createFirehoseApi';
import { sdkConformance } from './testing/sdkConformance';

const sdk = sdkConformance((options) => new FirehoseClient(options));
const { send, failure, tick, covered } = sdk;

const text = new TextEncoder();
const DeliveryStreamName = 'conformance';
const RoleARN = 'arn:aws:iam::000000000000:role/firehose';

describe('Firehose through the AWS SDK v3', () => {
  it('creates a Direct PUT stream to S3, then describes and lists it', async () => {
    const created = await send<{ DeliveryStreamARN: string }>(
      new CreateDeliveryStreamCommand({
        DeliveryStreamName,
        DeliveryStreamType: 'DirectPut',
        ExtendedS3DestinationConfiguration: {
          RoleARN,
          BucketARN: 'arn:aws:s3:::archive',
          BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 },
        },
      }),
    );
    expect(created.DeliveryStreamARN).toBe('arn:aws:firehose:us-east-1:000000000000:deliverystream/conformance');
    tick(2000);
    const described = await send<{
      DeliveryStreamDescription: {
        DeliveryStreamStatus: string;
        VersionId: string;
        CreateTimestamp: Date;
        Destinations: { DestinationId: string; ExtendedS3DestinationDescription: { BufferingHints: unknown } }[];
      };
    }>(new DescribeDeliveryStreamCommand({ DeliveryStreamName }));
    expect(described.DeliveryStreamDescription).toMatchObject({ DeliveryStreamStatus: 'ACTIVE', VersionId: '1' });
    expect(described.DeliveryStreamDescription.CreateTimestamp).toBeInstanceOf(Date);
    expect(described.DeliveryStreamDescription.Destinations[0]).toMatchObject({
      DestinationId: 'destinationId-000000000001',
      ExtendedS3DestinationDescription: { BufferingHints: { SizeInMBs: 1, IntervalInSeconds: 60 } },
    });
    expect(await send(new ListDeliveryStreamsCommand({}))).toMatchObject({
      DeliveryStreamNames: [DeliveryStreamName],
      HasMoreDeliveryStreams: false,
    });
    expect(
      await failure(
        new CreateDeliveryStreamCommand({
          DeliveryStreamName,
          ExtendedS3DestinationConfiguration: { RoleARN, BucketARN: 'arn:aws:s3:::archive' },
        }),
      ),
    ).toEqual({
      name: 'ResourceInUseException',
      message: 'Firehose stream conformance under account 000000000000 already exists.',
      status: 400,
    });
  });

  it('puts records; PutRecordBatch reports throttled entries one by one', async () => {
    const put = await send<{ RecordId: string; Encrypted: boolean }>(
      new PutRecordCommand({ DeliveryStreamName, Record: { Data: text.encode('{"n":1}\n') } }),
    );
    expect(put.RecordId).toMatch(/^[0-9a-f]{32}$/);
    const Records = Array.from({ length: 400 }, () => ({ Data: text.encode('x'.repeat(6000)) }));
    const first = await send<{ FailedPutCount: number }>(new PutRecordBatchCommand({ DeliveryStreamName, Records }));
    expect(first.FailedPutCount).toBe(0);
    await send(new PutRecordBatchCommand({ DeliveryStreamName, Records }));
    // 5 MiB per second: 8 + 4,800,000 bytes taken, room for 73 more records of 6,000 bytes in this second.
    const third = await send<{
      FailedPutCount: number;
      RequestResponses: { RecordId?: string; ErrorCode?: string; ErrorMessage?: string }[];
    }>(new PutRecordBatchCommand({ DeliveryStreamName, Records }));
    expect(third.FailedPutCount).toBe(327);
    expect(third.RequestResponses[72]?.RecordId).toEqual(expect.any(String));
    expect(third.RequestResponses[73]).toEqual({
      ErrorCode: 'ServiceUnavailableException',
      ErrorMessage: 'Slow down.',
    });
    expect(
      await failure(
        new PutRecordBatchCommand({
          DeliveryStreamName,
          Records: Array.from({ length: 501 }, () => ({ Data: text.encode('x') })),
        }),
      ),
    ).toMatchObject({ name: 'ValidationException', status: 400 });
    expect(
      await failure(new PutRecordCommand({ DeliveryStreamName: 'missing', Record: { Data: text.encode('x') } })),
    ).toEqual({
      name: 'ResourceNotFoundException',
      message: 'Firehose stream missing under account 000000000000 not found.',
      status: 400,
    });
  });

  it('updates the destination with the current VersionId, then deletes the stream', async () => {
    const update = (version: string) =>
      new UpdateDestinationCommand({
        DeliveryStreamName,
        CurrentDeliveryStreamVersionId: version,
        DestinationId: 'destinationId-000000000001',
        ExtendedS3DestinationUpdate: { BufferingHints: { IntervalInSeconds: 0 } },
      });
    await send(update('1'));
    expect(await failure(update('1'))).toMatchObject({ name: 'ConcurrentModificationException', status: 400 });
    const described = await send<{ DeliveryStreamDescription: { VersionId: string } }>(
      new DescribeDeliveryStreamCommand({ DeliveryStreamName }),
    );
    expect(described.DeliveryStreamDescription.VersionId).toBe('2');
    await send(new DeleteDeliveryStreamCommand({ DeliveryStreamName }));
    tick(1000);
    expect(await failure(new DescribeDeliveryStreamCommand({ DeliveryStreamName }))).toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });

  it('explains destinations it does not simulate', async () => {
    expect(
      await failure(
        new CreateDeliveryStreamCommand({
          DeliveryStreamName: 'to-splunk',
          SplunkDestinationConfiguration: {
            HECEndpoint: 'https://splunk.example.com',
            HECEndpointType: 'Raw',
            HECToken: 't',
            S3Configuration: { RoleARN, BucketARN: 'arn:aws:s3:::backup' },
          },
        }),
      ),
    ).toMatchObject({
      name: 'InvalidArgumentException',
      message: expect.stringMatching(
        /^Shardlab simulates Amazon S3 destinations only\. Firehose can deliver to Splunk/,
      ),
    });
  });

  it('covers every Firehose operation the simulator serves', () => {
    expect([...covered].sort()).toEqual([...FIREHOSE_OPERATIONS].sort());
  });
});

// Debian's awscli package; the `aws` first on PATH may be a CLI v1.
const AWS_CLI_V2 = '/usr/bin/aws';

describe.skipIf(!existsSync(AWS_CLI_V2))('Firehose through the AWS CLI v2 (skipped where it is not installed)', () => {
  it('lists Firehose streams', { timeout: 60_000 }, async () => {
    const env = { ...process.env };
    for (const key of Object.keys(env)) if (key.startsWith('AWS_')) delete env[key];
    Object.assign(env, {
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_PAGER: '',
      AWS_CONFIG_FILE: '/nonexistent/shardlab-aws-config',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/shardlab-aws-credentials',
    });
    const listed = await promisify(execFile)(
      AWS_CLI_V2,
      ['--endpoint-url', sdk.url(), '--output', 'json', 'firehose', 'list-delivery-streams'],
      { env },
    );
    expect(JSON.parse(listed.stdout)).toEqual({ DeliveryStreamNames: [], HasMoreDeliveryStreams: false });
  });
});
