import { createServer as createNetServer } from 'node:net';
import {
  CreateStreamCommand,
  GetRecordsCommand,
  KinesisClient,
  ListStreamsCommand,
  PutRecordCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KinesisError } from '../simulator/api/KinesisError';
import { createKinesisServer, type KinesisServer } from './createKinesisServer';
import { createFakeEndpointHandler } from './testing/fakeEndpointHandler';
import { startTestEndpoint as start } from './testing/startTestEndpoint';

const ARRIVAL_MS = 1_700_000_000_123;

function sdkClient(url: string): KinesisClient {
  return new KinesisClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    // The SDK's default handler speaks HTTP/2, which a plain-HTTP local endpoint does not.
    requestHandler: new NodeHttpHandler(),
    // A 500 would otherwise be retried with backoff, making error tests slow and the call count vary.
    maxAttempts: 1,
  });
}

async function post(
  url: string,
  init: { target?: string; body?: string | Uint8Array<ArrayBuffer>; contentType?: string; path?: string },
) {
  const headers: Record<string, string> = { 'Content-Type': init.contentType ?? 'application/x-amz-json-1.1' };
  if (init.target !== undefined) headers['X-Amz-Target'] = init.target;
  const response = await fetch(`${url}${init.path ?? '/'}`, { method: 'POST', headers, body: init.body ?? '{}' });
  const body: unknown = await response.json();
  return { status: response.status, headers: response.headers, body };
}

describe('createKinesisServer with the AWS SDK v3 and raw HTTP', () => {
  const fake = createFakeEndpointHandler({ now: () => ARRIVAL_MS });
  const logs: string[] = [];
  let server: KinesisServer;
  let url: string;
  let client: KinesisClient;

  beforeAll(async () => {
    ({ server, url } = await start(fake.handler, logs));
    client = sdkClient(url);
  });

  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  it('listens on 127.0.0.1 by default and reports the real port', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/);
  });

  it('answers SDK calls with the handler output, and {} when there is none', async () => {
    const created = await client.send(new CreateStreamCommand({ StreamName: 'demo', ShardCount: 1 }));
    expect(created.$metadata.httpStatusCode).toBe(200);
    expect(created.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(fake.calls.at(-1)).toEqual({ operation: 'CreateStream', input: { StreamName: 'demo', ShardCount: 1 } });

    const listed = await client.send(new ListStreamsCommand({}));
    expect(listed.StreamNames).toEqual(['demo']);
    expect(listed.HasMoreStreams).toBe(false);

    const raw = await fetch(url, {
      method: 'POST',
      headers: { 'X-Amz-Target': 'Kinesis_20131202.CreateStream', 'Content-Type': 'application/x-amz-json-1.1' },
      body: '{"StreamName":"other","ShardCount":1}',
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(await raw.text()).toBe('{}');
  });

  it('carries binary Data as base64 on the wire, both ways', async () => {
    const data = new Uint8Array([0, 1, 2, 253, 254, 255, 104, 105]);
    const put = await client.send(new PutRecordCommand({ StreamName: 'demo', PartitionKey: 'k1', Data: data }));
    expect(put).toMatchObject({ ShardId: 'shardId-000000000000', SequenceNumber: '1' });
    expect(fake.calls.at(-1)?.input).toEqual({ StreamName: 'demo', PartitionKey: 'k1', Data: 'AAEC/f7/aGk=' });

    const got = await client.send(new GetRecordsCommand({ ShardIterator: 'demo' }));
    expect(got.Records?.[0]?.Data).toEqual(data);
    expect(got.Records?.[0]?.ApproximateArrivalTimestamp?.getTime()).toBe(ARRIVAL_MS);
  });

  it('turns a KinesisError into the SDK exception of that name, with our message and a 400', async () => {
    const call = client.send(
      new PutRecordCommand({ StreamName: 'missing', PartitionKey: 'k', Data: new Uint8Array([1]) }),
    );
    const error: unknown = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Stream missing under account 000000000000 not found.',
      $fault: 'client',
      $metadata: { httpStatusCode: 400 },
    });
  });

  it.each([
    [
      'malformed JSON',
      { target: 'Kinesis_20131202.ListStreams', body: '{"Limit": ' },
      400,
      'SerializationException',
      /not valid JSON/,
    ],
    ['a JSON array', { target: 'Kinesis_20131202.ListStreams', body: '[]' }, 400, 'SerializationException', /an array/],
    ['an empty body', { target: 'Kinesis_20131202.ListStreams', body: '' }, 400, 'SerializationException', /empty/],
    ['no X-Amz-Target', { body: '{}' }, 400, 'UnknownOperationException', /no X-Amz-Target header/],
    [
      'another service',
      { target: 'DynamoDB_20120810.ListTables' },
      400,
      'UnknownOperationException',
      /Kinesis_20131202\./,
    ],
    [
      'an operation the handler rejects',
      { target: 'Kinesis_20131202.DescribeStream' },
      400,
      'UnknownOperationException',
      /DescribeStream is not supported/,
    ],
    [
      'a KinesisError InternalFailure',
      { target: 'Kinesis_20131202.FailInternally' },
      500,
      'InternalFailure',
      /^Internal service failure\.$/,
    ],
    [
      'CBOR',
      {
        target: 'Kinesis_20131202.ListStreams',
        contentType: 'application/x-amz-cbor-1.1',
        body: new Uint8Array([0xa0]),
      },
      415,
      'UnsupportedMediaTypeException',
      /AWS_CBOR_DISABLE/,
    ],
    [
      'another path',
      { target: 'Kinesis_20131202.ListStreams', path: '/kinesis' },
      404,
      'NotFoundException',
      /POST \/ only/,
    ],
  ])('answers %s with the AWS-style error', async (_, request, status, type, message) => {
    const response = await post(url, request);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.1');
    expect(response.body).toEqual({ __type: type, message: expect.stringMatching(message) });
  });

  it('answers GET with 405 and Allow: POST', async () => {
    const response = await fetch(url);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(await response.json()).toMatchObject({ __type: 'MethodNotAllowedException' });
  });

  it('hides an unexpected handler error behind a generic 500 and logs the details', async () => {
    const response = await post(url, { target: 'Kinesis_20131202.Explode' });
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      __type: 'InternalFailure',
      message: 'The simulator failed to process the request. The endpoint log has the details.',
    });
    expect(logs.join('\n')).toMatch(/InternalFailure in Explode: Error: the fake engine fell over/);
  });

  it('refuses a body over 20 MiB with 413, whether or not its length is declared', async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    const declared = await post(url, { target: 'Kinesis_20131202.PutRecord', body: big });
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({
      __type: 'RequestEntityTooLargeException',
      message: expect.stringMatching(/20 MiB/),
    });

    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 21; i++) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const streamed = await fetch(url, {
      method: 'POST',
      headers: { 'X-Amz-Target': 'Kinesis_20131202.PutRecord', 'Content-Type': 'application/x-amz-json-1.1' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ __type: 'RequestEntityTooLargeException' });
  });

  it('keeps serving after every kind of bad request', async () => {
    await post(url, { target: 'Kinesis_20131202.ListStreams', body: '{' });
    await post(url, { target: 'Kinesis_20131202.Explode' });
    await post(url, { body: '{}' });
    const listed = await client.send(new ListStreamsCommand({}));
    expect(listed.StreamNames).toEqual(['demo', 'other']);
  });
});

describe('createKinesisServer with other handlers', () => {
  it('maps an InternalFailure to a 500 the SDK reports as a server fault', async () => {
    const { server, url } = await start(() => {
      throw new KinesisError('InternalFailure', 'Internal service failure.');
    });
    const client = sdkClient(url);
    try {
      const error: unknown = await client.send(new ListStreamsCommand({})).catch((e: unknown) => e);
      expect(error).toMatchObject({
        name: 'InternalFailure',
        message: 'Internal service failure.',
        $fault: 'server',
        $metadata: { httpStatusCode: 500 },
      });
    } finally {
      client.destroy();
      await server.close();
    }
  });

  it('treats a handler returning something other than an object as an internal failure', async () => {
    const { server, url, logs } = await start(() => 'not an object');
    try {
      const response = await post(url, { target: 'Kinesis_20131202.ListStreams' });
      expect(response.status).toBe(500);
      expect(logs.join('\n')).toMatch(/handler returned string/);
    } finally {
      await server.close();
    }
  });

  it('rejects listen() with EADDRINUSE when the port is taken', async () => {
    const first = await start(() => undefined);
    const port = Number(new URL(first.url).port);
    try {
      await expect(createKinesisServer({ handler: () => undefined, port }).listen()).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
    } finally {
      await first.server.close();
    }
  });

  it('releases the port on close(), even with an SDK keep-alive connection open', async () => {
    const { server, url } = await start(() => ({ StreamNames: [], HasMoreStreams: false }));
    const client = sdkClient(url);
    await client.send(new ListStreamsCommand({}));
    await server.close();
    client.destroy();

    const port = Number(new URL(url).port);
    const probe = createNetServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });
});
