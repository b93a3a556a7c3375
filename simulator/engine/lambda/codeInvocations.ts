import { syntheticRecords } from '../materialize';
import { shardsById } from '../shards';
import type { SimState } from '../types';
import { batchRecords, type ShardReader } from './batchRecords';
import { findFunction, lambdaState } from './functions';
import { writeInvocationLogs, type InvocationReport } from './functionLogs';
import { ceilGrid, eventFor, type LaneContext } from './invocations';
import type { KinesisEvent } from './lambdaEvent';
import { LambdaError } from './lambdaErrors';
import type { FunctionCode, InFlightBatch, Lane } from './lambdaTypes';

/** An invocation the engine has started and a lab's sandbox has to run. */
export interface AwaitingInvocation {
  functionName: string;
  requestId: string;
  code: FunctionCode;
  event: KinesisEvent;
}

interface Found {
  ctx: LaneContext;
  lane: Lane;
  index: number;
  inFlight: InFlightBatch;
}

/** Every lane whose invocation waits for a sandbox result, with what is needed to build its event. */
function* awaitingLanes(state: SimState): Generator<Found> {
  const lambda = state.lambda;
  if (!lambda) return;
  let materialize: ReturnType<typeof syntheticRecords> | null = null;
  for (const mapping of lambda.mappings) {
    const fn = lambda.functions.find((f) => f.config.name === mapping.config.functionName);
    const stream = state.streams[mapping.config.stream];
    if (!fn || !stream) continue;
    const byId = shardsById(stream);
    for (const ms of mapping.shards) {
      const shard = byId.get(ms.shardId);
      if (!shard) continue;
      for (const [index, lane] of ms.lanes.entries()) {
        if (!lane.inFlight?.awaiting) continue;
        materialize ??= syntheticRecords(state);
        const reader: ShardReader = { stream, shard, ms, factor: ms.lanes.length, materialize };
        yield {
          ctx: { state, lambda, mapping, fn, reader, shardId: ms.shardId },
          lane,
          index,
          inFlight: lane.inFlight,
        };
      }
    }
  }
}

/**
 * The invocations waiting for a sandbox, oldest mapping first, each with the Kinesis event (fact 22) the
 * function receives.
 * @example for (const job of awaitingInvocations(sim)) sandbox.invoke(job.code.runtime, …job.event)
 */
export function awaitingInvocations(state: SimState): AwaitingInvocation[] {
  return [...awaitingLanes(state)].map(({ ctx, index, inFlight }) => ({
    functionName: ctx.fn.config.name,
    requestId: inFlight.awaiting!,
    code: ctx.fn.config.code!,
    event: eventFor(ctx, inFlight, index),
  }));
}

/**
 * With ReportBatchItemFailures, the first record the response reports as failed, or `'invalid'` when the
 * response names no record of the batch properly (Lambda then fails the whole batch). No failures (an
 * empty or null list, an empty or null response) is success.
 */
function reportedFailure(found: Found, response: unknown): number | null | 'invalid' {
  if (response === null || response === undefined || typeof response !== 'object') return null;
  const failures = (response as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === null || failures === undefined) return null;
  if (!Array.isArray(failures)) return 'invalid';
  if (failures.length === 0) return null;
  const bySequence = new Map(
    batchRecords(found.ctx.reader, found.inFlight, found.index).map((r) => [r.sequenceNumber, r.ordinal]),
  );
  let lowest = Infinity;
  for (const failure of failures) {
    const id =
      failure && typeof failure === 'object' ? (failure as { itemIdentifier?: unknown }).itemIdentifier : undefined;
    const ordinal = typeof id === 'string' ? bySequence.get(id) : undefined;
    if (ordinal === undefined) return 'invalid';
    lowest = Math.min(lowest, ordinal);
  }
  return lowest;
}

/**
 * Ends an awaiting invocation with what the learner's code did (`lambda/completeInvocation`): an error or
 * a timeout fails the batch (retried, bisected or discarded as the mapping says), a partial batch
 * response checkpoints before the lowest failed record, and the logs get START/END/REPORT. The batch
 * completes at the next 50 ms step.
 * @example completeInvocation(sim, requestId, { status: 'ok', response: null, logs: [], durationMs: 4.2, initDurationMs: null })
 */
export function completeInvocation(state: SimState, requestId: string, report: InvocationReport): void {
  const found = [...awaitingLanes(state)].find((f) => f.inFlight.awaiting === requestId);
  if (!found)
    throw new LambdaError(
      'ResourceNotFoundException',
      `No invocation with request id ${requestId} is waiting for a result.`,
    );
  const { inFlight, ctx } = found;
  delete inFlight.awaiting;
  inFlight.until = ceilGrid(state.now + 1);
  if (report.status !== 'ok') {
    inFlight.failedAt = inFlight.first;
    inFlight.error =
      report.status === 'timeout'
        ? `Sandbox.Timedout: Task timed out after ${(ctx.fn.config.code?.timeoutSeconds ?? 3).toFixed(2)} seconds`
        : `${report.error?.errorType ?? 'Error'}: ${report.error?.errorMessage ?? ''}`;
  } else if (ctx.mapping.config.reportBatchItemFailures) {
    const failed = reportedFailure(found, report.response);
    if (failed === 'invalid') {
      inFlight.failedAt = inFlight.first;
      inFlight.error = 'The partial batch response named no record of this batch: the whole batch failed.';
    } else if (failed !== null) {
      inFlight.failedAt = failed;
      inFlight.error = 'The function reported failed records (ReportBatchItemFailures).';
    }
  }
  writeInvocationLogs(state, ctx.lambda, ctx.fn, requestId, report);
}

/**
 * Records a direct invocation (the editor's Test button): its logs and counts, with no batch involved.
 * @example recordTestInvocation(sim, 'enrich', requestId, report)
 */
export function recordTestInvocation(
  state: SimState,
  functionName: string,
  requestId: string,
  report: InvocationReport,
): void {
  const fn = findFunction(state, functionName);
  fn.stats.invocations++;
  if (report.status !== 'ok') fn.stats.errors++;
  writeInvocationLogs(state, lambdaState(state), fn, requestId, report);
}
