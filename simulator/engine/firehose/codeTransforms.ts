/**
 * Firehose's Lambda transformation run by learner code (fact 27). The engine never runs code: when a
 * buffer is due and the transform's LambdaArn names a function with code, the buffer is held and an
 * invocation waits, listed by `awaitingTransforms`, until the lab's sandbox reports the function's result
 * with `firehose/completeTransform`. Results are commands, so a command log replays a run exactly.
 */
import { base64ByteLength } from '../base64';
import { randomUuid } from '../dataTemplate';
import { KinesisError } from '../errors';
import { emit } from '../events';
import { nextUint32 } from '../prng';
import type { SimState } from '../types';
import { lambdaState } from '../lambda/functions';
import { writeInvocationLogs, type InvocationReport } from '../lambda/functionLogs';
import type { FunctionCode, LambdaFunctionState } from '../lambda/lambdaTypes';
import { allFailed, deliverOutcome, type Outcome } from './delivery';
import { firehoseOf } from './firehoseState';
import type { CodeTransform, DeliveryBuffer, DeliveryStreamState, FirehoseRecord } from './firehoseTypes';

/** The command a lab's sandbox sends when a transform invocation ends (the same report as Lambda's). */
export type FirehoseTransformCommand = {
  type: 'firehose/completeTransform';
  requestId: string;
  report: InvocationReport;
};

/** The event Firehose invokes a transform function with (fact 27: arrival in epoch milliseconds). */
export interface FirehoseTransformEvent {
  invocationId: string;
  deliveryStreamArn: string;
  region: string;
  records: { recordId: string; approximateArrivalTimestamp: number; data: string }[];
}

/** A transform invocation the engine has started and a lab's sandbox has to run. */
export interface AwaitingTransform {
  functionName: string;
  requestId: string;
  code: FunctionCode;
  event: FirehoseTransformEvent;
}

const LAMBDA_ARN = /^arn:aws:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9_-]{1,64})(?::[a-zA-Z0-9$_-]+)?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The function a LambdaArn names in this account and Region, or null (another account, or not an ARN).
 * A version or alias qualifier is accepted and ignored: the simulator has only `$LATEST`.
 * @example functionNameOfArn(sim, 'arn:aws:lambda:us-east-1:000000000000:function:clean-readings') // 'clean-readings'
 */
export function functionNameOfArn(state: SimState, arn: string): string | null {
  const match = LAMBDA_ARN.exec(arn);
  if (!match || match[1] !== state.region || match[2] !== state.account) return null;
  return match[3]!;
}

/** The function with code this stream's transform invokes, or null when the transform is modelled by rates. */
function codeFunction(state: SimState, stream: DeliveryStreamState): LambdaFunctionState | null {
  const arn = stream.config.transform ? stream.config.arns?.lambda : undefined;
  const name = arn === undefined ? null : functionNameOfArn(state, arn);
  const fn = name === null ? undefined : state.lambda?.functions.find((f) => f.config.name === name);
  return fn?.config.code ? fn : null;
}

/** Firehose's record ids are 56 decimal digits; these come from the Firehose generator. */
function recordId(state: SimState): string {
  const firehose = firehoseOf(state);
  let id = '';
  for (let i = 0; i < 7; i++) {
    const [n, next] = nextUint32(firehose.prng);
    firehose.prng = next;
    id += String(n % 100_000_000).padStart(8, '0');
  }
  return id;
}

/** Starts one invocation of the held batch: a new Lambda request id, the same records and record ids. */
function invoke(state: SimState, stream: DeliveryStreamState, fn: LambdaFunctionState, transform: CodeTransform): void {
  const lambda = lambdaState(state);
  const [requestId, prng] = randomUuid(lambda.prng);
  lambda.prng = prng;
  fn.stats.invocations++;
  (stream.transforms ??= []).push({ ...transform, requestId });
  emit(state, {
    type: 'firehose/transformInvoked',
    deliveryStream: stream.config.name,
    function: fn.config.name,
    requestId,
    records: transform.buffer.explicit.length,
    retry: transform.attempts > 1,
  });
}

/**
 * When the stream's transform names a function with code, holds the due buffer and starts an invocation
 * the sandbox must complete; returns false when the transform is modelled (deliverBuffer then runs it).
 * A function still Pending is not invoked: the buffer goes back and is tried again at the next step.
 * @example if (!startCodeTransform(sim, stream, buffer)) deliverBuffer(sim, stream, buffer)
 */
export function startCodeTransform(state: SimState, stream: DeliveryStreamState, buffer: DeliveryBuffer): boolean {
  const fn = codeFunction(state, stream);
  if (!fn) return false;
  if (fn.config.code!.activeAt > state.now) {
    stream.buffers.push(buffer);
    return true;
  }
  const firehose = firehoseOf(state);
  const [invocationId, prng] = randomUuid(firehose.prng);
  firehose.prng = prng;
  const recordIds = buffer.explicit.map(() => recordId(state));
  invoke(state, stream, fn, {
    requestId: '',
    invocationId,
    functionName: fn.config.name,
    buffer,
    recordIds,
    attempts: 1,
  });
  return true;
}

function eventOf(state: SimState, stream: DeliveryStreamState, transform: CodeTransform): FirehoseTransformEvent {
  return {
    invocationId: transform.invocationId,
    deliveryStreamArn: stream.arn,
    region: state.region,
    records: transform.buffer.explicit.map((r, i) => ({
      recordId: transform.recordIds[i]!,
      approximateArrivalTimestamp: r.arrival,
      data: r.data,
    })),
  };
}

/**
 * The transform invocations waiting for a sandbox, by Firehose stream, each with the event the function
 * receives. Functions deleted since the invocation started are left out (their batch then waits for good).
 * @example for (const job of awaitingTransforms(sim)) sandbox.invoke(job.code.runtime, …job.event)
 */
export function awaitingTransforms(state: SimState): AwaitingTransform[] {
  const jobs: AwaitingTransform[] = [];
  for (const stream of Object.values(state.firehose?.deliveryStreams ?? {}))
    for (const transform of stream.transforms ?? []) {
      const code = state.lambda?.functions.find((f) => f.config.name === transform.functionName)?.config.code;
      if (code)
        jobs.push({
          functionName: transform.functionName,
          requestId: transform.requestId,
          code,
          event: eventOf(state, stream, transform),
        });
    }
  return jobs;
}

/**
 * Reads a successful response as Firehose does (fact 27): each input record needs an output with its
 * `recordId`, a `result` of Ok, Dropped or ProcessingFailed and, when Ok, base64 `data`. A record with no
 * matching output, an unknown result or Ok without valid base64 data is a processing failure; outputs
 * naming no input record are ignored. Records the buffer counted but kept no contents for (past
 * MAX_KEPT_CONTENTS) never reached the function and are delivered unchanged.
 */
function outcomeOf(transform: CodeTransform, response: unknown): Outcome & { dropped: number } {
  const outputs = new Map<string, Record<string, unknown>>();
  const list = response && typeof response === 'object' ? (response as { records?: unknown }).records : undefined;
  if (Array.isArray(list))
    for (const output of list)
      if (output && typeof output === 'object') {
        const id = (output as { recordId?: unknown }).recordId;
        if (typeof id === 'string' && !outputs.has(id)) outputs.set(id, output as Record<string, unknown>);
      }
  const { buffer, recordIds } = transform;
  const outcome: Outcome & { dropped: number } = {
    okRecords: 0,
    okBytes: 0,
    ok: [],
    failedRecords: 0,
    failedBytes: 0,
    failed: [],
    attempts: transform.attempts,
    dropped: 0,
  };
  buffer.explicit.forEach((record, i) => {
    const output = outputs.get(recordIds[i]!);
    const data = output?.data;
    if (output?.result === 'Ok' && typeof data === 'string' && BASE64.test(data)) {
      const transformed: FirehoseRecord = { data, size: base64ByteLength(data), arrival: record.arrival };
      outcome.ok.push(transformed);
      outcome.okRecords++;
      outcome.okBytes += transformed.size;
    } else if (output?.result === 'Dropped') outcome.dropped++;
    else {
      outcome.failed.push(record);
      outcome.failedRecords++;
      outcome.failedBytes += record.size;
    }
  });
  const unseen = buffer.records - buffer.explicit.length;
  if (unseen > 0) {
    outcome.okRecords += unseen;
    outcome.okBytes += buffer.bytes - buffer.explicit.reduce((sum, r) => sum + r.size, 0);
  }
  return outcome;
}

function find(state: SimState, requestId: string): { stream: DeliveryStreamState; transform: CodeTransform } {
  for (const stream of Object.values(state.firehose?.deliveryStreams ?? {})) {
    const transform = stream.transforms?.find((t) => t.requestId === requestId);
    if (transform) return { stream, transform };
  }
  throw new KinesisError(
    'ResourceNotFoundException',
    `No Firehose transform invocation with request id ${requestId} is waiting for a result.`,
  );
}

/**
 * Ends a waiting transform invocation with what the learner's code did (`firehose/completeTransform`):
 * the function's logs get START/END/REPORT; a response delivers Ok records to the bucket and
 * ProcessingFailed ones under `processing-failed/`; an error or timeout is retried (NumberOfRetries,
 * 3 by default) with the same records, after which the whole batch goes to `processing-failed/`.
 * @example completeTransform(sim, requestId, { status: 'ok', response: { records }, logs: [], durationMs: 2.1, initDurationMs: null })
 */
export function completeTransform(state: SimState, requestId: string, report: InvocationReport): void {
  const { stream, transform } = find(state, requestId);
  stream.transforms = stream.transforms!.filter((t) => t !== transform);
  const fn = state.lambda?.functions.find((f) => f.config.name === transform.functionName);
  if (fn) writeInvocationLogs(state, lambdaState(state), fn, requestId, report);
  const { buffer } = transform;
  if (report.status === 'ok') {
    const outcome = outcomeOf(transform, report.response);
    stream.stats.transformOk += outcome.okRecords;
    stream.stats.transformDropped += outcome.dropped;
    stream.stats.transformFailed += outcome.failedRecords;
    deliverOutcome(state, stream, buffer, outcome, state.now);
    return;
  }
  if (fn) fn.stats.errors++;
  stream.stats.failedInvocations++;
  const retries = stream.config.transform?.retries ?? 0;
  if (fn?.config.code && transform.attempts <= retries) {
    invoke(state, stream, fn, { ...transform, attempts: transform.attempts + 1 });
    return;
  }
  // Every attempt failed: Firehose skips the batch, and all its records count as processing failures.
  stream.stats.transformFailed += buffer.records;
  deliverOutcome(state, stream, buffer, allFailed(buffer, transform.attempts), state.now);
}

/**
 * Applies the transform command (commands.ts routes `firehose/completeTransform` here).
 * @example applyFirehoseTransformCommand(sim, { type: 'firehose/completeTransform', requestId, report })
 */
export function applyFirehoseTransformCommand(state: SimState, command: FirehoseTransformCommand): void {
  completeTransform(state, command.requestId, command.report);
}
