import { KinesisError, streamNotActive } from './errors';
import { emit } from './events';
import { consumerArn } from './ids';
import {
  DAY_MS,
  MAX_MAX_RECORD_SIZE_KIB,
  MAX_RETENTION_HOURS,
  MAX_CREATING_CONSUMERS,
  MAX_STREAM_CONSUMERS,
  REGISTER_CONSUMER_DELAY_MS,
  MIN_MAX_RECORD_SIZE_KIB,
  MIN_RETENTION_HOURS,
  MODE_SWITCHES_PER_DAY,
} from './limits';
import { SHARD_METRICS } from './metrics';
import { getStream } from './streams';
import type { SimState, StreamConsumer, StreamMode, StreamState } from './types';

function active(state: SimState, name: string): StreamState {
  const stream = getStream(state, name);
  if (stream.status !== 'ACTIVE') throw streamNotActive(stream, state.account);
  return stream;
}

/**
 * IncreaseStreamRetentionPeriod / DecreaseStreamRetentionPeriod (24–8,760 h). Raising retention never
 * brings back records that already expired: they are gone from the shards (fact 7).
 * @example setRetention(sim, 'demo', 168, 'increase')
 */
export function setRetention(state: SimState, name: string, hours: number, direction: 'increase' | 'decrease'): void {
  const stream = active(state, name);
  if (hours < MIN_RETENTION_HOURS) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Minimum allowed retention period is ${MIN_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too short.`,
    );
  }
  if (hours > MAX_RETENTION_HOURS) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Maximum allowed retention period is ${MAX_RETENTION_HOURS} hours. Requested retention period (${hours} hours) is too long.`,
    );
  }
  if (direction === 'increase' && hours < stream.retentionHours) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Requested retention period (${hours} hours) for stream ${name} can not be shorter than existing retention period (${stream.retentionHours} hours). Use DecreaseRetentionPeriod API.`,
    );
  }
  if (direction === 'decrease' && hours > stream.retentionHours) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Requested retention period (${hours} hours) for stream ${name} can not be longer than existing retention period (${stream.retentionHours} hours). Use IncreaseRetentionPeriod API.`,
    );
  }
  const from = stream.retentionHours;
  stream.retentionHours = hours;
  emit(state, { type: 'stream/retentionChanged', stream: name, from, to: hours });
}

/** UpdateStreamMode: at most two switches in 24 hours (fact 8). */
export function setStreamMode(state: SimState, name: string, mode: StreamMode): void {
  const stream = active(state, name);
  stream.modeSwitches = stream.modeSwitches.filter((t) => t > state.now - DAY_MS);
  if (stream.mode === mode) {
    throw new KinesisError(
      'ResourceInUseException',
      `Stream ${name} under account ${state.account} is already in ${mode} mode.`,
    );
  }
  if (stream.modeSwitches.length >= MODE_SWITCHES_PER_DAY) {
    throw new KinesisError(
      'LimitExceededException',
      `Stream ${name} under account ${state.account} has already switched capacity mode ${MODE_SWITCHES_PER_DAY} times in the last 24 hours.`,
    );
  }
  stream.modeSwitches.push(state.now);
  stream.mode = mode;
  emit(state, { type: 'stream/modeChanged', stream: name, mode });
}

/** UpdateMaxRecordSize: 1,024–10,240 KiB (fact 5); per-shard throughput is unchanged. */
export function setMaxRecordSize(state: SimState, name: string, kib: number): void {
  const stream = active(state, name);
  if (!Number.isInteger(kib) || kib < MIN_MAX_RECORD_SIZE_KIB || kib > MAX_MAX_RECORD_SIZE_KIB) {
    throw new KinesisError(
      'InvalidArgumentException',
      `MaxRecordSizeInKiB must be between ${MIN_MAX_RECORD_SIZE_KIB} and ${MAX_MAX_RECORD_SIZE_KIB}. Requested value was ${kib}.`,
    );
  }
  stream.maxRecordSizeKiB = kib;
  emit(state, { type: 'stream/maxRecordSizeChanged', stream: name, kib });
}

/** Enable/DisableEnhancedMonitoring (`ALL` stands for every shard-level metric); returns the metrics before and after. */
export function setEnhancedMonitoring(
  state: SimState,
  name: string,
  metrics: string[],
  enable: boolean,
): { current: string[]; desired: string[] } {
  const stream = getStream(state, name);
  const requested = metrics.includes('ALL') ? [...SHARD_METRICS] : metrics;
  const current = [...stream.enhancedMonitoring];
  const desired = enable
    ? SHARD_METRICS.filter((m) => current.includes(m) || requested.includes(m))
    : current.filter((m) => !requested.includes(m));
  stream.enhancedMonitoring = [...desired];
  return { current, desired: [...desired] };
}

/**
 * RegisterStreamConsumer (enhanced fan-out): up to 20 per stream (fact 4), at most 5 of them CREATING at
 * once; a consumer is ACTIVE after REGISTER_CONSUMER_DELAY_MS.
 * @example registerConsumer(sim, 'orders', 'dashboard').status // 'CREATING'
 */
export function registerConsumer(state: SimState, name: string, consumerName: string) {
  const stream = getStream(state, name);
  if (stream.consumers.some((c) => c.name === consumerName)) {
    throw new KinesisError(
      'ResourceInUseException',
      `Consumer ${consumerName} under stream ${name} under account ${state.account} already exists.`,
    );
  }
  if (stream.consumers.length >= MAX_STREAM_CONSUMERS) {
    throw new KinesisError(
      'LimitExceededException',
      `Stream ${name} under account ${state.account} already has the maximum of ${MAX_STREAM_CONSUMERS} registered consumers.`,
    );
  }
  if (stream.consumers.filter((c) => c.status === 'CREATING').length >= MAX_CREATING_CONSUMERS) {
    throw new KinesisError(
      'LimitExceededException',
      `Stream ${name} under account ${state.account} already has ${MAX_CREATING_CONSUMERS} consumers in CREATING status. Wait for one to become ACTIVE.`,
    );
  }
  const consumer: StreamConsumer = {
    name: consumerName,
    arn: consumerArn(stream.arn, consumerName, Math.floor(state.now / 1000)),
    status: 'CREATING',
    createdAt: state.now,
  };
  stream.consumers.push(consumer);
  emit(state, { type: 'consumer/registered', stream: name, consumer: consumerName });
  return consumer;
}

/** CREATING consumers whose registration delay has passed become ACTIVE. */
export function activateConsumers(state: SimState, stream: StreamState): void {
  for (const consumer of stream.consumers) {
    if (consumer.status !== 'CREATING' || consumer.createdAt + REGISTER_CONSUMER_DELAY_MS > state.now) continue;
    consumer.status = 'ACTIVE';
    emit(state, { type: 'consumer/activated', stream: stream.name, consumer: consumer.name });
  }
}

export function findConsumer(state: SimState, name: string, consumerName?: string, arn?: string) {
  const stream = getStream(state, name);
  const consumer = stream.consumers.find((c) => (consumerName ? c.name === consumerName : c.arn === arn));
  if (!consumer) {
    throw new KinesisError(
      'ResourceNotFoundException',
      `Consumer ${consumerName ?? arn} under stream ${name} under account ${state.account} not found.`,
    );
  }
  return { stream, consumer };
}

export function deregisterConsumer(state: SimState, name: string, consumerName?: string, arn?: string): void {
  const { stream, consumer } = findConsumer(state, name, consumerName, arn);
  stream.consumers = stream.consumers.filter((c) => c !== consumer);
  emit(state, { type: 'consumer/deregistered', stream: name, consumer: consumer.name });
}

/** AddTagsToStream: at most 50 tags per stream. */
export function addTags(state: SimState, name: string, tags: Record<string, string>): void {
  const stream = getStream(state, name);
  const merged = { ...stream.tags, ...tags };
  if (Object.keys(merged).length > 50) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Failed to add tags to stream ${name} under account ${state.account} because a given stream cannot have more than 50 tags associated with it.`,
    );
  }
  stream.tags = merged;
}

export function removeTags(state: SimState, name: string, keys: string[]): void {
  const stream = getStream(state, name);
  stream.tags = Object.fromEntries(Object.entries(stream.tags).filter(([k]) => !keys.includes(k)));
}
