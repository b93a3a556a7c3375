import { blockNetwork } from './node/blockNetwork';
import { createLoopTracker } from './node/loopTracker';
import { createNodeRuntime } from './node/nodeRuntime';
import type { FromWorker, ToWorker } from './sandboxTypes';

/**
 * The Node.js 22 runtime for learners' Lambda code, as a module Web Worker: no DOM, no access to the page,
 * killed by the page when the function's timeout passes. All behaviour lives in `node/nodeRuntime.ts`; this
 * file connects it to the worker's global scope.
 */

interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
// Created before the globals are replaced, so it keeps the real timers for itself.
const loop = createLoopTracker();
let networkBlocked = false;

const runtime = createNodeRuntime({
  post: (message) => scope.postMessage(message),
  loop,
  loadKinesisSdk: () => import('@aws-sdk/client-kinesis'),
  // After the SDK chunk has loaded (the bundler's loader may need the network for it), before user code runs.
  beforeUserCode: () => {
    if (networkBlocked) return;
    networkBlocked = true;
    blockNetwork(scope);
  },
});

// The SDK's own warnings and timers belong to the function, as they do in Lambda: they log through the
// function's console and keep the event loop alive.
Object.assign(scope, { console: runtime.console, ...loop.timers });

scope.addEventListener('error', (event) => {
  event.preventDefault();
  runtime.reportUncaught(event.error ?? new Error(event.message), 'exception');
});
scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  runtime.reportUncaught(event.reason, 'rejection');
});
scope.onmessage = (event) => runtime.receive(event.data);
