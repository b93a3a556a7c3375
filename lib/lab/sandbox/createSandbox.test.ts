import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSandbox, START_ALLOWANCE_MS, type SandboxOptions, type WorkerLike } from './createSandbox';
import { createLoopTracker } from './node/loopTracker';
import { createNodeRuntime } from './node/nodeRuntime';
import type { ApiCallRequest, FromWorker, InvocationContext, InvokeRequest, ToWorker } from './sandboxTypes';

const context: InvocationContext = {
  functionName: 'consumer',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:consumer',
  memoryLimitInMB: 128,
  awsRequestId: '8f5c6b1e-0d2a-4c3b-9e4f-a1b2c3d4e5f6',
  logGroupName: '/aws/lambda/consumer',
  logStreamName: '2026/01/01/[$LATEST]0123456789abcdef',
  timeoutMs: 3000,
};

const request = (files: Record<string, string>, event: unknown = {}): InvokeRequest => ({
  handler: 'index.handler',
  files,
  event,
  context,
});

/** A worker the test scripts by hand: it records what the page posts and emits what the test says. */
class ScriptedWorker implements WorkerLike {
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  constructor(private readonly script: (message: ToWorker, worker: ScriptedWorker) => void = () => {}) {}
  postMessage(message: ToWorker) {
    this.posted.push(message);
    this.script(message, this);
  }
  terminate() {
    this.terminated = true;
  }
  emit(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
  crash(message: string) {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }
  get invokes() {
    return this.posted.filter((m): m is Extract<ToWorker, { type: 'invoke' }> => m.type === 'invoke');
  }
}

/** A worker that runs the real Node runtime in this thread (no worker threads in the test environment). */
class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  private readonly runtime = createNodeRuntime({
    loop: createLoopTracker(),
    loadKinesisSdk: () => import('@aws-sdk/client-kinesis'),
    post: (message) =>
      queueMicrotask(() => !this.terminated && this.onmessage?.({ data: message } as MessageEvent<FromWorker>)),
  });
  postMessage(message: ToWorker) {
    queueMicrotask(() => this.runtime.receive(structuredClone(message)));
  }
  terminate() {
    this.terminated = true;
  }
}

function sandboxWith<W extends WorkerLike>(make: () => W, onApiCall?: SandboxOptions['onApiCall']) {
  const workers: W[] = [];
  const sandbox = createSandbox({
    onApiCall,
    createWorker: () => {
      const worker = make();
      workers.push(worker);
      return worker;
    },
  });
  return { sandbox, workers };
}

type Done = Extract<FromWorker, { type: 'done' }>;

const done = (id: number, response: unknown, initDurationMs: number | null = null): Done => ({
  type: 'done',
  id,
  outcome: { status: 'ok', response },
  durationMs: 4,
  initDurationMs,
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createSandbox: timeouts', () => {
  it('terminates a worker that runs past the timeout and reports Lambda’s timeout', async () => {
    vi.useFakeTimers();
    // The handler starts, logs, and never answers: `while (true) {}` looks like this from the page.
    const { sandbox, workers } = sandboxWith(
      () =>
        new ScriptedWorker((m, w) => {
          if (m.type !== 'invoke') return;
          w.emit({ type: 'started', id: m.id });
          w.emit({ type: 'log', id: m.id, line: { level: 'INFO', message: 'polling…' } });
        }),
    );
    const pending = sandbox.invoke(
      'nodejs22.x',
      request({ 'index.mjs': 'export const handler = () => { while (true) {} };' }),
    );
    await vi.advanceTimersByTimeAsync(2999);
    expect(workers[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(workers[0]?.terminated).toBe(true);
    expect(result).toMatchObject({
      status: 'timeout',
      error: {
        errorType: 'Sandbox.Timedout',
        errorMessage: 'RequestId: 8f5c6b1e-0d2a-4c3b-9e4f-a1b2c3d4e5f6 Error: Task timed out after 3.00 seconds',
        stackTrace: [],
      },
      durationMs: 3000,
    });
    // What it wrote before it was stopped is kept; the "Task timed out" line is the simulator's to write.
    expect(result.logs).toEqual([{ level: 'INFO', message: 'polling…' }]);
  });

  it('runs the next invocation cold, in a new worker', async () => {
    vi.useFakeTimers();
    let hang = true;
    const { sandbox, workers } = sandboxWith(
      () =>
        new ScriptedWorker((m, w) => {
          if (m.type !== 'invoke') return;
          w.emit({ type: 'started', id: m.id });
          if (!hang) w.emit(done(m.id, 'fresh', 7));
        }),
    );
    const files = { 'index.mjs': 'export const handler = async () => "fresh";' };
    const first = sandbox.invoke('nodejs22.x', request(files));
    await vi.advanceTimersByTimeAsync(3000);
    expect((await first).status).toBe('timeout');
    hang = false;
    const second = await sandbox.invoke('nodejs22.x', request(files));
    expect(workers).toHaveLength(2);
    expect(workers[1]?.invokes).toHaveLength(1);
    expect(second).toMatchObject({ status: 'ok', response: 'fresh', initDurationMs: 7 });
  });

  it('counts the timeout from the invoke, plus a start-up allowance when cold, for a worker that never says it started', async () => {
    vi.useFakeTimers();
    const { sandbox, workers } = sandboxWith(() => new ScriptedWorker());
    const pending = sandbox.invoke('python3.12', request({ 'lambda_function.py': 'while True: pass' }));
    await vi.advanceTimersByTimeAsync(START_ALLOWANCE_MS['python3.12'] + 2999);
    expect(workers[0]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe('timeout');
  });

  it('judges such a worker’s duration afterwards: longer than the timeout is a timeout', async () => {
    const { sandbox } = sandboxWith(
      () =>
        new ScriptedWorker((m, w) => {
          if (m.type === 'invoke') w.emit({ ...done(m.id, 'late', 5000), durationMs: 3200 });
        }),
    );
    const result = await sandbox.invoke('python3.12', request({ 'lambda_function.py': '' }));
    expect(result).toMatchObject({ status: 'timeout', error: { errorType: 'Sandbox.Timedout' } });
  });
});

describe('createSandbox: execution environments', () => {
  it('reuses a warm worker: only the first invocation reports an init duration', async () => {
    const { sandbox, workers } = sandboxWith(() => new InProcessWorker());
    const files = { 'index.mjs': 'let n = 0;\nexport const handler = async () => ++n;' };
    const first = await sandbox.invoke('nodejs22.x', request(files));
    const second = await sandbox.invoke('nodejs22.x', request(files));
    expect(workers).toHaveLength(1);
    expect([first.response, second.response]).toEqual([1, 2]);
    expect(first.initDurationMs).toEqual(expect.any(Number));
    expect(second.initDurationMs).toBeNull();
  });

  it('starts a new worker for a new deployment and terminates the old one', async () => {
    const { sandbox, workers } = sandboxWith(() => new InProcessWorker());
    await sandbox.invoke('nodejs22.x', request({ 'index.mjs': 'export const handler = async () => 1;' }));
    const changed = await sandbox.invoke(
      'nodejs22.x',
      request({ 'index.mjs': 'export const handler = async () => 2;' }),
    );
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(changed).toMatchObject({ status: 'ok', response: 2, initDurationMs: expect.any(Number) });
  });

  it('queues invocations: one at a time per runtime', async () => {
    const { sandbox, workers } = sandboxWith(() => new ScriptedWorker());
    const files = { 'index.mjs': 'export const handler = async (e) => e;' };
    const first = sandbox.invoke('nodejs22.x', request(files, 1));
    const second = sandbox.invoke('nodejs22.x', request(files, 2));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const worker = workers[0] as ScriptedWorker;
    expect(worker.invokes.map((m) => m.request.event)).toEqual([1]);
    worker.emit(done(worker.invokes[0]?.id ?? 0, 'one', 3));
    expect((await first).response).toBe('one');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(worker.invokes.map((m) => m.request.event)).toEqual([1, 2]);
    worker.emit(done(worker.invokes[1]?.id ?? 0, 'two'));
    expect((await second).response).toBe('two');
  });

  it('streams log lines to onLog while the function runs and returns them with the result', async () => {
    const { sandbox } = sandboxWith(() => new InProcessWorker());
    const streamed: string[] = [];
    const result = await sandbox.invoke(
      'nodejs22.x',
      request({ 'index.mjs': "export const handler = async () => { console.log('one'); console.warn('two'); };" }),
      (line) => streamed.push(`${line.level} ${line.message}`),
    );
    expect(streamed).toEqual(['INFO one', 'WARN two']);
    expect(result.logs).toEqual([
      { level: 'INFO', message: 'one' },
      { level: 'WARN', message: 'two' },
    ]);
  });

  it('turns a dead worker into Runtime.ExitError and replaces it', async () => {
    const { sandbox, workers } = sandboxWith(
      () => new ScriptedWorker((m, w) => m.type === 'invoke' && queueMicrotask(() => w.crash('Out of memory'))),
    );
    const result = await sandbox.invoke('nodejs22.x', request({ 'index.mjs': '' }));
    expect(result).toMatchObject({
      status: 'error',
      error: {
        errorType: 'Runtime.ExitError',
        errorMessage: 'RequestId: 8f5c6b1e-0d2a-4c3b-9e4f-a1b2c3d4e5f6 Error: Runtime exited with error: Out of memory',
      },
    });
    expect(workers[0]?.terminated).toBe(true);
    await sandbox.invoke('nodejs22.x', request({ 'index.mjs': '' }));
    expect(workers).toHaveLength(2);
  });

  it('ends running and queued invocations when disposed', async () => {
    const { sandbox, workers } = sandboxWith(() => new ScriptedWorker());
    const running = sandbox.invoke('nodejs22.x', request({ 'index.mjs': '' }));
    const queued = sandbox.invoke('nodejs22.x', request({ 'index.mjs': '' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    sandbox.dispose();
    const results = await Promise.all([running, queued]);
    expect(results.map((r) => r.error?.errorMessage)).toEqual([
      'RequestId: 8f5c6b1e-0d2a-4c3b-9e4f-a1b2c3d4e5f6 Error: the sandbox was disposed',
      'RequestId: 8f5c6b1e-0d2a-4c3b-9e4f-a1b2c3d4e5f6 Error: the sandbox was disposed',
    ]);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});

describe('createSandbox: SDK calls', () => {
  const producer = {
    'index.mjs': `import { KinesisClient, PutRecordsCommand } from '@aws-sdk/client-kinesis';
const kinesis = new KinesisClient({});
export const handler = async () => {
  const out = await kinesis.send(new PutRecordsCommand({
    StreamName: 'clicks',
    Records: [{ Data: new TextEncoder().encode('{"page":"/"}'), PartitionKey: 'user-1' }],
  }));
  return out.Records.map((r) => r.ErrorCode ?? r.ShardId);
};`,
  };

  it('answers the function’s SDK calls through onApiCall', async () => {
    const calls: ApiCallRequest[] = [];
    const { sandbox } = sandboxWith(
      () => new InProcessWorker(),
      (call) => {
        calls.push(call);
        return {
          ok: true,
          output: { FailedRecordCount: 0, Records: [{ ShardId: 'shardId-000000000001', SequenceNumber: '1' }] },
        };
      },
    );
    const result = await sandbox.invoke('nodejs22.x', request(producer));
    expect(calls).toEqual([
      {
        service: 'kinesis',
        operation: 'PutRecords',
        input: { StreamName: 'clicks', Records: [{ Data: 'eyJwYWdlIjoiLyJ9', PartitionKey: 'user-1' }] },
      },
    ]);
    expect(result).toMatchObject({ status: 'ok', response: ['shardId-000000000001'] });
  });

  it('turns an onApiCall that throws into an InternalFailure the SDK reports', async () => {
    const { sandbox } = sandboxWith(
      () => new InProcessWorker(),
      () => {
        throw new Error('simulator is paused');
      },
    );
    const files = {
      'index.mjs': producer['index.mjs'].replace('new KinesisClient({})', 'new KinesisClient({ maxAttempts: 1 })'),
    };
    const result = await sandbox.invoke('nodejs22.x', request(files));
    expect(result).toMatchObject({
      status: 'error',
      error: { errorType: 'InternalFailure', errorMessage: 'simulator is paused' },
    });
  });
});
