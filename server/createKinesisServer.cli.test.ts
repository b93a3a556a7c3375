import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KinesisServer } from './createKinesisServer';
import { createFakeEndpointHandler } from './testing/fakeEndpointHandler';
import { startTestEndpoint } from './testing/startTestEndpoint';

// Debian's awscli package; the `aws` first on PATH may be a CLI v1, whose blob handling differs.
const AWS_CLI_V2 = '/usr/bin/aws';

describe.skipIf(!existsSync(AWS_CLI_V2))(
  'createKinesisServer with the AWS CLI v2 at /usr/bin/aws (skipped where it is not installed)',
  () => {
    const fake = createFakeEndpointHandler({ now: () => 0 });
    let server: KinesisServer;
    let url: string;

    beforeAll(async () => {
      ({ server, url } = await startTestEndpoint(fake.handler));
      await fake.handler('CreateStream', { StreamName: 'demo', ShardCount: 1 });
    });

    afterAll(() => server.close());

    // execFile, not execFileSync: the server runs in this process, so blocking the event loop would deadlock it.
    async function aws(...args: string[]) {
      // A developer's own AWS_PROFILE, AWS_ENDPOINT_URL or config file must not steer the test.
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
      return promisify(execFile)(AWS_CLI_V2, ['--endpoint-url', url, '--output', 'json', 'kinesis', ...args], { env });
    }

    it('lists streams and puts a raw-text record', { timeout: 60_000 }, async () => {
      const listed = await aws('list-streams');
      expect(JSON.parse(listed.stdout)).toEqual({ StreamNames: ['demo'] });

      const put = await aws(
        'put-record',
        '--stream-name',
        'demo',
        '--partition-key',
        'k',
        '--cli-binary-format',
        'raw-in-base64-out',
        '--data',
        'hello',
      );
      expect(JSON.parse(put.stdout)).toEqual({ ShardId: 'shardId-000000000000', SequenceNumber: '1' });
      expect(fake.calls.at(-1)?.input).toEqual({ StreamName: 'demo', PartitionKey: 'k', Data: 'aGVsbG8=' });
    });

    it('prints a KinesisError the way it prints AWS errors, and exits 254', { timeout: 60_000 }, async () => {
      const error: unknown = await aws('describe-stream-summary', '--stream-name', 'demo').catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 254,
        stderr: expect.stringContaining(
          'An error occurred (UnknownOperationException) when calling the DescribeStreamSummary operation: Operation DescribeStreamSummary is not supported.',
        ),
      });
    });
  },
);
