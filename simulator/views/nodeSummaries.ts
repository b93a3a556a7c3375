import { maxIteratorAge } from '../engine/consumers';
import { rateAt } from '../engine/producers';
import type { KeyStrategy } from '../engine/producerTypes';
import type { SimState } from '../engine/types';

/** A key strategy in a few words, for node cards and the inspector. */
export function describeKeys(keys: KeyStrategy): string {
  switch (keys.kind) {
    case 'uuid':
      return 'random UUID keys';
    case 'constant':
      return `constant key "${keys.key}"`;
    case 'uniform':
      return `${keys.count.toLocaleString('en-US')} keys, even`;
    case 'zipf':
      return `${keys.count.toLocaleString('en-US')} keys, Zipf ${keys.exponent}`;
    case 'explicitHash':
      return 'one explicit hash key';
  }
}

export interface ProducerSummary {
  exists: boolean;
  enabled: boolean;
  recordsPerSecond: number;
  keys: string;
  accepted: number;
  /** Records refused in the last virtual second (they are retried or dropped by the producer's policy). */
  throttledLastSecond: number;
  dropped: number;
}

/**
 * The numbers a producer's card shows, all primitives so a shallow compare can skip unchanged frames.
 * @example producerSummary(sim, 'game-servers').throttledLastSecond // 500
 */
export function producerSummary(sim: SimState, id: string): ProducerSummary {
  const producer = sim.producers.find((p) => p.config.id === id && !p.removed);
  if (!producer)
    return {
      exists: false,
      enabled: false,
      recordsPerSecond: 0,
      keys: '',
      accepted: 0,
      throttledLastSecond: 0,
      dropped: 0,
    };
  let throttledLastSecond = 0;
  const since = sim.now - 1000;
  for (let i = sim.events.length - 1; i >= 0; i--) {
    const e = sim.events[i]!;
    // Producer events carry the start of the step that emitted them, so the last second starts at `since`.
    if (e.at < since) break;
    if (e.type === 'record/throttled' && e.producer === id) throttledLastSecond += Number(e.count ?? 1);
  }
  return {
    exists: true,
    enabled: producer.config.enabled,
    recordsPerSecond: Math.round(rateAt(producer.config.rate, sim.now)),
    keys: describeKeys(producer.config.keys),
    accepted: producer.stats.accepted,
    throttledLastSecond,
    dropped: producer.stats.dropped,
  };
}

export interface StreamSummary {
  exists: boolean;
  status: string;
  mode: string;
  openShards: number;
  retentionHours: number;
  throttlingShards: number;
}

export function streamSummary(sim: SimState, name: string): StreamSummary {
  const stream = sim.streams[name];
  if (!stream)
    return { exists: false, status: 'DELETED', mode: '', openShards: 0, retentionHours: 0, throttlingShards: 0 };
  const last = sim.metrics[name]?.lastSecond ?? {};
  return {
    exists: true,
    status: stream.status,
    mode: stream.mode,
    openShards: stream.shards.filter((s) => s.closedAt === null).length,
    retentionHours: stream.retentionHours,
    throttlingShards: Object.values(last).filter((m) => m.WriteProvisionedThroughputExceeded > 0).length,
  };
}

export interface ConsumerSummary {
  exists: boolean;
  enabled: boolean;
  workers: number;
  leases: number;
  iteratorAgeMs: number;
  processed: number;
  lost: number;
  readThrottles: number;
}

export function consumerSummary(sim: SimState, name: string): ConsumerSummary {
  const app = sim.consumerApps.find((a) => a.config.name === name);
  if (!app)
    return {
      exists: false,
      enabled: false,
      workers: 0,
      leases: 0,
      iteratorAgeMs: 0,
      processed: 0,
      lost: 0,
      readThrottles: 0,
    };
  return {
    exists: true,
    enabled: app.config.enabled,
    workers: app.config.workers,
    leases: app.leases.filter((l) => l.checkpoint !== 'SHARD_END').length,
    iteratorAgeMs: maxIteratorAge(app),
    processed: app.stats.processedRecords,
    lost: app.stats.lostRecords,
    readThrottles: app.stats.readThrottles,
  };
}
