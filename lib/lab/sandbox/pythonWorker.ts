/*
 * The python3.12 execution environment: a module Web Worker that runs learners' handlers in Pyodide
 * (CPython 3.12 compiled to WebAssembly). The page (createSandbox.ts) posts `invoke` messages and
 * terminates the worker when a function times out; each invocation answers with `log` messages while it
 * runs and one `done`. Pyodide is loaded on the first invocation only, so choosing Python costs nothing
 * until a function runs.
 */
import type * as PyodideModule from 'pyodide';
import { createPythonRuntime, type PythonRuntime } from './pythonRuntime';
import type { FromWorker, FunctionError, InvokeRequest, ToWorker } from './sandboxTypes';

/** Where scripts/copy-pyodide.ts puts the runtime files: the site's own origin, never a CDN. */
const PYODIDE_PATH = '/pyodide/';

// The project compiles against the DOM library; this is the part of the worker scope the file uses.
interface WorkerScope {
  location: { origin: string };
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;

let runtime: Promise<PythonRuntime> | null = null;
/** The invocation that log events belong to: one runs at a time, as in a Lambda execution environment. */
let currentId = 0;
let queue: Promise<void> = Promise.resolve();

async function loadRuntime(): Promise<PythonRuntime> {
  const indexURL = new URL(PYODIDE_PATH, scope.location.origin).href;
  // Loaded from the copied files at run time rather than bundled: the package's loader carries Node-only
  // branches, and Pyodide fetches its other files from next to the loader anyway.
  const { loadPyodide } = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ `${indexURL}pyodide.mjs`
  )) as typeof PyodideModule;
  const pyodide = await loadPyodide({ indexURL, packages: [] });
  return createPythonRuntime(pyodide, (message) =>
    scope.postMessage({ type: 'log', id: currentId, line: { level: 'RAW', message } }),
  );
}

function runtimeFailure(id: number, errorMessage: string): FromWorker {
  const error: FunctionError = { errorType: 'Runtime.Unknown', errorMessage, stackTrace: [] };
  return { type: 'done', id, outcome: { status: 'error', error }, durationMs: 0, initDurationMs: null };
}

async function handleInvoke(id: number, request: InvokeRequest): Promise<void> {
  let loadMs: number | null = null;
  let python: PythonRuntime;
  try {
    if (runtime === null) {
      const started = performance.now();
      runtime = loadRuntime();
      python = await runtime;
      loadMs = performance.now() - started;
    } else {
      python = await runtime;
    }
  } catch (error) {
    runtime = null; // the next invocation tries again
    scope.postMessage(runtimeFailure(id, `The Python runtime could not be loaded from ${PYODIDE_PATH}: ${error}`));
    return;
  }

  currentId = id;
  // The function's timeout starts now: loading Pyodide is the cold start's init, which Lambda does not count.
  scope.postMessage({ type: 'started', id });
  try {
    const { outcome, durationMs, importMs } = python.invoke(request);
    // A cold start is Pyodide's load (first invocation) plus the import of a new deployment.
    const initDurationMs = loadMs === null && importMs === null ? null : (loadMs ?? 0) + (importMs ?? 0);
    scope.postMessage({ type: 'done', id, outcome, durationMs, initDurationMs });
  } catch (error) {
    scope.postMessage(runtimeFailure(id, `The Python runtime failed: ${error}`));
  }
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  // Python functions have no SDK in the browser, so this worker never posts `api` calls to answer.
  if (message.type !== 'invoke') return;
  queue = queue.then(() => handleInvoke(message.id, message.request));
});
