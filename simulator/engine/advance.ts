import { stepConsumers } from './consumers';
import { activateConsumers } from './streamSettings';
import { emit } from './events';
import { stepFirehose } from './firehose/stepFirehose';
import { nextLambdaWakeUp, stepLambda } from './lambda/stepLambda';
import { recordSecond } from './metrics';
import { stepProducers } from './producers';
import { HOUR_MS, REGISTER_CONSUMER_DELAY_MS } from './limits';
import { applyReshard } from './resharding';
import { trimBefore } from './shardLog';
import { shardId } from './ids';
import type { SimState, StreamState } from './types';
import { nextConsumerWakeUp } from './workerQueue';

function finishTransitions(state: SimState, stream: StreamState): void {
  if (stream.statusUntil === null || stream.statusUntil > state.now) return;
  const pending = stream.pending;
  stream.statusUntil = null;
  stream.pending = null;
  if (pending?.kind === 'delete') {
    delete state.streams[stream.name];
    emit(state, { type: 'stream/deleted', stream: stream.name });
    return;
  }
  if (pending) applyReshard(state, stream, pending);
  stream.status = 'ACTIVE';
  emit(state, { type: 'stream/activated', stream: stream.name });
}

/** Retention: records older than the retention period leave from the trim horizon (fact 7). */
function expire(state: SimState, stream: StreamState): void {
  const retention = stream.retentionHours * HOUR_MS;
  const cutoff = state.now - retention;
  let removedClosed = false;
  for (const shard of stream.shards) {
    const expired = trimBefore(shard, cutoff);
    if (expired > 0) {
      shard.stats.expiredRecords += expired;
      emit(state, { type: 'records/expired', stream: stream.name, shard: shardId(shard.index), count: expired });
    }
    if (shard.closedAt !== null && shard.closedAt < cutoff) removedClosed = true;
  }
  // A closed shard stays listed and readable until its data has passed the retention period (fact 12).
  if (removedClosed) stream.shards = stream.shards.filter((s) => s.closedAt === null || s.closedAt >= cutoff);
}

function nextTransition(state: SimState): number {
  let next = Infinity;
  for (const stream of Object.values(state.streams)) {
    if (stream.statusUntil !== null && stream.statusUntil > state.now) next = Math.min(next, stream.statusUntil);
    for (const consumer of stream.consumers)
      if (consumer.status === 'CREATING' && consumer.createdAt + REGISTER_CONSUMER_DELAY_MS > state.now)
        next = Math.min(next, consumer.createdAt + REGISTER_CONSUMER_DELAY_MS);
  }
  return Math.min(next, nextConsumerWakeUp(state), nextLambdaWakeUp(state));
}

/**
 * Moves virtual time forward to `until` in steps that never cross a whole second, so per-second
 * limits and metrics see every second.
 * @example advance(sim, sim.now + 60_000)
 */
export function advance(state: SimState, until: number): void {
  while (state.now < until) {
    const nextSecond = state.now - (state.now % 1000) + 1000;
    const to = Math.min(until, nextSecond, nextTransition(state));
    stepProducers(state, state.now, to);
    state.now = to;
    for (const stream of Object.values(state.streams)) {
      finishTransitions(state, stream);
      activateConsumers(state, stream);
    }
    stepConsumers(state);
    stepFirehose(state);
    stepLambda(state);
    if (to === nextSecond) {
      for (const stream of Object.values(state.streams)) expire(state, stream);
      recordSecond(state);
    }
  }
}
