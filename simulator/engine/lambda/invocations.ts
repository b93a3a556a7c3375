import { emit } from '../events';
import { sequenceNumber } from '../ids';
import { nextFloat } from '../prng';
import type { SimState } from '../types';
import { arrivalAt, batchFrom, batchRecords, bisect, type ShardReader } from './batchRecords';
import { buildKinesisEvent, executionRoleArn, functionArn } from './lambdaEvent';
import { LAMBDA_GRID_MS, LAMBDA_POLL_INTERVAL_MS, ON_FAILURE_MESSAGES_KEPT } from './lambdaLimits';
import type {
  EventSourceMapping,
  InFlightBatch,
  Lane,
  LaneBatch,
  LambdaFunctionState,
  LambdaState,
  OnFailureMessage,
} from './lambdaTypes';
import { destinationKind } from './mappingConfig';
import { randomUuid } from '../dataTemplate';

/** Rounds a time up to the 50 ms grid (at least one grid step after `now` for an invocation). */
export const ceilGrid = (t: number) => Math.ceil(t / LAMBDA_GRID_MS) * LAMBDA_GRID_MS;

export interface LaneContext {
  state: SimState;
  lambda: LambdaState;
  mapping: EventSourceMapping;
  fn: LambdaFunctionState;
  reader: ShardReader;
  shardId: string;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Sends a discarded batch's invocation record to the on-failure destination, if there is one. */
function sendToDestination(
  ctx: LaneContext,
  batch: LaneBatch,
  index: number,
  condition: OnFailureMessage['requestContext']['condition'],
): void {
  const { state, mapping, reader } = ctx;
  const destination = mapping.config.onFailure;
  if (destination === null) return;
  const records = batchRecords(reader, batch, index);
  if (records.length === 0) return;
  const [requestId, prng] = randomUuid(ctx.lambda.prng);
  ctx.lambda.prng = prng;
  const message: OnFailureMessage = {
    requestContext: {
      requestId,
      functionArn: functionArn(state.region, state.account, mapping.config.functionName),
      condition,
      approximateInvokeCount: batch.invokes,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    version: '1.0',
    timestamp: iso(state.now),
    KinesisBatchInfo: {
      shardId: ctx.shardId,
      startSequenceNumber: records[0]!.sequenceNumber,
      endSequenceNumber: records.at(-1)!.sequenceNumber,
      approximateArrivalOfFirstRecord: iso(records[0]!.arrival),
      approximateArrivalOfLastRecord: iso(records.at(-1)!.arrival),
      batchSize: records.length,
      streamArn: reader.stream.arn,
    },
  };
  if (destinationKind(destination) === 's3') message.payload = eventFor(ctx, batch, index);
  mapping.destinationMessages.push(message);
  if (mapping.destinationMessages.length > ON_FAILURE_MESSAGES_KEPT) mapping.destinationMessages.shift();
  mapping.destinationMessageCount++;
}

/** The Lambda event for a batch (fact 22): what a lab's handler would receive. */
export function eventFor(ctx: LaneContext, batch: LaneBatch, index: number) {
  const { state, mapping, reader } = ctx;
  return buildKinesisEvent(
    {
      shardId: ctx.shardId,
      streamArn: reader.stream.arn,
      region: state.region,
      roleArn: executionRoleArn(state.account, mapping.config.functionName),
    },
    batchRecords(reader, batch, index),
  );
}

/** Skips a batch for good: counted, sent to the on-failure destination, and the lane moves past it. */
export function discard(
  ctx: LaneContext,
  lane: Lane,
  index: number,
  batch: LaneBatch,
  condition: OnFailureMessage['requestContext']['condition'],
): void {
  const { state, mapping } = ctx;
  mapping.stats.discardedBatches++;
  mapping.stats.discardedRecords += batch.count;
  sendToDestination(ctx, batch, index, condition);
  lane.checkpoint = Math.max(lane.checkpoint, batch.last + 1);
  if (lane.pending.length === 0) lane.failing = false;
  emit(state, {
    type: 'lambda/batchDiscarded',
    mapping: mapping.uuid,
    function: mapping.config.functionName,
    stream: mapping.config.stream,
    shard: ctx.shardId,
    records: batch.count,
    condition,
    destination: mapping.config.onFailure,
  });
}

/** Decides now how the invocation ends: null for success, else the first ordinal the function fails on. */
function outcome(ctx: LaneContext, batch: LaneBatch, index: number): { failedAt: number | null; error: string | null } {
  const { failure } = ctx.fn.config;
  if (failure.kind === 'errorRate') {
    const [u, prng] = nextFloat(ctx.lambda.prng);
    ctx.lambda.prng = prng;
    return u < failure.rate
      ? { failedAt: batch.first, error: 'Unhandled: the function threw an error' }
      : { failedAt: null, error: null };
  }
  if (failure.kind === 'poisonKey') {
    const poison = batchRecords(ctx.reader, batch, index).find((r) => r.partitionKey === failure.partitionKey);
    if (!poison) return { failedAt: null, error: null };
    // With ReportBatchItemFailures the function reports the poison record; otherwise the whole batch fails.
    return {
      failedAt: ctx.mapping.config.reportBatchItemFailures ? poison.ordinal : batch.first,
      error: `Unhandled: cannot process the record with partition key ${failure.partitionKey} (sequence number ${poison.sequenceNumber})`,
    };
  }
  return { failedAt: null, error: null };
}

/**
 * Invokes the function with a batch, unless the records are older than MaximumRecordAgeInSeconds (then
 * the batch is discarded without an invocation). Returns false when the function is at its concurrency.
 */
export function invoke(ctx: LaneContext, lane: Lane, index: number, batch: LaneBatch): boolean {
  const { state, mapping, fn } = ctx;
  const maxAge = mapping.config.maximumRecordAgeInSeconds;
  const arrival = arrivalAt(ctx.reader.shard, batch.first);
  if (maxAge >= 0 && arrival !== null && state.now - arrival > maxAge * 1000) {
    discard(ctx, lane, index, batch, 'RecordAgeExceeded');
    return true;
  }
  const code = fn.config.code;
  // A function still being created (Pending) is not invoked yet; its batches wait for the next poll.
  if (code && code.activeAt > state.now) return false;
  if (fn.config.concurrency !== null && fn.running >= fn.config.concurrency) {
    fn.stats.throttles++;
    return false;
  }
  if (code) {
    // Learner code: the batch is in flight until the lab's sandbox reports the result with
    // `lambda/completeInvocation`, which decides success or failure as the code did. `until` stays out of
    // reach meanwhile; the wake-up scan skips awaiting batches.
    const [requestId, prng] = randomUuid(ctx.lambda.prng);
    ctx.lambda.prng = prng;
    start(ctx, lane, index, {
      ...batch,
      invokes: batch.invokes + 1,
      until: Number.MAX_SAFE_INTEGER,
      failedAt: null,
      error: null,
      awaiting: requestId,
    });
    return true;
  }
  const { failedAt, error } = outcome(ctx, batch, index);
  const duration = batch.count * fn.config.durationMsPerRecord;
  start(ctx, lane, index, {
    ...batch,
    invokes: batch.invokes + 1,
    until: ceilGrid(state.now + Math.max(1, duration)),
    failedAt,
    error,
  });
  return true;
}

/** Puts a batch in flight on its lane: the counts, the lane's state and the `lambda/invoked` event. */
function start(ctx: LaneContext, lane: Lane, index: number, inFlight: InFlightBatch): void {
  const { state, mapping, fn } = ctx;
  fn.running++;
  fn.stats.invocations++;
  mapping.stats.invocations++;
  if (inFlight.attempts > 0) mapping.stats.retries++;
  lane.inFlight = inFlight;
  lane.windowStart = null;
  emit(state, {
    type: 'lambda/invoked',
    mapping: mapping.uuid,
    function: mapping.config.functionName,
    stream: mapping.config.stream,
    shard: ctx.shardId,
    records: inFlight.count,
    lane: index,
    firstSequenceNumber: sequenceNumber(ctx.reader.shard.sequenceBase, inFlight.first),
    lastSequenceNumber: sequenceNumber(ctx.reader.shard.sequenceBase, inFlight.last),
    retry: inFlight.attempts > 0,
    ...(inFlight.awaiting ? { requestId: inFlight.awaiting } : {}),
  });
}

/** Finishes a lane's invocation: checkpoints on success; on failure retries, bisects or discards (fact 21). */
export function complete(ctx: LaneContext, lane: Lane, index: number): void {
  const { state, mapping, fn } = ctx;
  const done = lane.inFlight!;
  lane.inFlight = null;
  fn.running = Math.max(0, fn.running - 1);
  const batch: LaneBatch = {
    first: done.first,
    last: done.last,
    count: done.count,
    attempts: done.attempts,
    invokes: done.invokes,
  };
  if (done.failedAt === null) {
    lane.checkpoint = Math.max(lane.checkpoint, done.last + 1);
    mapping.stats.processedRecords += done.count;
    mapping.lastProcessingResult = 'OK';
    if (lane.pending.length === 0) lane.failing = false;
    return;
  }
  fn.stats.errors++;
  mapping.stats.failedInvocations++;
  mapping.lastProcessingResult = 'PROBLEM: Function call failed';
  mapping.lastError = done.error;
  lane.failing = true;
  lane.retryAt = ceilGrid(state.now + LAMBDA_POLL_INTERVAL_MS);
  emit(state, {
    type: 'lambda/failed',
    mapping: mapping.uuid,
    function: mapping.config.functionName,
    stream: mapping.config.stream,
    shard: ctx.shardId,
    records: done.count,
    error: done.error,
  });
  let retry: LaneBatch | null = batch;
  if (done.failedAt > done.first) {
    // ReportBatchItemFailures: the lowest failed sequence number becomes the checkpoint.
    retry = batchFrom(ctx.reader, batch, index, done.failedAt);
    const processed = done.count - (retry?.count ?? 0);
    mapping.stats.processedRecords += processed;
    lane.checkpoint = Math.max(lane.checkpoint, done.failedAt);
    if (!retry) {
      if (lane.pending.length === 0) lane.failing = false;
      return;
    }
  }
  if (mapping.config.bisectBatchOnFunctionError && retry.count > 1) {
    // Splitting a batch does not use up its retries.
    const halves = bisect(ctx.reader, retry, index);
    lane.pending.unshift(...halves);
    mapping.stats.bisections++;
    emit(state, {
      type: 'lambda/batchBisected',
      mapping: mapping.uuid,
      shard: ctx.shardId,
      records: retry.count,
      into: halves.map((h) => h.count),
    });
    return;
  }
  retry = { ...retry, attempts: retry.attempts + 1 };
  const limit = mapping.config.maximumRetryAttempts;
  if (limit >= 0 && retry.attempts > limit) discard(ctx, lane, index, retry, 'RetryAttemptsExhausted');
  else lane.pending.unshift(retry);
}
