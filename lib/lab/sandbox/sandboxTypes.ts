/**
 * The contract between the page and the Web Workers that run learners' Lambda code. The page never runs
 * user code itself: it posts an invocation to a worker (one per runtime), answers the worker's AWS API
 * calls from the simulator, and terminates the worker when the function's timeout passes.
 */

/** Lambda runtime identifiers, as in CreateFunction's `Runtime`. */
export type LabRuntime = 'nodejs22.x' | 'python3.12';

/** The `context` object a handler receives (Node's names; the Python worker maps them onto its own). */
export interface InvocationContext {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: number;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  /** The function's timeout: the worker reports the remaining time from it. */
  timeoutMs: number;
}

export interface InvokeRequest {
  /** `index.handler` (file `index.mjs`, `index.js` or `index.ts`, export `handler`) or `lambda_function.lambda_handler`. */
  handler: string;
  /** The deployment package: file name → source text. */
  files: Record<string, string>;
  event: unknown;
  context: InvocationContext;
}

/** One line the function wrote: Node's console level, or RAW for Python's print / stdout. */
export interface LogLine {
  level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE' | 'RAW';
  message: string;
}

/** Lambda's error response shape (Node: errorType/errorMessage/trace; Python: …/stackTrace). */
export interface FunctionError {
  errorType: string;
  errorMessage: string;
  stackTrace: string[];
}

export type InvocationOutcome = { status: 'ok'; response: unknown } | { status: 'error'; error: FunctionError };

export interface InvocationResult {
  /** `timeout` when the page terminated the worker: the error is Lambda's "Task timed out after N seconds". */
  status: 'ok' | 'error' | 'timeout';
  /** The handler's return value after a JSON round trip (Lambda serializes responses), for status ok. */
  response?: unknown;
  error?: FunctionError;
  logs: LogLine[];
  /** Wall-clock milliseconds the handler ran (not counting a cold start's init). */
  durationMs: number;
  /** Milliseconds spent loading the runtime and the module on a cold start, else null. */
  initDurationMs: number | null;
}

/** An AWS API call made by user code through the SDK; answered by the page from the simulator. */
export interface ApiCallRequest {
  service: 'kinesis' | 'firehose';
  /** AWS operation name, e.g. `PutRecords`. */
  operation: string;
  /** The request body (AWS JSON 1.1 shape, PascalCase, blobs base64). */
  input: Record<string, unknown>;
}

export type ApiCallResult = { ok: true; output: unknown } | { ok: false; error: { name: string; message: string } };

/** Page → worker. */
export type ToWorker =
  | { type: 'invoke'; id: number; request: InvokeRequest }
  | { type: 'apiResult'; callId: number; result: ApiCallResult };

/** Worker → page. `done` always comes last for an invocation. */
export type FromWorker =
  | { type: 'log'; id: number; line: LogLine }
  | { type: 'api'; id: number; callId: number; call: ApiCallRequest }
  /**
   * Optional: the module is loaded and the handler is about to run, so the function's timeout starts now (a
   * cold start's init does not count toward it, as in Lambda). A worker that never sends it gets its timeout
   * counted from the invoke message, plus a start-up allowance on a cold start.
   */
  | { type: 'started'; id: number }
  | {
      type: 'done';
      id: number;
      outcome: InvocationOutcome;
      durationMs: number;
      initDurationMs: number | null;
    };
