import { emit } from '../events';
import { shardId } from '../ids';
import { pushReadPath, sharedReadPath } from '../enhancedFanOut';
import { GET_RECORDS_MAX_RECORDS } from '../limits';
import { syntheticRecords } from '../materialize';
import { SECOND_POINTS } from '../metrics';
import { shardsById } from '../shards';
import { readSummary, trimHorizonOrdinal } from '../shardLog';
import type { ShardState, SimState, StreamState } from '../types';
import { arrivalAt, indexFetched, nextLaneBatch, trimLaneIndex, type ShardReader } from './batchRecords';
import { consumerReady, mappingShard } from './eventSourceMappings';
import { ceilGrid, complete, invoke, type LaneContext } from './invocations';
import { LAMBDA_POLL_INTERVAL_MS } from './lambdaLimits';
import type { EventSourceMapping, LambdaFunctionState, LambdaState, MappingShard } from './lambdaTypes';

/** How many of the mapping's batches are running now (they count against the function's concurrency). */
export function inFlightCount(mapping: EventSourceMapping): number {
  return mapping.shards.reduce((n, s) => n + s.lanes.filter((l) => l.inFlight !== null).length, 0);
}

function finishTransition(state: SimState, lambda: LambdaState, mapping: EventSourceMapping): boolean {
  if (mapping.stateUntil === null || mapping.stateUntil > state.now) return true;
  mapping.stateUntil = null;
  if (mapping.state === 'Deleting') {
    const fn = lambda.functions.find((f) => f.config.name === mapping.config.functionName);
    if (fn) fn.running = Math.max(0, fn.running - inFlightCount(mapping));
    lambda.mappings = lambda.mappings.filter((m) => m !== mapping);
    return false;
  }
  mapping.state = mapping.config.enabled ? 'Enabled' : 'Disabled';
  emit(state, { type: 'lambda/mappingStateChanged', mapping: mapping.uuid, state: mapping.state });
  return true;
}

/** Child shards join as the stream reshards; shards that aged out of the stream leave. */
function syncShards(state: SimState, mapping: EventSourceMapping, stream: StreamState): void {
  const byId = shardsById(stream);
  if (mapping.shards.length !== byId.size || mapping.shards.some((s) => !byId.has(s.shardId))) {
    const known = new Set(mapping.shards.map((s) => s.shardId));
    for (const [id, shard] of byId)
      if (!known.has(id))
        mapping.shards.push(
          mappingShard(state, shard, mapping.config.parallelizationFactor, trimHorizonOrdinal(shard)),
        );
    mapping.shards = mapping.shards.filter((s) => byId.has(s.shardId));
  }
}

function parentsFinished(mapping: EventSourceMapping, shard: ShardState, stream: StreamState): boolean {
  const byId = shardsById(stream);
  return [shard.parentIndex, shard.adjacentParentIndex].every((p) => {
    if (p === null) return true;
    // A parent that aged out of the stream has nothing left to read.
    if (!byId.has(shardId(p))) return true;
    return mapping.shards.find((m) => m.shardId === shardId(p))?.finished ?? true;
  });
}

const minCheckpoint = (ms: MappingShard) => Math.min(...ms.lanes.map((l) => l.checkpoint));
const idle = (ms: MappingShard) => ms.lanes.every((l) => l.inFlight === null && l.pending.length === 0);

/** Records that expired before the mapping got to them are skipped (and lost to it). */
function skipExpired(state: SimState, mapping: EventSourceMapping, ms: MappingShard, shard: ShardState): void {
  const horizon = trimHorizonOrdinal(shard);
  const lowest = minCheckpoint(ms);
  if (lowest >= horizon) return;
  mapping.stats.lostRecords += horizon - lowest;
  emit(state, { type: 'lambda/recordsLost', mapping: mapping.uuid, shard: ms.shardId, count: horizon - lowest });
  for (const lane of ms.lanes) {
    lane.checkpoint = Math.max(lane.checkpoint, horizon);
    lane.pending = lane.pending.filter((b) => b.first >= horizon);
    if (lane.pending.length === 0 && lane.inFlight === null) lane.failing = false;
  }
  ms.fetched = Math.max(ms.fetched, horizon);
  trimLaneIndex(ms, horizon);
}

/**
 * One read of the shard: a GetRecords sharing its 5 calls/s and 2 MB/s with every other reader (fact 21),
 * or, through a stream consumer, a push from the mapping's own 2 MB/s pipe every 200 ms (fact 4).
 */
function poll(state: SimState, mapping: EventSourceMapping, reader: ShardReader): void {
  const { ms, shard } = reader;
  if (state.now < ms.nextPollAt) return;
  const cap = mapping.config.batchSize * mapping.config.parallelizationFactor;
  const buffered = ms.fetched - minCheckpoint(ms);
  // Lambda reads ahead by at most one batch per lane: the rest waits in the shard.
  if (buffered >= cap) return;
  const enhanced = Boolean(mapping.config.consumerName);
  const path = enhanced
    ? pushReadPath(ms, mapping.stats, state.now)
    : sharedReadPath(shard, state.now, LAMBDA_POLL_INTERVAL_MS);
  if (!path.ready()) {
    // Only a refused GetRecords is a read throttle; a drained push allowance just waits for the next push.
    if (!enhanced) {
      mapping.stats.readThrottles++;
      shard.stats.readThrottles++;
    }
    ms.nextPollAt = ceilGrid(state.now + path.idleMs);
    return;
  }
  const limit = Math.min(GET_RECORDS_MAX_RECORDS, cap - buffered);
  const read = readSummary(shard, ms.fetched, limit, path.maxBytes);
  path.charge(read.bytes);
  shard.stats.outgoingRecords += read.count;
  shard.stats.outgoingBytes += read.bytes;
  if (read.next > ms.fetched) indexFetched(reader, ms.fetched, read.next);
  ms.fetched = Math.max(ms.fetched, read.next);
  // A full read means more is waiting: Lambda keeps reading (as lanes free up) until it catches up.
  ms.nextPollAt = read.count === limit ? state.now : ceilGrid(state.now + path.idleMs);
}

function invokeLanes(ctx: LaneContext, ms: MappingShard): void {
  const { state, mapping, reader } = ctx;
  const { batchSize } = mapping.config;
  const windowMs = mapping.config.maximumBatchingWindowInSeconds * 1000;
  // At the end of a closed shard nothing more will come: send what has been gathered.
  const ending = reader.shard.closedAt !== null && ms.fetched >= reader.shard.nextOrdinal;
  ms.lanes.forEach((lane, index) => {
    if (lane.inFlight !== null || state.now < lane.retryAt) return;
    const retry = lane.pending[0];
    if (retry) {
      lane.pending.shift();
      // Back in line when the function is at its concurrency; a retry discarded for its age is gone.
      if (!invoke(ctx, lane, index, retry)) lane.pending.unshift(retry);
      return;
    }
    const batch = nextLaneBatch(reader, lane, index, ms.fetched, batchSize);
    if (!batch) {
      lane.windowStart = null;
      return;
    }
    if (batch.count < batchSize && windowMs > 0 && !ending) {
      lane.windowStart ??= state.now;
      if (state.now - lane.windowStart < windowMs) return;
    }
    invoke(ctx, lane, index, batch);
  });
}

function updateBlocked(state: SimState, mapping: EventSourceMapping, ms: MappingShard): void {
  const blocked = ms.lanes.some((l) => l.failing);
  if (blocked && ms.blockedSince === null) {
    ms.blockedSince = state.now;
    emit(state, {
      type: 'lambda/shardBlocked',
      mapping: mapping.uuid,
      stream: mapping.config.stream,
      shard: ms.shardId,
    });
  } else if (!blocked && ms.blockedSince !== null) {
    ms.blockedMs += state.now - ms.blockedSince;
    emit(state, {
      type: 'lambda/shardUnblocked',
      mapping: mapping.uuid,
      stream: mapping.config.stream,
      shard: ms.shardId,
      blockedMs: state.now - ms.blockedSince,
    });
    ms.blockedSince = null;
  }
}

function iteratorAge(state: SimState, ms: MappingShard, shard: ShardState): number {
  const lowest = minCheckpoint(ms);
  if (ms.finished || lowest >= shard.nextOrdinal) return 0;
  const arrival = arrivalAt(shard, lowest);
  return arrival === null ? 0 : Math.max(0, state.now - arrival);
}

function stepShard(
  state: SimState,
  lambda: LambdaState,
  mapping: EventSourceMapping,
  fn: LambdaFunctionState,
  reader: ShardReader,
  ms: MappingShard,
  polling: boolean,
): void {
  const ctx: LaneContext = { state, lambda, mapping, fn, reader, shardId: ms.shardId };
  ms.lanes.forEach((lane, index) => {
    if (lane.inFlight !== null && lane.inFlight.until <= state.now) complete(ctx, lane, index);
  });
  if (!polling || ms.finished) return;
  if (!ms.started) {
    if (!parentsFinished(mapping, reader.shard, reader.stream)) return;
    ms.started = true;
  }
  skipExpired(state, mapping, ms, reader.shard);
  if (ms.lanes.length !== reader.factor && idle(ms)) {
    // A new ParallelizationFactor: lanes are rebuilt from the lowest checkpoint once nothing is running,
    // and what was read past it is read again to deal it to the new lanes. Records another lane had
    // already done past that checkpoint are processed again (at-least-once).
    const rebuilt = mappingShard(state, reader.shard, reader.factor, minCheckpoint(ms));
    Object.assign(ms, { lanes: rebuilt.lanes, fetched: rebuilt.fetched, laneBase: rebuilt.laneBase, laneOf: [] });
  }
  poll(state, mapping, reader);
  invokeLanes(ctx, ms);
  trimLaneIndex(ms, minCheckpoint(ms));
  updateBlocked(state, mapping, ms);
  const shard = reader.shard;
  if (
    shard.closedAt !== null &&
    idle(ms) &&
    ms.fetched >= shard.nextOrdinal &&
    minCheckpoint(ms) >= shard.nextOrdinal
  ) {
    ms.finished = true;
    emit(state, { type: 'lambda/shardEnded', mapping: mapping.uuid, stream: mapping.config.stream, shard: ms.shardId });
  }
}

/**
 * Runs every event source mapping at the current virtual time: finishes invocations, skips expired
 * records, polls shards and invokes the function with new batches or retries.
 */
export function stepLambda(state: SimState): void {
  const lambda = state.lambda;
  if (!lambda) return;
  const materialize = syntheticRecords(state);
  for (const mapping of [...lambda.mappings]) {
    if (!finishTransition(state, lambda, mapping)) continue;
    const fn = lambda.functions.find((f) => f.config.name === mapping.config.functionName);
    const stream = state.streams[mapping.config.stream];
    if (!fn) continue;
    if (!stream) {
      // The stream was deleted: running invocations are abandoned and the mapping has nothing to read.
      fn.running = Math.max(0, fn.running - inFlightCount(mapping));
      mapping.shards = [];
      mapping.iteratorAgeMs = 0;
      continue;
    }
    const readable = stream.status === 'ACTIVE' || stream.status === 'UPDATING';
    const polling =
      readable &&
      mapping.config.enabled &&
      (mapping.state === 'Enabled' || mapping.state === 'Updating') &&
      consumerReady(stream, mapping);
    syncShards(state, mapping, stream);
    const byId = shardsById(stream);
    const factor = mapping.config.parallelizationFactor;
    let age = 0;
    for (const ms of mapping.shards) {
      const shard = byId.get(ms.shardId);
      if (!shard) continue;
      stepShard(state, lambda, mapping, fn, { stream, shard, ms, factor, materialize }, ms, polling);
      ms.iteratorAgeMs = ms.started ? iteratorAge(state, ms, shard) : 0;
      age = Math.max(age, ms.iteratorAgeMs);
    }
    mapping.iteratorAgeMs = age;
    const series = mapping.iteratorAgeSeries;
    if (state.now % 1000 === 0 && series.at !== state.now) {
      series.values.push(age);
      if (series.values.length > SECOND_POINTS) series.values.shift();
      series.at = state.now;
    }
  }
}

/** The next time a mapping has something to do (on the 50 ms grid), or Infinity. */
export function nextLambdaWakeUp(state: SimState): number {
  let next = Infinity;
  const later = (t: number | null) => {
    if (t !== null && t > state.now) next = Math.min(next, ceilGrid(t));
  };
  for (const mapping of state.lambda?.mappings ?? []) {
    later(mapping.stateUntil);
    const windowMs = mapping.config.maximumBatchingWindowInSeconds * 1000;
    for (const ms of mapping.shards) {
      if (ms.finished) continue;
      later(ms.nextPollAt);
      for (const lane of ms.lanes) {
        if (!lane.inFlight?.awaiting) later(lane.inFlight?.until ?? null);
        if (lane.pending.length > 0) later(lane.retryAt);
        if (lane.windowStart !== null) later(lane.windowStart + windowMs);
      }
    }
  }
  return next;
}
