import type {
  ApiCallRequest,
  ApiCallResult,
  FromWorker,
  FunctionError,
  InvocationResult,
  InvokeRequest,
  LabRuntime,
  LogLine,
  ToWorker,
} from './sandboxTypes';

/**
 * The page side of the sandbox: one warm Web Worker per runtime, like one Lambda execution environment.
 * Invocations on a runtime run one at a time; the function's timeout is enforced by terminating the worker
 * (so `while (true) {}` costs the page nothing), and the next invocation then starts cold in a new worker,
 * as a new deployment does. The page never evaluates user code itself.
 */

/** The part of `Worker` the sandbox uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface SandboxOptions {
  /** Answers the SDK calls user code makes (SDK mode), from the simulator's API layer. */
  onApiCall?: (call: ApiCallRequest) => ApiCallResult | Promise<ApiCallResult>;
  createWorker?: (runtime: LabRuntime) => WorkerLike;
}

export interface Sandbox {
  invoke(runtime: LabRuntime, request: InvokeRequest, onLog?: (line: LogLine) => void): Promise<InvocationResult>;
  /** Terminates every worker; invocations still running or queued end with Runtime.ExitError. */
  dispose(): void;
}

/**
 * How long a cold worker may take to start before its function timeout starts counting, when the worker
 * does not say when the handler starts: Lambda's own init limit for Node, and room for Pyodide's download
 * and start-up for Python.
 */
export const START_ALLOWANCE_MS: Record<LabRuntime, number> = { 'nodejs22.x': 10_000, 'python3.12': 60_000 };

function defaultCreateWorker(runtime: LabRuntime): WorkerLike {
  if (runtime === 'python3.12') return new Worker(new URL('./pythonWorker.ts', import.meta.url), { type: 'module' });
  return new Worker(new URL('./nodeWorker.ts', import.meta.url), { type: 'module' });
}

/** Lambda's wording: the timeout in seconds with two decimals. */
export function timeoutMessage(timeoutMs: number): string {
  return `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`;
}

function timeoutError(requestId: string, timeoutMs: number): FunctionError {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: ${timeoutMessage(timeoutMs)}`,
    stackTrace: [],
  };
}

function exitError(requestId: string, detail: string): FunctionError {
  return { errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${requestId} Error: ${detail}`, stackTrace: [] };
}

function deploymentKey(runtime: LabRuntime, request: InvokeRequest): string {
  return JSON.stringify([runtime, request.handler, request.files]);
}

interface Environment {
  worker: WorkerLike;
  key: string;
  /** True until its first invocation: that one is the cold start. */
  fresh: boolean;
}

/**
 * Creates a sandbox.
 * @example
 * const sandbox = createSandbox({ onApiCall: (call) => api.call(call) });
 * const result = await sandbox.invoke('nodejs22.x', { handler: 'index.handler', files, event, context });
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const { onApiCall, createWorker = defaultCreateWorker } = options;
  const environments = new Map<LabRuntime, Environment>();
  const queues = new Map<LabRuntime, Promise<unknown>>();
  const running = new Set<(detail: string) => void>();
  let nextId = 1;
  let disposed = false;

  const answerApiCall = async (call: ApiCallRequest): Promise<ApiCallResult> => {
    if (!onApiCall) {
      return {
        ok: false,
        error: { name: 'InternalFailure', message: 'This sandbox is not connected to the simulator.' },
      };
    }
    try {
      return await onApiCall(call);
    } catch (error) {
      return {
        ok: false,
        error: { name: 'InternalFailure', message: error instanceof Error ? error.message : String(error) },
      };
    }
  };

  function environmentFor(runtime: LabRuntime, request: InvokeRequest): Environment {
    const key = deploymentKey(runtime, request);
    const current = environments.get(runtime);
    if (current && current.key === key) return current;
    // A new deployment is a new module: a cold start in a fresh worker.
    current?.worker.terminate();
    const created: Environment = { worker: createWorker(runtime), key, fresh: true };
    environments.set(runtime, created);
    return created;
  }

  function runOne(
    runtime: LabRuntime,
    request: InvokeRequest,
    onLog?: (line: LogLine) => void,
  ): Promise<InvocationResult> {
    const requestId = request.context.awsRequestId;
    const timeoutMs = request.context.timeoutMs;
    if (disposed) {
      return Promise.resolve({
        status: 'error',
        error: exitError(requestId, 'the sandbox was disposed'),
        logs: [],
        durationMs: 0,
        initDurationMs: null,
      });
    }
    const environment = environmentFor(runtime, request);
    const { worker } = environment;
    const cold = environment.fresh;
    environment.fresh = false;
    const id = nextId++;
    const logs: LogLine[] = [];
    const postedAt = performance.now();
    let startedAt: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;

    return new Promise<InvocationResult>((resolve) => {
      const addLog = (line: LogLine) => {
        logs.push(line);
        onLog?.(line);
      };
      const discardWorker = () => {
        alive = false;
        worker.terminate();
        if (environments.get(runtime)?.worker === worker) environments.delete(runtime);
      };
      const finish = (result: Omit<InvocationResult, 'logs'>) => {
        clearTimeout(timer);
        running.delete(abort);
        worker.onmessage = null;
        worker.onerror = null;
        resolve({ ...result, logs });
      };
      const initDuration = () => (cold && startedAt !== null ? startedAt - postedAt : null);
      const abort = (detail: string) => {
        discardWorker();
        addLog({ level: 'RAW', message: `RequestId: ${requestId} Error: ${detail}\nRuntime.ExitError` });
        finish({
          status: 'error',
          error: exitError(requestId, detail),
          durationMs: startedAt === null ? 0 : performance.now() - startedAt,
          initDurationMs: initDuration(),
        });
      };
      // The "Task timed out" log line is the platform's, not the function's: the simulator writes it with its
      // own clock, next to END and REPORT.
      const onTimeout = () => {
        discardWorker();
        finish({
          status: 'timeout',
          error: timeoutError(requestId, timeoutMs),
          durationMs: timeoutMs,
          initDurationMs: initDuration(),
        });
      };
      const arm = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(onTimeout, ms);
      };

      worker.onmessage = ({ data: message }) => {
        if (message.type === 'api') {
          void answerApiCall(message.call).then((result) => {
            if (alive) worker.postMessage({ type: 'apiResult', callId: message.callId, result });
          });
          return;
        }
        if (message.id !== id) return;
        if (message.type === 'log') addLog(message.line);
        else if (message.type === 'started') {
          startedAt = performance.now();
          arm(timeoutMs);
        } else if (startedAt === null && message.durationMs > timeoutMs) {
          // A worker that does not report its start had its clock running through init: judge it afterwards.
          onTimeout();
        } else {
          const { outcome } = message;
          finish({
            status: outcome.status,
            ...(outcome.status === 'ok' ? { response: outcome.response } : { error: outcome.error }),
            durationMs: message.durationMs,
            initDurationMs: message.initDurationMs,
          });
        }
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        abort(`Runtime exited with error: ${event.message || 'the sandbox worker stopped'}`);
      };

      running.add(abort);
      arm(cold ? START_ALLOWANCE_MS[runtime] + timeoutMs : timeoutMs);
      try {
        worker.postMessage({ type: 'invoke', id, request });
      } catch (error) {
        // The event or files could not be copied to the worker (a function or a DOM object in them).
        abort(`Runtime exited with error: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }

  return {
    invoke(runtime, request, onLog) {
      const previous = queues.get(runtime) ?? Promise.resolve();
      const result = previous.then(() => runOne(runtime, request, onLog));
      queues.set(runtime, result);
      return result;
    },
    dispose() {
      disposed = true;
      for (const abort of [...running]) abort('the sandbox was disposed');
      for (const environment of environments.values()) environment.worker.terminate();
      environments.clear();
    },
  };
}
