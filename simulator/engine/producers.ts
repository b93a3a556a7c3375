import { KinesisError } from './errors';
import { emit } from './events';
import { keyDistribution } from './keyDistribution';
import { shardId } from './ids';
import type { ProducerConfig, ProducerState, RateProfile, SizeDistribution } from './producerTypes';
import { appendRun } from './runTable';
import type { SimState } from './types';
import { takeWrites } from './writeLimits';

/** Steady synthetic traffic is merged into runs of at most this span (see runTable.ts). */
export const RUN_SPAN_MS = 60_000;

/**
 * Adds a synthetic producer (commands are imperative: `producer/add`).
 * @example addProducer(sim, { id: 'p1', stream: 'demo', rate: { kind: 'constant', recordsPerSecond: 1500 }, … })
 */
export function addProducer(state: SimState, config: ProducerConfig): ProducerState {
  if (state.producers.some((p) => p.config.id === config.id)) {
    throw new KinesisError('ResourceInUseException', `A producer named ${config.id} already exists.`);
  }
  const producer: ProducerState = {
    config,
    carry: {},
    lostAckCarry: 0,
    retries: [],
    stats: { attempted: 0, accepted: 0, throttled: 0, retried: 0, duplicates: 0, dropped: 0 },
  };
  state.producers.push(producer);
  emit(state, { type: 'producer/added', producer: config.id, stream: config.stream });
  return producer;
}

export function updateProducer(state: SimState, id: string, changes: Partial<Omit<ProducerConfig, 'id'>>): void {
  const producer = state.producers.find((p) => p.config.id === id);
  if (!producer) throw new KinesisError('ResourceNotFoundException', `No producer named ${id}.`);
  producer.config = { ...producer.config, ...changes };
}

/** Stops a producer. It stays in the list because stored runs refer to producers by position. */
export function removeProducer(state: SimState, id: string): void {
  updateProducer(state, id, { enabled: false });
  emit(state, { type: 'producer/removed', producer: id });
}

/** Records per second at virtual time `t`. */
export function rateAt(rate: RateProfile, t: number): number {
  const seconds = t / 1000;
  switch (rate.kind) {
    case 'constant':
      return rate.recordsPerSecond;
    case 'periodic':
      return Math.max(0, rate.base + rate.amplitude * Math.sin((2 * Math.PI * seconds) / rate.periodSeconds));
    case 'burst':
      return seconds % rate.everySeconds < rate.burstSeconds ? rate.burst : rate.base;
  }
}

/**
 * Simplification: aggregated records all have the distribution's mean size (data bytes plus the
 * partition key), which is what the per-shard byte limit sees on average.
 */
export function meanRecordSize(size: SizeDistribution): number {
  return Math.max(1, Math.round(size.kind === 'fixed' ? size.bytes : (size.min + size.max) / 2));
}

function retryDelay(baseDelayMs: number, attempt: number): number {
  return baseDelayMs * 2 ** (attempt - 1);
}

/**
 * Writes one step's worth of a producer's traffic over [from, to): demand is split across shards by
 * the key strategy, each shard accepts what its limit allows this second, the rest is throttled
 * (and retried with exponential backoff when the producer has a retry policy).
 */
function stepProducer(state: SimState, index: number, from: number, to: number): void {
  const producer = state.producers[index]!;
  const { config } = producer;
  const stream = state.streams[config.stream];
  if (!config.enabled || !stream || (stream.status !== 'ACTIVE' && stream.status !== 'UPDATING')) return;
  const dt = (to - from) / 1000;
  const rate = rateAt(config.rate, (from + to) / 2);
  const size = meanRecordSize(config.size);
  const due = producer.retries.filter((r) => r.dueAt < to);
  producer.retries = producer.retries.filter((r) => r.dueAt >= to);
  const retryCount = due.reduce((sum, r) => sum + r.count, 0);

  let acceptedTotal = 0;
  let throttledTotal = 0;
  for (const { shardIndex, share } of keyDistribution(stream, config.keys)) {
    const shard = stream.shards.find((s) => s.index === shardIndex)!;
    const exact = rate * share * dt + retryCount * share + (producer.carry[shardIndex] ?? 0);
    const demand = Math.floor(exact);
    producer.carry[shardIndex] = exact - demand;
    if (demand === 0) continue;
    const accepted = takeWrites(shard, from, demand, size);
    if (accepted > 0) {
      appendRun(
        shard.runs,
        { first: shard.nextOrdinal, count: accepted, bytes: accepted * size, tStart: from, tEnd: to, producer: index },
        RUN_SPAN_MS,
      );
      shard.nextOrdinal += accepted;
      shard.stats.incomingRecords += accepted;
      shard.stats.incomingBytes += accepted * size;
    }
    const throttled = demand - accepted;
    if (throttled > 0) {
      shard.stats.throttledRecords += throttled;
      emit(state, {
        type: 'record/throttled',
        stream: stream.name,
        shard: shardId(shardIndex),
        producer: config.id,
        count: throttled,
      });
    }
    acceptedTotal += accepted;
    throttledTotal += throttled;
  }
  const stats = producer.stats;
  stats.attempted += acceptedTotal + throttledTotal;
  stats.accepted += acceptedTotal;
  stats.throttled += throttledTotal;
  stats.retried += Math.min(retryCount, acceptedTotal + throttledTotal);
  scheduleRetries(producer, due, throttledTotal, acceptedTotal, to);
}

function scheduleRetries(
  producer: ProducerState,
  due: { attempt: number }[],
  throttled: number,
  accepted: number,
  now: number,
): void {
  const policy = producer.config.retry;
  const attempt = 1 + Math.max(0, ...due.map((d) => d.attempt));
  if (!policy || attempt > policy.maxAttempts) {
    producer.stats.dropped += throttled;
    return;
  }
  if (throttled > 0)
    producer.retries.push({ dueAt: now + retryDelay(policy.baseDelayMs, attempt), count: throttled, attempt });
  // Puts that succeeded but whose acknowledgement was lost are sent again: duplicates in the stream.
  const lost = accepted * policy.lostAckRate + producer.lostAckCarry;
  const resend = Math.floor(lost);
  producer.lostAckCarry = lost - resend;
  if (resend > 0) {
    producer.stats.duplicates += resend;
    producer.retries.push({ dueAt: now + retryDelay(policy.baseDelayMs, 1), count: resend, attempt: 1 });
  }
}

/** Runs every producer over [from, to). */
export function stepProducers(state: SimState, from: number, to: number): void {
  for (let i = 0; i < state.producers.length; i++) stepProducer(state, i, from, to);
}
