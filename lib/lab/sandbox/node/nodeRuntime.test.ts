import { describe, expect, it } from 'vitest';
import type {
  ApiCallRequest,
  ApiCallResult,
  FromWorker,
  InvocationContext,
  InvokeRequest,
  LogLine,
} from '../sandboxTypes';
import { createLoopTracker } from './loopTracker';
import { createNodeRuntime } from './nodeRuntime';

const context: InvocationContext = {
  functionName: 'process-orders',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:process-orders',
  memoryLimitInMB: 128,
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  logGroupName: '/aws/lambda/process-orders',
  logStreamName: '2026/01/01/[$LATEST]abcdef',
  timeoutMs: 3000,
};

type Done = Extract<FromWorker, { type: 'done' }>;

function harness(answer: (call: ApiCallRequest) => ApiCallResult = () => ({ ok: true, output: {} })) {
  const messages: FromWorker[] = [];
  const waiting = new Map<number, (done: Done) => void>();
  const calls: ApiCallRequest[] = [];
  const loop = createLoopTracker();
  const runtime = createNodeRuntime({
    loop,
    loadKinesisSdk: () => import('@aws-sdk/client-kinesis'),
    post: (message) => {
      messages.push(message);
      if (message.type === 'api') {
        calls.push(message.call);
        queueMicrotask(() =>
          runtime.receive({ type: 'apiResult', callId: message.callId, result: answer(message.call) }),
        );
      }
      if (message.type === 'done') waiting.get(message.id)?.(message);
    },
  });
  let nextId = 1;
  const invoke = (files: Record<string, string>, event: unknown = {}, handler = 'index.handler') => {
    const id = nextId++;
    const request: InvokeRequest = { handler, files, event, context };
    const done = new Promise<Done>((resolve) => waiting.set(id, resolve));
    runtime.receive({ type: 'invoke', id, request });
    return done.then((message) => ({
      ...message,
      logs: messages.flatMap((m) => (m.type === 'log' && m.id === id ? [m.line] : [])),
      started: messages.some((m) => m.type === 'started' && m.id === id),
    }));
  };
  return { invoke, runtime, calls, loop };
}

const errorLog = (logs: LogLine[]) => logs.find((line) => line.level === 'ERROR')?.message ?? '';

describe('handlers', () => {
  it('runs an async ES module handler and round-trips the response through JSON', async () => {
    const { invoke } = harness();
    const result = await invoke(
      {
        'index.mjs': `export const handler = async (event) => {
  return { count: event.Records.length, at: new Date(0), skipped: undefined };
};`,
      },
      { Records: [1, 2] },
    );
    expect(result.outcome).toEqual({ status: 'ok', response: { count: 2, at: '1970-01-01T00:00:00.000Z' } });
    expect(result.started).toBe(true);
    expect(result.initDurationMs).toEqual(expect.any(Number));
  });

  it('runs a callback-style CommonJS handler', async () => {
    const { invoke } = harness();
    const result = await invoke({
      'index.js': `exports.handler = function (event, context, callback) {
  setTimeout(() => callback(null, { ok: true, requestId: context.awsRequestId }), 5);
};`,
    });
    expect(result.outcome).toEqual({
      status: 'ok',
      response: { ok: true, requestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678' },
    });
  });

  it('supports module.exports = { handler } and module.exports.handler', async () => {
    const { invoke } = harness();
    const a = await invoke({ 'index.js': 'const handler = async () => "a";\nmodule.exports = { handler };' });
    const b = await invoke({ 'index.cjs': 'module.exports.handler = async () => "b";' });
    expect([a.outcome, b.outcome]).toEqual([
      { status: 'ok', response: 'a' },
      { status: 'ok', response: 'b' },
    ]);
  });

  it('strips TypeScript types', async () => {
    const { invoke } = harness();
    const result = await invoke(
      {
        'index.ts': `interface KinesisEvent { Records: { kinesis: { data: string } }[] }
export const handler = async (event: KinesisEvent): Promise<string[]> =>
  event.Records.map((r) => Buffer.from(r.kinesis.data, 'base64').toString('utf8'));`,
      },
      { Records: [{ kinesis: { data: 'aGVsbG8gZnJvbSB1c2VyLTE=' } }] },
    );
    expect(result.outcome).toEqual({ status: 'ok', response: ['hello from user-1'] });
  });

  it('reports a thrown Error as Lambda does, with an Invoke Error log line', async () => {
    const { invoke } = harness();
    const result = await invoke({
      'index.mjs': `export const handler = async () => {
  throw new TypeError('record.kinesis is undefined');
};`,
    });
    expect(result.outcome).toEqual({
      status: 'error',
      error: {
        errorType: 'TypeError',
        errorMessage: 'record.kinesis is undefined',
        stackTrace: [
          'TypeError: record.kinesis is undefined',
          '    at Runtime.handler (file:///var/task/index.mjs:2:9)',
        ],
      },
    });
    expect(errorLog(result.logs)).toBe(
      'Invoke Error \t{"errorType":"TypeError","errorMessage":"record.kinesis is undefined","stack":["TypeError: record.kinesis is undefined","    at Runtime.handler (file:///var/task/index.mjs:2:9)"]}',
    );
  });

  it('reports a thrown string with errorType "string", as Lambda does', async () => {
    const { invoke } = harness();
    const result = await invoke({ 'index.mjs': "export const handler = async () => { throw 'no records'; };" });
    expect(result.outcome).toEqual({
      status: 'error',
      error: { errorType: 'string', errorMessage: 'no records', stackTrace: [] },
    });
    // The log line shows it wrapped in an Error, like the runtime's intoError.
    expect(errorLog(result.logs)).toMatch(
      /^Invoke Error \t\{"errorType":"Error","errorMessage":"no records","stack":\["Error: no records"/,
    );
  });

  it('fails with Runtime.UserCodeSyntaxError and V8 wording for a syntax error', async () => {
    const { invoke } = harness();
    const result = await invoke({ 'index.mjs': 'export const handler = async (event) => {\n  const total = ;\n};' });
    expect(result.outcome).toEqual({
      status: 'error',
      error: {
        errorType: 'Runtime.UserCodeSyntaxError',
        errorMessage: "SyntaxError: Unexpected token ';'",
        stackTrace: ["Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token ';'"],
      },
    });
    expect(result.started).toBe(false);
    expect(errorLog(result.logs)).toBe(
      'Uncaught Exception \t{"errorType":"Runtime.UserCodeSyntaxError","errorMessage":"SyntaxError: Unexpected token \';\'","stack":["Runtime.UserCodeSyntaxError: SyntaxError: Unexpected token \';\'"]}',
    );
  });

  it('fails with Runtime.HandlerNotFound when the handler is not exported', async () => {
    const { invoke } = harness();
    const result = await invoke({ 'index.mjs': 'export default async () => 1;' });
    expect(result.outcome).toMatchObject({
      status: 'error',
      error: { errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported' },
    });
  });

  it('fails with Runtime.ImportModuleError when the handler file is missing', async () => {
    const { invoke } = harness();
    const result = await invoke({ 'app.mjs': 'export const handler = async () => 1;' });
    expect(result.outcome).toEqual({
      status: 'error',
      error: {
        errorType: 'Runtime.ImportModuleError',
        errorMessage: "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs",
        stackTrace: [
          "Runtime.ImportModuleError: Error: Cannot find module 'index'",
          'Require stack:',
          '- /var/runtime/index.mjs',
        ],
      },
    });
  });

  it('fails with "Unable to stringify response body" for a circular or BigInt response', async () => {
    const { invoke } = harness();
    const circular = await invoke({
      'index.mjs': 'export const handler = async () => { const a = {}; a.self = a; return a; };',
    });
    const bigint = await invoke({ 'index.mjs': 'export const handler = async () => ({ n: 10n });' });
    for (const result of [circular, bigint]) {
      expect(result.outcome).toEqual({
        status: 'error',
        error: {
          errorType: 'Error',
          errorMessage: 'Unable to stringify response body',
          stackTrace: ['Error: Unable to stringify response body'],
        },
      });
    }
  });

  it('captures console levels the way the runtime patches console', async () => {
    const { invoke } = harness();
    const result = await invoke(
      {
        'index.mjs': `export const handler = async (event) => {
  console.log('event', event);
  console.info('info');
  console.warn('warn %d', 3);
  console.error(new Error('bad'));
  console.debug('debug');
  console.trace('trace');
  console.dir({ a: { b: { c: { d: 1 } } } });
};`,
      },
      { Records: [{ kinesis: { data: 'aGk=' } }] },
    );
    expect(result.logs).toEqual([
      { level: 'INFO', message: 'event { Records: [ { kinesis: [Object] } ] }' },
      { level: 'INFO', message: 'info' },
      { level: 'WARN', message: 'warn 3' },
      { level: 'ERROR', message: 'Error: bad\n    at Runtime.handler (file:///var/task/index.mjs:5:17)' },
      { level: 'DEBUG', message: 'debug' },
      { level: 'TRACE', message: 'trace' },
      { level: 'RAW', message: '{ a: { b: { c: [Object] } } }' },
    ]);
  });
});

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
    const { invoke, calls } = harness(() => ({
      ok: true,
      output: {
        FailedRecordCount: 1,
        Records: [
          {
            SequenceNumber: '49546986683135544286507457936321625675700192471156785154',
            ShardId: 'shardId-000000000000',
          },
          {
            ErrorCode: 'ProvisionedThroughputExceededException',
            ErrorMessage: 'Rate exceeded for shard shardId-000000000001 in stream orders under account 123456789012.',
          },
        ],
      },
    }));
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
