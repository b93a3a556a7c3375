import { describe, expect, it } from 'vitest';
import { errorLog, harness } from './testing/nodeRuntimeHarness';
import { PUT_RECORDS_PARTIAL_FAILURE } from './testing/putRecordsPartialFailure';

describe('execution environment', () => {
  it('keeps the module warm: init is reported once, module state survives', async () => {
    const { invoke } = harness();
    const files = { 'index.mjs': 'let calls = 0;\nexport const handler = async () => ++calls;' };
    const first = await invoke(files);
    const second = await invoke(files);
    expect([first.outcome, second.outcome]).toEqual([
      { status: 'ok', response: 1 },
      { status: 'ok', response: 2 },
    ]);
    expect(first.initDurationMs).toEqual(expect.any(Number));
    expect(second.initDurationMs).toBeNull();
  });

  it('loads a changed deployment as a new module', async () => {
    const { invoke } = harness();
    await invoke({ 'index.mjs': 'export const handler = async () => 1;' });
    const changed = await invoke({ 'index.mjs': 'export const handler = async () => 2;' });
    expect(changed.outcome).toEqual({ status: 'ok', response: 2 });
    expect(changed.initDurationMs).toEqual(expect.any(Number));
  });

  it('logs output of timers left running into the next invocation, as a thawed Lambda does', async () => {
    const { invoke } = harness();
    const files = {
      'index.mjs': "export const handler = async () => { setTimeout(() => console.log('late'), 1); return 'done'; };",
    };
    const first = await invoke(files);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await invoke(files);
    expect(first.logs).toEqual([]);
    expect(second.logs).toEqual([{ level: 'INFO', message: 'late' }]);
  });

  it('ends the invocation on an uncaught exception and starts cold afterwards', async () => {
    const { invoke, runtime } = harness();
    const files = { 'index.mjs': 'export const handler = async () => new Promise(() => {});' };
    const pending = invoke(files);
    await new Promise((resolve) => setTimeout(resolve, 0));
    runtime.reportUncaught(new RangeError('stack blown'), 'exception');
    const crashed = await pending;
    expect(crashed.outcome).toMatchObject({
      status: 'error',
      error: { errorType: 'RangeError', errorMessage: 'stack blown' },
    });
    expect(errorLog(crashed.logs)).toMatch(
      /^Uncaught Exception \t\{"errorType":"RangeError","errorMessage":"stack blown"/,
    );
    const next = await invoke({ 'index.mjs': 'export const handler = async () => "again";' });
    expect(next.initDurationMs).toEqual(expect.any(Number));
  });

  it('reports an unhandled rejection as Runtime.UnhandledPromiseRejection', async () => {
    const { invoke, runtime } = harness();
    const pending = invoke({ 'index.mjs': 'export const handler = async () => new Promise(() => {});' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    runtime.reportUncaught(new Error('lost'), 'rejection');
    expect((await pending).outcome).toMatchObject({
      status: 'error',
      error: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: lost' },
    });
  });

  it('gives the handler process.env and context values like Lambda sets them', async () => {
    const { invoke } = harness();
    const result = await invoke({
      'index.mjs': `export const handler = async (event, context) => ({
  region: process.env.AWS_REGION,
  name: process.env.AWS_LAMBDA_FUNCTION_NAME,
  memory: context.memoryLimitInMB,
  remaining: context.getRemainingTimeInMillis() > 2000,
});`,
    });
    expect(result.outcome).toEqual({
      status: 'ok',
      response: { region: 'us-east-1', name: 'process-orders', memory: '128', remaining: true },
    });
  });
});

describe('SDK mode', () => {
  it('sends PutRecords through the page and lets user code see the partial failure', async () => {
    const { invoke, calls } = harness(() => PUT_RECORDS_PARTIAL_FAILURE);
    const result = await invoke({
      'index.mjs': `import { KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
const client = new KinesisClient({});
export const handler = async () => {
  const out = await client.send(new PutRecordsCommand({
    StreamName: 'orders',
    Records: ['a', 'b'].map((id) => ({ Data: new TextEncoder().encode(id), PartitionKey: id })),
  }));
  return { failed: out.FailedRecordCount, codes: out.Records.map((r) => r.ErrorCode ?? 'ok') };
};`,
    });
    expect(calls).toEqual([
      {
        service: 'kinesis',
        operation: 'PutRecords',
        input: {
          StreamName: 'orders',
          Records: [
            { Data: 'YQ==', PartitionKey: 'a' },
            { Data: 'Yg==', PartitionKey: 'b' },
          ],
        },
      },
    ]);
    expect(result.outcome).toEqual({
      status: 'ok',
      response: { failed: 1, codes: ['ok', 'ProvisionedThroughputExceededException'] },
    });
  });

  it('gives Runtime.ImportModuleError for a package Lambda does not have', async () => {
    const { invoke } = harness();
    const result = await invoke({ 'index.js': "const axios = require('axios');\nexports.handler = async () => 1;" });
    expect(result.outcome).toMatchObject({
      status: 'error',
      error: {
        errorType: 'Runtime.ImportModuleError',
        errorMessage:
          "Error: Cannot find module 'axios'\nRequire stack:\n- /var/task/index.js\n- /var/runtime/index.mjs",
      },
    });
  });
});
