import * as sdk from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import type { ApiCallRequest, ApiCallResult } from '../sandboxTypes';
import { createApiRequestHandler, createKinesisModule, toHttpResponse } from './sdkBridge';
import { PUT_RECORDS_PARTIAL_FAILURE } from './testing/putRecordsPartialFailure';

function fakePage(answer: (call: ApiCallRequest) => ApiCallResult) {
  const calls: ApiCallRequest[] = [];
  const callApi = async (call: ApiCallRequest) => {
    calls.push(call);
    return answer(call);
  };
  return { calls, kinesis: createKinesisModule(sdk, callApi, 'us-east-1') };
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('SDK bridge with the real @aws-sdk/client-kinesis', () => {
  it('turns PutRecordsCommand into an API call and parses a partial failure', async () => {
    const { calls, kinesis } = fakePage(() => PUT_RECORDS_PARTIAL_FAILURE);
    const client = new kinesis.KinesisClient({});
    const output = await client.send(
      new kinesis.PutRecordsCommand({
        StreamName: 'orders',
        Records: [
          { Data: encode('hello'), PartitionKey: 'user-1' },
          { Data: encode('world'), PartitionKey: 'user-1', ExplicitHashKey: '0' },
        ],
      }),
    );
    expect(calls).toEqual([
      {
        service: 'kinesis',
        operation: 'PutRecords',
        input: {
          StreamName: 'orders',
          Records: [
            { Data: 'aGVsbG8=', PartitionKey: 'user-1' },
            { Data: 'd29ybGQ=', PartitionKey: 'user-1', ExplicitHashKey: '0' },
          ],
        },
      },
    ]);
    expect(output.FailedRecordCount).toBe(1);
    expect(output.Records?.map((r) => r.ErrorCode ?? r.ShardId)).toEqual([
      'shardId-000000000000',
      'ProvisionedThroughputExceededException',
    ]);
    expect(output.$metadata.httpStatusCode).toBe(200);
    expect(output.$metadata.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('throws the modeled exception the page names, as against AWS', async () => {
    const message = 'Rate exceeded for shard shardId-000000000000 in stream orders under account 123456789012.';
    const { calls, kinesis } = fakePage(() => ({
      ok: false,
      error: { name: 'ProvisionedThroughputExceededException', message },
    }));
    const client = new kinesis.KinesisClient({ maxAttempts: 1 });
    const error = await client
      .send(new kinesis.PutRecordCommand({ StreamName: 'orders', Data: encode('x'), PartitionKey: 'k' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.ProvisionedThroughputExceededException);
    expect(error).toMatchObject({
      name: 'ProvisionedThroughputExceededException',
      message,
      $metadata: { httpStatusCode: 400 },
    });
    expect(calls.map((c) => c.operation)).toEqual(['PutRecord']);
  });

  it('lets the SDK retry a throttled call by itself, as it does against AWS', async () => {
    let attempt = 0;
    const { calls, kinesis } = fakePage(() =>
      ++attempt === 1
        ? { ok: false, error: { name: 'ProvisionedThroughputExceededException', message: 'Rate exceeded' } }
        : { ok: true, output: { ShardId: 'shardId-000000000000', SequenceNumber: '1' } },
    );
    // Two attempts keep the backoff (random, at most a second here) short.
    const client = new kinesis.KinesisClient({ maxAttempts: 2 });
    const output = await client.send(
      new kinesis.PutRecordCommand({ StreamName: 'orders', Data: encode('x'), PartitionKey: 'k' }),
    );
    expect(output.ShardId).toBe('shardId-000000000000');
    expect(output.$metadata.attempts).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('decodes base64 blobs of GetRecords into bytes', async () => {
    const { kinesis } = fakePage(() => ({
      ok: true,
      output: { Records: [{ Data: 'aGVsbG8=', PartitionKey: 'k', SequenceNumber: '1' }], MillisBehindLatest: 0 },
    }));
    const client = new kinesis.Kinesis({});
    const output = await client.getRecords({ ShardIterator: 'AAAA' });
    expect(new TextDecoder().decode(output.Records?.[0]?.Data)).toBe('hello');
  });

  it('always uses the bridge and a default region, whatever the learner configures', async () => {
    const { calls, kinesis } = fakePage(() => ({ ok: true, output: { StreamNames: [], HasMoreStreams: false } }));
    const client = new kinesis.KinesisClient({
      endpoint: 'http://localhost:4567',
      credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
    });
    await client.send(new kinesis.ListStreamsCommand({}));
    expect(await client.config.region()).toBe('us-east-1');
    expect(calls).toEqual([{ service: 'kinesis', operation: 'ListStreams', input: {} }]);
  });
});

describe('toHttpResponse', () => {
  it('answers errors with 400, server failures with 500, and the AWS JSON error shape', () => {
    const throttled = toHttpResponse({
      ok: false,
      error: { name: 'ProvisionedThroughputExceededException', message: 'Rate exceeded' },
    });
    const internal = toHttpResponse({ ok: false, error: { name: 'InternalFailure', message: 'boom' } });
    expect([throttled.statusCode, internal.statusCode]).toEqual([400, 500]);
    expect(throttled.headers['x-amzn-errortype']).toBe('ProvisionedThroughputExceededException');
    expect(JSON.parse(new TextDecoder().decode(throttled.body))).toEqual({
      __type: 'ProvisionedThroughputExceededException',
      message: 'Rate exceeded',
    });
  });

  it('rejects a request that is not an AWS JSON 1.1 Kinesis call', async () => {
    const handler = createApiRequestHandler(async () => ({ ok: true, output: {} }));
    const { response } = await handler.handle({ headers: { 'X-Amz-Target': 'DynamoDB_20120810.PutItem' }, body: '{}' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['x-amzn-errortype']).toBe('UnknownOperationException');
  });
});
