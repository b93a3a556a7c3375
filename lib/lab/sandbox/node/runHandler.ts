import type { InvocationContext, InvocationOutcome, LogLine } from '../sandboxTypes';
import type { LambdaHandler } from './loadHandler';
import { formatErrorForLog, intoError, NodeJsExit, toFunctionError, UNSERIALIZABLE_RESPONSE } from './lambdaErrors';
import type { LoopTracker } from './loopTracker';

/**
 * One invocation, with the semantics of Lambda's Node.js runtime (nodejs22.x): the handler gets
 * `(event, context, callback)`; a returned promise decides the outcome when it settles; otherwise the first
 * call to `callback` / `context.succeed|fail|done` does, and a sync handler that never calls back answers
 * `null` once the event loop is empty. Failures are logged as `Invoke Error \t{json}` at ERROR level, and
 * a response goes through `JSON.stringify` (undefined → null).
 */

export interface RunHandlerOptions {
  handler: LambdaHandler;
  event: unknown;
  context: InvocationContext;
  log: (line: LogLine) => void;
  loop: Pick<LoopTracker, 'whenIdle'>;
  /** Wall clock in ms, for `context.getRemainingTimeInMillis()`. */
  now?: () => number;
}

/** The `context` object handed to a Node.js handler. */
export interface LambdaContext {
  callbackWaitsForEmptyEventLoop: boolean;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  clientContext: undefined;
  identity: undefined;
  getRemainingTimeInMillis(): number;
  succeed(result?: unknown): void;
  fail(error?: unknown): void;
  done(error?: unknown, result?: unknown): void;
}

/** How long the event loop must stay empty before a handler that has not answered is ended. */
export const BEFORE_EXIT_QUIET_MS = 200;

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

// Calling the handler as a method of a `Runtime` makes V8 name the frame `Runtime.handler`, as in Lambda's
// traces. The class gets its name from a property key, which minifiers keep (they rename class names).
const { Runtime } = {
  Runtime: class {
    constructor(readonly handler: LambdaHandler) {}
  },
};

/**
 * Runs the handler once and resolves with the outcome; never rejects.
 * @example await runHandler({ handler: async (e) => e, event: { a: 1 }, context, log, loop }) // → { status: 'ok', response: { a: 1 } }
 */
export function runHandler(options: RunHandlerOptions): Promise<InvocationOutcome> {
  const { handler, event, context: invocation, log, loop, now = Date.now } = options;
  const deadline = now() + invocation.timeoutMs;

  return new Promise<InvocationOutcome>((resolve) => {
    let finished = false;
    let waitForEmptyEventLoop = true;

    const postError = (error: unknown) => {
      log({ level: 'ERROR', message: `Invoke Error ${formatErrorForLog(intoError(error))}` });
      resolve({ status: 'error', error: toFunctionError(error) });
    };

    const complete = (result: unknown) => {
      let body: string | undefined;
      try {
        body = JSON.stringify(result === undefined ? null : result);
      } catch {
        postError(new Error(UNSERIALIZABLE_RESPONSE));
        return;
      }
      resolve({ status: 'ok', response: body === undefined ? null : JSON.parse(body) });
    };

    // The runtime lets only the first of callback / succeed / fail / done count.
    const once =
      <A extends unknown[]>(fn: (...args: A) => void) =>
      (...args: A) => {
        if (finished) return;
        finished = true;
        fn(...args);
      };

    const done = (error?: unknown, result?: unknown) => {
      if (error !== undefined && error !== null) postError(error);
      else complete(result);
    };

    const callback = once((error?: unknown, result?: unknown) => {
      if (error !== undefined && error !== null) postError(error);
      else if (!waitForEmptyEventLoop) complete(result);
      else void loop.whenIdle().then(() => complete(result));
    });

    const context: LambdaContext = {
      get callbackWaitsForEmptyEventLoop() {
        return waitForEmptyEventLoop;
      },
      set callbackWaitsForEmptyEventLoop(value: boolean) {
        waitForEmptyEventLoop = value;
      },
      functionName: invocation.functionName,
      functionVersion: invocation.functionVersion,
      invokedFunctionArn: invocation.invokedFunctionArn,
      memoryLimitInMB: String(invocation.memoryLimitInMB),
      awsRequestId: invocation.awsRequestId,
      logGroupName: invocation.logGroupName,
      logStreamName: invocation.logStreamName,
      clientContext: undefined,
      identity: undefined,
      getRemainingTimeInMillis: () => Math.max(0, deadline - now()),
      succeed: once((result?: unknown) => done(null, result)),
      // `fail()` with nothing still fails, with the runtime's odd 'handled' as the error.
      fail: once((error?: unknown) => done(error === undefined || error === null ? 'handled' : error)),
      done: once(done),
    };

    const isAsync = handler.constructor?.name === 'AsyncFunction';
    try {
      const result = new Runtime(handler).handler(event, context, callback);
      if (isPromiseLike(result)) {
        result.then(
          (value) => context.succeed(value),
          (error: unknown) => context.fail(error),
        );
      }
    } catch (error) {
      callback(error);
    }

    // Node's `beforeExit`: nothing left to run and no answer yet. The quiet period keeps work the tracker
    // cannot see (a browser API's promise) from passing for an empty event loop.
    void loop.whenIdle(BEFORE_EXIT_QUIET_MS).then(() => {
      if (finished) return;
      finished = true;
      if (isAsync) postError(new NodeJsExit());
      else complete(null);
    });
  });
}
