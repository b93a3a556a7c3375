import { describe, expect, it } from 'vitest';
import type { InvocationContext, LogLine } from '../sandboxTypes';
import type { LambdaHandler } from './loadHandler';
import { createLoopTracker } from './loopTracker';
import { runHandler } from './runHandler';

const context: InvocationContext = {
  functionName: 'consumer',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:consumer',
  memoryLimitInMB: 128,
  awsRequestId: '11111111-2222-4333-8444-555555555555',
  logGroupName: '/aws/lambda/consumer',
  logStreamName: '2026/01/01/[$LATEST]0123456789abcdef',
  timeoutMs: 3000,
};

async function run(handler: LambdaHandler, event: unknown = {}) {
  const logs: LogLine[] = [];
  const loop = createLoopTracker();
  const outcome = await runHandler({ handler, event, context, log: (line) => logs.push(line), loop });
  return { outcome, logs, loop };
}

describe('runHandler', () => {
  it('resolves with the awaited value of an async handler', async () => {
    const { outcome } = await run(async (event) => ({ echo: event }), { a: 1 });
    expect(outcome).toEqual({ status: 'ok', response: { echo: { a: 1 } } });
  });

  it('turns undefined into null, as the JSON response does', async () => {
    const { outcome } = await run(async () => undefined);
    expect(outcome).toEqual({ status: 'ok', response: null });
  });

  it('uses the first of callback / context.succeed / context.fail', async () => {
    const { outcome } = await run((_event, ctx, callback) => {
      (callback as (e: unknown, r: unknown) => void)(null, 'first');
      (ctx as { fail: (e: unknown) => void }).fail(new Error('ignored'));
    });
    expect(outcome).toEqual({ status: 'ok', response: 'first' });
  });

  it('waits for the event loop to empty after callback, unless callbackWaitsForEmptyEventLoop is false', async () => {
    const order: string[] = [];
    const { outcome, loop } = await (async () => {
      const loop = createLoopTracker();
      const outcome = await runHandler({
        handler: (_event, _ctx, callback) => {
          loop.timers.setTimeout(() => order.push('timer'), 20);
          (callback as (e: unknown, r: unknown) => void)(null, 'answered');
          order.push('callback');
        },
        event: {},
        context,
        log: () => {},
        loop,
      });
      order.push('outcome');
      return { outcome, loop };
    })();
    expect(outcome).toEqual({ status: 'ok', response: 'answered' });
    expect(order).toEqual(['callback', 'timer', 'outcome']);

    const early: string[] = [];
    const second = await runHandler({
      handler: (_event, ctx, callback) => {
        (ctx as { callbackWaitsForEmptyEventLoop: boolean }).callbackWaitsForEmptyEventLoop = false;
        loop.timers.setTimeout(() => early.push('timer'), 50);
        (callback as (e: unknown, r: unknown) => void)(null, 'now');
      },
      event: {},
      context,
      log: () => {},
      loop,
    });
    expect(second).toEqual({ status: 'ok', response: 'now' });
    expect(early).toEqual([]);
    loop.clearAll();
  });

  it('answers null for a sync handler that never calls back, once the loop is empty', async () => {
    const { outcome } = await run(() => 'ignored: a sync return value is not the response');
    expect(outcome).toEqual({ status: 'ok', response: null });
  });

  it('fails an async handler whose promise never settles with Runtime.NodeJsExit', async () => {
    const { outcome, logs } = await run(async () => new Promise(() => {}));
    expect(outcome).toMatchObject({
      status: 'error',
      error: {
        errorType: 'Runtime.NodeJsExit',
        errorMessage:
          'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes',
      },
    });
    expect(logs[0]?.message).toMatch(/^Invoke Error \t\{"errorType":"Runtime.NodeJsExit"/);
  });

  it('reports a sync throw and a callback error the same way', async () => {
    const thrown = await run(() => {
      throw new RangeError('bad shard');
    });
    const called = await run((_e, _c, callback) => (callback as (e: unknown) => void)(new RangeError('bad shard')));
    for (const { outcome, logs } of [thrown, called]) {
      expect(outcome).toMatchObject({ status: 'error', error: { errorType: 'RangeError', errorMessage: 'bad shard' } });
      expect(logs).toHaveLength(1);
      expect(logs[0]?.level).toBe('ERROR');
    }
  });

  it('keeps own properties of an error in the log line, like the runtime', async () => {
    const { logs } = await run(async () => {
      throw Object.assign(new Error('throttled'), { code: 'ProvisionedThroughputExceededException', retryable: true });
    });
    expect(logs[0]?.message).toMatch(
      /^Invoke Error \t\{"errorType":"Error","errorMessage":"throttled","code":"ProvisionedThroughputExceededException","retryable":true,"stack":\["Error: throttled"/,
    );
  });

  it("reports context.fail() without an error as the runtime's 'handled'", async () => {
    const { outcome } = await run((_e, ctx) => (ctx as { fail: () => void }).fail());
    expect(outcome).toEqual({
      status: 'error',
      error: { errorType: 'string', errorMessage: 'handled', stackTrace: [] },
    });
  });

  it('gives the context Lambda field names and a remaining time below the timeout', async () => {
    const { outcome } = await run(async (_e, ctx) => {
      const c = ctx as Record<string, unknown> & { getRemainingTimeInMillis(): number };
      return {
        keys: Object.keys(c).filter((k) => typeof c[k] !== 'function'),
        remaining: c.getRemainingTimeInMillis(),
      };
    });
    expect(outcome.status).toBe('ok');
    const response = (outcome as { response: { keys: string[]; remaining: number } }).response;
    expect(response.keys).toEqual([
      'callbackWaitsForEmptyEventLoop',
      'functionName',
      'functionVersion',
      'invokedFunctionArn',
      'memoryLimitInMB',
      'awsRequestId',
      'logGroupName',
      'logStreamName',
      'clientContext',
      'identity',
    ]);
    expect(response.remaining).toBeGreaterThan(2900);
    expect(response.remaining).toBeLessThanOrEqual(3000);
  });
});
