import type {
  ApiCallRequest,
  ApiCallResult,
  FromWorker,
  InvocationContext,
  InvokeRequest,
  LogLine,
} from '../../sandboxTypes';
import { createLoopTracker } from '../loopTracker';
import { createNodeRuntime } from '../nodeRuntime';

/** A Node.js runtime driven as the worker's message loop would drive it, with the page's API answers. */
export const context: InvocationContext = {
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

export function harness(answer: (call: ApiCallRequest) => ApiCallResult = () => ({ ok: true, output: {} })) {
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

export const errorLog = (logs: LogLine[]) => logs.find((line) => line.level === 'ERROR')?.message ?? '';
