import { aggregatedRecordSize, aggregationFactor } from './aggregation';
import { KinesisError } from './errors';
import { emit } from './events';
import { keyDistribution } from './keyDistribution';
import { shardId } from './ids';
import type { ProducerChanges, ProducerConfig, ProducerState, RateProfile, SizeDistribution } from './producerTypes';
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
  if (liveProducer(state, config.id)) {
    throw new KinesisError('ResourceInUseException', `A producer named ${config.id} already exists.`);
  }
  const producer: ProducerState = {
    config,
    carry: {},
    lostAckCarry: 0,
    retries: [],
    stats: {
      attempted: 0,
      accepted: 0,
      throttled: 0,
      retried: 0,
      duplicates: 0,
      dropped: 0,
      userRecordsAttempted: 0,
      userRecordsAccepted: 0,
      userRecordsThrottled: 0,
      userRecordsDropped: 0,
    },
  };
  state.producers.push(producer);
  emit(state, { type: 'producer/added', producer: config.id, stream: config.stream });
  return producer;
}

/** The producer with this id that has not been removed (a removed one may share its id). */
function liveProducer(state: SimState, id: string): ProducerState | undefined {
  return state.producers.find((p) => p.config.id === id && !p.removed);
}

/**
 * Changes a producer's settings (`producer/update`); the next step uses them.
 * @example updateProducer(sim, 'p1', { aggregation: { maxUserRecordsPerRecord: 4 } })
 */
/**
 * Changes a producer's settings (`producer/update`). An optional setting given as null is removed, so
 * the change survives JSON (command logs, share links), which drops undefined.
 * @example updateProducer(sim, 'p1', { rate: { kind: 'constant', recordsPerSecond: 500 }, retry: null })
 */
export function updateProducer(state: SimState, id: string, changes: ProducerChanges): void {
  const producer = liveProducer(state, id);
  if (!producer) throw new KinesisError('ResourceNotFoundException', `No producer named ${id}.`);
  const config: Record<string, unknown> = { ...producer.config, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === null) delete config[key];
  producer.config = config as unknown as ProducerConfig;
}

/**
 * Stops a producer and marks it removed (`producer/remove`), so its id can be added again. It stays in
 * the list because stored runs refer to producers by position and are still read with its settings.
 * @example removeProducer(sim, 'p1')
 */
export function removeProducer(state: SimState, id: string): void {
  updateProducer(state, id, { enabled: false });
  liveProducer(state, id)!.removed = true;
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
 * Simplification: records stored in a run all have the distribution's mean size (data bytes plus the
 * partition key), which is what the per-shard byte limit sees on average.
 */
export function meanRecordSize(size: SizeDistribution): number {
  return Math.max(1, Math.round(size.kind === 'fixed' ? size.bytes : (size.min + size.max) / 2));
}

function retryDelay(baseDelayMs: number, attempt: number): number {
  return baseDelayMs * 2 ** (attempt - 1);
}

/**
 * Floating-point sums of rate × step can land a hair below a whole number (3999.9999999 user records
 * instead of 4000): without this tolerance a shard at exactly its limit would send 999 records one
 * second and 1,001 the next, and throttle one.
 */
const WHOLE_EPSILON = 1e-9;

interface StepTotals {
  records: { accepted: number; throttled: number; retried: number };
  users: { accepted: number; throttled: number };
}

/**
 * Writes one step's worth of a producer's traffic over [from, to): demand (in user records) is split
 * across shards by the key strategy, packed k to a Kinesis record when the producer aggregates, each
 * shard accepts what its limit allows this second, the rest is throttled (and retried with exponential
 * backoff when the producer has a retry policy).
 */
function stepProducer(state: SimState, index: number, from: number, to: number): void {
  const producer = state.producers[index]!;
  const { config } = producer;
  const stream = state.streams[config.stream];
  if (!config.enabled || !stream || (stream.status !== 'ACTIVE' && stream.status !== 'UPDATING')) return;
  const dt = (to - from) / 1000;
  const rate = rateAt(config.rate, (from + to) / 2);
  const userSize = meanRecordSize(config.size);
  const maxRecordBytes = stream.maxRecordSizeKiB * 1024;
  const due = producer.retries.filter((r) => r.dueAt < to);
  producer.retries = producer.retries.filter((r) => r.dueAt >= to);
  const retryCount = due.reduce((sum, r) => sum + r.count, 0);

  const totals: StepTotals = {
    records: { accepted: 0, throttled: 0, retried: 0 },
    users: { accepted: 0, throttled: 0 },
  };
  for (const { shardIndex, share } of keyDistribution(stream, config.keys)) {
    const shard = stream.shards.find((s) => s.index === shardIndex)!;
    // KPL aggregates per shard: the records it packs together must all hash to the same shard.
    const k = aggregationFactor(config.aggregation, userSize, maxRecordBytes, rate * share);
    const size = aggregatedRecordSize(k, userSize);
    const exact = rate * share * dt + retryCount * share + (producer.carry[shardIndex] ?? 0);
    const demand = Math.floor((exact + WHOLE_EPSILON) / k);
    producer.carry[shardIndex] = Math.max(0, exact - demand * k);
    totals.records.retried += (retryCount * share) / k;
    if (demand === 0) continue;
    const accepted = takeWrites(shard, from, demand, size);
    if (accepted > 0) {
      appendRun(
        shard.runs,
        {
          first: shard.nextOrdinal,
          count: accepted,
          bytes: accepted * size,
          tStart: from,
          tEnd: to,
          producer: index,
          userRecordsPerRecord: k,
        },
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
    totals.records.accepted += accepted;
    totals.records.throttled += throttled;
    totals.users.accepted += accepted * k;
    totals.users.throttled += throttled * k;
  }
  const { records, users } = totals;
  const stats = producer.stats;
  stats.attempted += records.accepted + records.throttled;
  stats.accepted += records.accepted;
  stats.throttled += records.throttled;
  stats.retried += Math.min(Math.round(records.retried), records.accepted + records.throttled);
  stats.userRecordsAttempted += users.accepted + users.throttled;
  stats.userRecordsAccepted += users.accepted;
  stats.userRecordsThrottled += users.throttled;
  scheduleRetries(producer, due, totals, to);
}

function scheduleRetries(producer: ProducerState, due: { attempt: number }[], totals: StepTotals, now: number): void {
  const { records, users } = totals;
  const policy = producer.config.retry;
  const attempt = 1 + Math.max(0, ...due.map((d) => d.attempt));
  if (!policy || attempt > policy.maxAttempts) {
    producer.stats.dropped += records.throttled;
    producer.stats.userRecordsDropped += users.throttled;
    return;
  }
  if (users.throttled > 0)
    producer.retries.push({ dueAt: now + retryDelay(policy.baseDelayMs, attempt), count: users.throttled, attempt });
  // Puts that succeeded but whose acknowledgement was lost are sent again: duplicates in the stream.
  const lost = records.accepted * policy.lostAckRate + producer.lostAckCarry;
  const resend = Math.floor(lost);
  producer.lostAckCarry = lost - resend;
  if (resend > 0) {
    producer.stats.duplicates += resend;
    // A resent Kinesis record carries the user records it held: the step's average per record.
    const count = Math.round((resend * users.accepted) / records.accepted);
    producer.retries.push({ dueAt: now + retryDelay(policy.baseDelayMs, 1), count, attempt: 1 });
  }
}

/** Runs every producer over [from, to). */
export function stepProducers(state: SimState, from: number, to: number): void {
  for (let i = 0; i < state.producers.length; i++) stepProducer(state, i, from, to);
}
