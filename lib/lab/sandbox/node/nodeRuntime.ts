import type * as KinesisSdk from '@aws-sdk/client-kinesis';
import type { ApiCallRequest, ApiCallResult, FromWorker, InvokeRequest, LogLine, ToWorker } from '../sandboxTypes';
import { createConsole, type SandboxConsole } from './captureConsole';
import { formatErrorForLog, intoError, toFunctionError, UnhandledPromiseRejection } from './lambdaErrors';
import { loadHandler, referencedBuiltins, type LambdaHandler } from './loadHandler';
import type { LoopTracker } from './loopTracker';
import { NodeBuffer } from './nodeBuffer';
import { runHandler } from './runHandler';
import { createKinesisModule } from './sdkBridge';
import { TASK_ROOT } from './stackTrace';

/**
 * The Node.js execution environment inside the worker, free of worker APIs so tests can drive it: it takes
 * the page's messages, keeps the loaded function warm between invocations, and posts logs, API calls and
 * results back. `nodeWorker.ts` only connects it to `self`.
 */

export interface NodeRuntimeOptions {
  post: (message: FromWorker) => void;
  loop: LoopTracker;
  /** Imports the real SDK; called the first time a package mentions it. */
  loadKinesisSdk: () => Promise<typeof KinesisSdk>;
  /** Runs once the modules user code needs are loaded and before any of it runs (the worker blocks the network here). */
  beforeUserCode?: () => void;
  /** Monotonic ms for durations. */
  now?: () => number;
  /** Wall-clock ms for the remaining time. */
  clock?: () => number;
}

export interface NodeRuntime {
  receive(message: ToWorker): void;
  /** An error no handler caught (a worker `error` or `unhandledrejection` event). */
  reportUncaught(reason: unknown, kind: 'exception' | 'rejection'): void;
  /** The console user code writes to; the worker also installs it as the global console. */
  console: SandboxConsole;
}

const KINESIS_SDK = '@aws-sdk/client-kinesis';

interface Running {
  id: number;
  /** When the handler was called (null while the module loads), for the duration of a crashed invocation. */
  handlerStart: number | null;
  /** Settles the invocation once; later outcomes (after an uncaught error ended it) are dropped. */
  finish: (message: Extract<FromWorker, { type: 'done' }>) => void;
}

function regionOf(arn: string): string {
  return /^arn:[^:]+:lambda:([^:]+):/.exec(arn)?.[1] ?? 'us-east-1';
}

function lambdaEnvironment(request: InvokeRequest): Record<string, string> {
  const { context } = request;
  const region = regionOf(context.invokedFunctionArn);
  return {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: context.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: context.functionVersion,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(context.memoryLimitInMB),
    AWS_LAMBDA_LOG_GROUP_NAME: context.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: context.logStreamName,
    LAMBDA_TASK_ROOT: TASK_ROOT,
    LAMBDA_RUNTIME_DIR: '/var/runtime',
    _HANDLER: request.handler,
    TZ: ':UTC',
  };
}

/**
 * Creates the runtime.
 * @example const runtime = createNodeRuntime({ post: (m) => self.postMessage(m), loop, loadKinesisSdk: () => import('@aws-sdk/client-kinesis') });
 */
export function createNodeRuntime(options: NodeRuntimeOptions): NodeRuntime {
  const {
    post,
    loop,
    loadKinesisSdk,
    beforeUserCode = () => {},
    now = () => performance.now(),
    clock = Date.now,
  } = options;

  let running: Running | null = null;
  let lastId = 0;
  // Output of timers that fire between invocations: Lambda would show it in the next invocation's logs.
  let strayLines: LogLine[] = [];
  let loaded: { key: string; handler: LambdaHandler } | null = null;
  let queue: Promise<void> = Promise.resolve();
  let nextCallId = 1;
  const apiCalls = new Map<number, (result: ApiCallResult) => void>();
  const env: Record<string, string> = {};

  const write = (line: LogLine) => {
    if (running) post({ type: 'log', id: running.id, line });
    else strayLines.push(line);
  };
  const sandboxConsole = createConsole(write, now);

  const callApi = (call: ApiCallRequest): Promise<ApiCallResult> => {
    const callId = nextCallId++;
    const release = loop.hold();
    return new Promise<ApiCallResult>((resolve) => {
      apiCalls.set(callId, (result) => {
        release();
        resolve(result);
      });
      post({ type: 'api', id: running?.id ?? lastId, callId, call });
    });
  };

  const scope = {
    console: sandboxConsole,
    Buffer: NodeBuffer,
    global: globalThis,
    process: {
      env,
      platform: 'linux',
      cwd: () => TASK_ROOT,
      nextTick: (fn: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => fn(...args)),
    },
    ...loop.timers,
  };

  // What a crashed Node process loses: its timers and its loaded module. The next invocation starts cold.
  const restart = () => {
    loop.clearAll();
    loaded = null;
  };

  async function init(request: InvokeRequest): Promise<LambdaHandler> {
    const builtins: Record<string, unknown> = { buffer: { Buffer: NodeBuffer }, 'node:buffer': { Buffer: NodeBuffer } };
    if (referencedBuiltins(request.files, [KINESIS_SDK]).length > 0) {
      builtins[KINESIS_SDK] = createKinesisModule(
        await loadKinesisSdk(),
        callApi,
        regionOf(request.context.invokedFunctionArn),
      );
    }
    beforeUserCode();
    return loadHandler({ handler: request.handler, files: request.files, scope, builtins });
  }

  async function invoke(id: number, request: InvokeRequest): Promise<void> {
    let settled = false;
    const finished = new Promise<void>((resolve) => {
      running = {
        id,
        handlerStart: null,
        finish: (message) => {
          if (settled) return;
          settled = true;
          post(message);
          resolve();
        },
      };
    });
    const current = running as Running | null;
    lastId = id;
    for (const line of strayLines) post({ type: 'log', id, line });
    strayLines = [];
    Object.assign(env, lambdaEnvironment(request));

    const key = JSON.stringify([request.handler, request.files]);
    let initDurationMs: number | null = null;
    if (!loaded || loaded.key !== key) {
      const start = now();
      try {
        loaded = { key, handler: await init(request) };
        initDurationMs = now() - start;
      } catch (error) {
        loaded = null;
        write({ level: 'ERROR', message: `Uncaught Exception ${formatErrorForLog(intoError(error))}` });
        current?.finish({
          type: 'done',
          id,
          outcome: { status: 'error', error: toFunctionError(error) },
          durationMs: 0,
          initDurationMs: now() - start,
        });
      }
    }
    if (loaded && !settled) {
      post({ type: 'started', id });
      const start = now();
      if (current) current.handlerStart = start;
      const outcome = await Promise.race([
        runHandler({
          handler: loaded.handler,
          event: request.event,
          context: request.context,
          log: write,
          loop,
          now: clock,
        }),
        finished.then(() => null),
      ]);
      if (outcome) current?.finish({ type: 'done', id, outcome, durationMs: now() - start, initDurationMs });
    }
    await finished;
    running = null;
  }

  return {
    console: sandboxConsole,
    receive(message) {
      if (message.type === 'apiResult') {
        const resolve = apiCalls.get(message.callId);
        apiCalls.delete(message.callId);
        resolve?.(message.result);
        return;
      }
      // One invocation at a time, like one execution environment.
      queue = queue.then(() => invoke(message.id, message.request));
    },
    reportUncaught(reason, kind) {
      const error = kind === 'rejection' ? new UnhandledPromiseRejection(reason, {}) : reason;
      const label = kind === 'rejection' ? 'Unhandled Promise Rejection' : 'Uncaught Exception';
      write({ level: 'ERROR', message: `${label} ${formatErrorForLog(intoError(error))}` });
      restart();
      if (!running) return;
      running.finish({
        type: 'done',
        id: running.id,
        outcome: { status: 'error', error: toFunctionError(error) },
        durationMs: running.handlerStart === null ? 0 : now() - running.handlerStart,
        initDurationMs: null,
      });
    },
  };
}
