import type { PyodideInterface } from 'pyodide';
import { PYTHON_BOOTSTRAP } from './pythonBootstrap';
import type { FunctionError, InvocationOutcome, InvokeRequest } from './sandboxTypes';

/** Where the bootstrap lives in Pyodide's file system; Lambda's runtime keeps its bootstrap.py there too. */
export const BOOTSTRAP_PATH = '/var/runtime/bootstrap.py';

export interface PythonInvocation {
  outcome: InvocationOutcome;
  /** Milliseconds the handler ran (0 when the module failed to load). */
  durationMs: number;
  /** Milliseconds spent importing the deployment on a cold start, else null. */
  importMs: number | null;
}

export interface PythonRuntime {
  /** Runs one invocation synchronously; log events reach the runtime's `onLog` while it runs. */
  invoke(request: InvokeRequest): PythonInvocation;
}

type BootstrapResult =
  | { status: 'ok'; payload: string; durationMs: number; importMs: number | null }
  | { status: 'error'; error: FunctionError; durationMs: number; importMs: number | null };

type InvokeFunction = (handler: string, files: string, event: string, context: string) => string;

/**
 * Installs the Lambda bootstrap in a loaded Pyodide and returns a runtime that invokes handlers with it.
 * `onLog` receives each log event (a print line, a logging record, an `[ERROR]` record) as it happens.
 *
 * @example
 * const runtime = createPythonRuntime(await loadPyodide(), (message) => lines.push(message));
 * const { outcome } = runtime.invoke({ handler: 'lambda_function.lambda_handler', files, event, context });
 */
export function createPythonRuntime(pyodide: PyodideInterface, onLog: (message: string) => void): PythonRuntime {
  pyodide.FS.mkdirTree('/var/runtime');
  pyodide.FS.writeFile(BOOTSTRAP_PATH, PYTHON_BOOTSTRAP);
  const namespace = pyodide.globals.get('dict')();
  namespace.set('__name__', 'bootstrap');
  pyodide.runPython(PYTHON_BOOTSTRAP, { globals: namespace, filename: BOOTSTRAP_PATH });
  namespace.get('set_log_sink')(onLog);
  // Python-level output is captured by the bootstrap; this catches what C code writes to the descriptors.
  pyodide.setStdout({ batched: onLog });
  pyodide.setStderr({ batched: onLog });
  const invokePython = namespace.get('invoke') as InvokeFunction;

  return {
    invoke(request) {
      const raw = invokePython(
        request.handler,
        JSON.stringify(request.files),
        JSON.stringify(request.event ?? null),
        JSON.stringify(request.context),
      );
      const result = JSON.parse(raw) as BootstrapResult;
      const outcome: InvocationOutcome =
        result.status === 'ok'
          ? { status: 'ok', response: parsePayload(result.payload) }
          : { status: 'error', error: result.error };
      return { outcome, durationMs: result.durationMs, importMs: result.importMs };
    },
  };
}

/**
 * Lambda returns the serialized bytes as they are; a payload that is not JSON (a `bytes` return value,
 * a NaN) reaches the caller as its text.
 */
function parsePayload(payload: string): unknown {
  try {
    return JSON.parse(payload) as unknown;
  } catch {
    return payload;
  }
}
