import { describe, expect, it } from 'vitest';
import { callApi } from '../../api/callApi';
import { bytesToBase64, textToBase64 } from '../base64';
import { zipPackage } from '../../api/lambda/deploymentPackage';
import { applyCommand, replay, type SimCommand } from '../commands';
import { createSimulation } from '../createSimulation';
import { serializeSimulation as serialize } from '../serialize';
import type { SimState } from '../types';
import { awaitingInvocations } from './codeInvocations';
import type { InvocationReport } from './functionLogs';

const HANDLER =
  'export const handler = async (event) => { for (const r of event.Records) console.log(r.kinesis.data); };';

/** A lab after its first steps: a stream, a function with code, a mapping from TRIM_HORIZON, three records. */
function lab(options: { reportBatchItemFailures?: boolean; timeout?: number } = {}) {
  const sim = createSimulation({ seed: 7 });
  const log: SimCommand[] = [];
  const run = (command: SimCommand) => {
    log.push(command);
    return applyCommand(sim, command, callApi);
  };
  const api = (service: 'kinesis' | 'lambda' | 'logs', operation: string, input: Record<string, unknown>) =>
    run({
      type: service === 'kinesis' ? 'api/call' : service === 'lambda' ? 'lambda/call' : 'logs/call',
      operation,
      input,
    });
  const advanceTo = (until: number) => run({ type: 'time/advance', until });
  api('kinesis', 'CreateStream', { StreamName: 'lab-stream', ShardCount: 1 });
  advanceTo(sim.now + 2000);
  api('lambda', 'CreateFunction', {
    FunctionName: 'lab-consumer',
    Runtime: 'nodejs22.x',
    Role: 'arn:aws:iam::000000000000:role/lab-role',
    Handler: 'index.handler',
    Code: { ZipFile: bytesToBase64(zipPackage({ 'index.mjs': HANDLER })) },
    ...(options.timeout ? { Timeout: options.timeout } : {}),
  });
  api('lambda', 'CreateEventSourceMapping', {
    FunctionName: 'lab-consumer',
    EventSourceArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/lab-stream',
    StartingPosition: 'TRIM_HORIZON',
    BatchSize: 10,
    ...(options.reportBatchItemFailures ? { FunctionResponseTypes: ['ReportBatchItemFailures'] } : {}),
  });
  for (const user of ['user-1', 'user-2', 'user-3'])
    api('kinesis', 'PutRecord', {
      StreamName: 'lab-stream',
      PartitionKey: user,
      Data: textToBase64(`hello from ${user}`),
    });
  const complete = (requestId: string, report: InvocationReport) =>
    run({ type: 'lambda/completeInvocation', requestId, report });
  return { sim, log, api, advanceTo, complete };
}

const ok = (logs: InvocationReport['logs'] = [], initDurationMs: number | null = 120.5): InvocationReport => ({
  status: 'ok',
  response: null,
  logs,
  durationMs: 3.2,
  initDurationMs,
});

function mapping(sim: SimState) {
  return sim.lambda!.mappings[0]!;
}

describe('functions with code: the engine waits for the sandbox', () => {
  it('starts one invocation with the real event and waits, however long, until the result arrives', () => {
    const { sim, advanceTo } = lab();
    advanceTo(sim.now + 5000);
    const waiting = awaitingInvocations(sim);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.code.files['index.mjs']).toBe(HANDLER);
    expect(waiting[0]!.event.Records.map((r) => atob(r.kinesis.data))).toEqual([
      'hello from user-1',
      'hello from user-2',
      'hello from user-3',
    ]);
    expect(waiting[0]!.event.Records[0]!.eventSource).toBe('aws:kinesis');
    advanceTo(sim.now + 60_000);
    expect(awaitingInvocations(sim)).toHaveLength(1);
    expect(mapping(sim).stats).toMatchObject({ invocations: 1, processedRecords: 0 });
  });

  it('checkpoints the batch when the code returns, and writes START, output, END and REPORT', () => {
    const { sim, advanceTo, complete, api } = lab();
    advanceTo(sim.now + 3000);
    const [job] = awaitingInvocations(sim);
    complete(job!.requestId, ok([{ level: 'INFO', message: 'aGVsbG8=' }]));
    advanceTo(sim.now + 1000);
    expect(mapping(sim).stats).toMatchObject({ invocations: 1, processedRecords: 3, failedInvocations: 0 });
    const { events } = api('logs', 'FilterLogEvents', { logGroupName: '/aws/lambda/lab-consumer' }) as {
      events: { message: string; logStreamName: string; timestamp: number }[];
    };
    const at = new Date(events[0]!.timestamp).toISOString();
    expect(events.map((e) => e.message)).toEqual([
      `START RequestId: ${job!.requestId} Version: $LATEST`,
      `${at}\t${job!.requestId}\tINFO\taGVsbG8=`,
      `END RequestId: ${job!.requestId}`,
      `REPORT RequestId: ${job!.requestId}\tDuration: 3.20 ms\tBilled Duration: 4 ms\tMemory Size: 128 MB\tMax Memory Used: 68 MB\tInit Duration: 120.50 ms`,
    ]);
    expect(events[0]!.logStreamName).toMatch(/^\d{4}\/\d{2}\/\d{2}\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it('retries a batch whose code threw, with the same records, until it succeeds', () => {
    const { sim, advanceTo, complete } = lab();
    advanceTo(sim.now + 3000);
    const first = awaitingInvocations(sim)[0]!;
    complete(first.requestId, {
      status: 'error',
      error: {
        errorType: 'TypeError',
        errorMessage: "Cannot read properties of undefined (reading 'x')",
        stackTrace: [],
      },
      logs: [],
      durationMs: 1,
      initDurationMs: null,
    });
    advanceTo(sim.now + 2000);
    const retry = awaitingInvocations(sim)[0]!;
    expect(retry.requestId).not.toBe(first.requestId);
    expect(retry.event.Records.map((r) => r.kinesis.sequenceNumber)).toEqual(
      first.event.Records.map((r) => r.kinesis.sequenceNumber),
    );
    expect(mapping(sim)).toMatchObject({
      lastProcessingResult: 'PROBLEM: Function call failed',
      lastError: "TypeError: Cannot read properties of undefined (reading 'x')",
    });
    expect(mapping(sim).stats).toMatchObject({ invocations: 2, failedInvocations: 1, retries: 1 });
  });

  it('logs a timeout as Lambda does and fails the batch', () => {
    const { sim, advanceTo, complete, api } = lab({ timeout: 5 });
    advanceTo(sim.now + 3000);
    const job = awaitingInvocations(sim)[0]!;
    complete(job.requestId, { status: 'timeout', logs: [], durationMs: 5000, initDurationMs: null });
    advanceTo(sim.now + 1000);
    const { events } = api('logs', 'FilterLogEvents', {
      logGroupName: '/aws/lambda/lab-consumer',
      filterPattern: 'timed',
    }) as {
      events: { message: string }[];
    };
    expect(events.map((e) => e.message)).toEqual([
      expect.stringMatching(
        new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ${job.requestId} Task timed out after 5\\.00 seconds$`),
      ),
    ]);
    expect(mapping(sim).lastError).toBe('Sandbox.Timedout: Task timed out after 5.00 seconds');
  });

  it('with ReportBatchItemFailures, checkpoints before the lowest reported record; a bad identifier fails all', () => {
    const { sim, advanceTo, complete } = lab({ reportBatchItemFailures: true });
    advanceTo(sim.now + 3000);
    const job = awaitingInvocations(sim)[0]!;
    const second = job.event.Records[1]!.kinesis.sequenceNumber;
    complete(job.requestId, { ...ok(), response: { batchItemFailures: [{ itemIdentifier: second }] } });
    advanceTo(sim.now + 2000);
    const retry = awaitingInvocations(sim)[0]!;
    expect(retry.event.Records.map((r) => r.kinesis.partitionKey)).toEqual(['user-2', 'user-3']);
    expect(mapping(sim).stats.processedRecords).toBe(1);
    complete(retry.requestId, { ...ok(), response: { batchItemFailures: [{ itemIdentifier: '' }] } });
    advanceTo(sim.now + 2000);
    expect(awaitingInvocations(sim)[0]!.event.Records).toHaveLength(2);
    expect(mapping(sim).lastError).toBe(
      'The partial batch response named no record of this batch: the whole batch failed.',
    );
  });

  it('does not invoke a Pending function, and deleting it removes its mapping', () => {
    const { sim, api } = lab();
    expect(
      (api('lambda', 'GetFunctionConfiguration', { FunctionName: 'lab-consumer' }) as { State: string }).State,
    ).toBe('Pending');
    expect(awaitingInvocations(sim)).toHaveLength(0);
    api('lambda', 'DeleteFunction', { FunctionName: 'lab-consumer' });
    expect(sim.lambda!.mappings).toHaveLength(0);
  });

  it('replays to the same state: results are commands in the log', () => {
    const { sim, log, advanceTo, complete } = lab();
    advanceTo(sim.now + 3000);
    complete(awaitingInvocations(sim)[0]!.requestId, ok([{ level: 'WARN', message: 'slow' }]));
    advanceTo(sim.now + 4000);
    const again = replay({ seed: 7 }, log, callApi);
    expect(again.errors).toEqual([]);
    expect(serialize(again.sim)).toEqual(serialize(sim));
  });
});
