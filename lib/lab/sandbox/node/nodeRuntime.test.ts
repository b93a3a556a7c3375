import { describe, expect, it } from 'vitest';
import { errorLog, harness } from './testing/nodeRuntimeHarness';

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
