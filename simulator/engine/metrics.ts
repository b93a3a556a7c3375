import { maxIteratorAge } from './consumers';
import { shardId } from './ids';
import { observeDemand } from './onDemand';
import type { ShardStats, SimState, StreamState } from './types';

/** Stream-level CloudWatch metrics (namespace AWS/Kinesis, fact 17) the engine records. */
export const STREAM_METRICS = [
  'IncomingBytes',
  'IncomingRecords',
  'WriteProvisionedThroughputExceeded',
  'ReadProvisionedThroughputExceeded',
  'GetRecords.Records',
  'GetRecords.Bytes',
  'GetRecords.IteratorAgeMilliseconds',
] as const;
export type StreamMetric = (typeof STREAM_METRICS)[number];

/** Shard-level metrics: recorded only while enhanced monitoring is enabled for them, as on AWS. */
export const SHARD_METRICS = [
  'IncomingBytes',
  'IncomingRecords',
  'OutgoingBytes',
  'OutgoingRecords',
  'WriteProvisionedThroughputExceeded',
  'ReadProvisionedThroughputExceeded',
  'IteratorAgeMilliseconds',
] as const;
export type ShardMetric = (typeof SHARD_METRICS)[number];

/** How many 1-second and 1-minute data points are kept. */
export const SECOND_POINTS = 300;
export const MINUTE_POINTS = 1440;

export interface Series {
  /** Time of the newest point (virtual ms, end of its period). */
  at: number;
  values: number[];
}

export interface StreamMetrics {
  perSecond: Record<string, Series>;
  perMinute: Record<string, Series>;
  /** The current minute's running sums (a minute point is the sum, or the max for iterator age). */
  minute: Record<string, number>;
  /** Last second's numbers per shard (for live utilization), keyed by shard id. */
  lastSecond: Record<string, Record<ShardMetric, number>>;
  /** Per-shard 1-second series for metrics with enhanced monitoring on. */
  shards: Record<string, Record<string, Series>>;
  /** Per-shard 1-minute series, and the current minute's running values. */
  shardMinutes: Record<string, Record<string, Series>>;
  shardMinute: Record<string, Record<string, number>>;
  /** Stats totals at the last sample, per shard id. */
  totals: Record<string, ShardStats>;
}

function push(series: Series | undefined, at: number, value: number, max: number): Series {
  const s = series ?? { at, values: [] };
  s.values.push(value);
  if (s.values.length > max) s.values.splice(0, s.values.length - max);
  s.at = at;
  return s;
}

function emptyMetrics(): StreamMetrics {
  return {
    perSecond: {},
    perMinute: {},
    minute: {},
    lastSecond: {},
    shards: {},
    shardMinutes: {},
    shardMinute: {},
    totals: {},
  };
}

function shardSecond(
  stats: ShardStats,
  before: ShardStats | undefined,
  iteratorAge: number,
): Record<ShardMetric, number> {
  const d = (k: keyof ShardStats) => stats[k] - (before?.[k] ?? 0);
  return {
    IncomingBytes: d('incomingBytes'),
    IncomingRecords: d('incomingRecords'),
    OutgoingBytes: d('outgoingBytes'),
    OutgoingRecords: d('outgoingRecords'),
    WriteProvisionedThroughputExceeded: d('throttledRecords'),
    ReadProvisionedThroughputExceeded: d('readThrottles'),
    IteratorAgeMilliseconds: iteratorAge,
  };
}

function sampleStream(state: SimState, stream: StreamState, metrics: StreamMetrics): void {
  const at = state.now;
  const sums: Record<StreamMetric, number> = {
    IncomingBytes: 0,
    IncomingRecords: 0,
    WriteProvisionedThroughputExceeded: 0,
    ReadProvisionedThroughputExceeded: 0,
    'GetRecords.Records': 0,
    'GetRecords.Bytes': 0,
    'GetRecords.IteratorAgeMilliseconds': 0,
  };
  const apps = state.consumerApps.filter((a) => a.config.stream === stream.name);
  const ages = new Map<string, number>();
  for (const app of apps)
    for (const lease of app.leases)
      ages.set(lease.leaseKey, Math.max(ages.get(lease.leaseKey) ?? 0, lease.iteratorAgeMs));
  const lastSecond: StreamMetrics['lastSecond'] = {};
  for (const shard of stream.shards) {
    const id = shardId(shard.index);
    const second = shardSecond(shard.stats, metrics.totals[id], ages.get(id) ?? 0);
    metrics.totals[id] = { ...shard.stats };
    lastSecond[id] = second;
    sums.IncomingBytes += second.IncomingBytes;
    sums.IncomingRecords += second.IncomingRecords;
    sums.WriteProvisionedThroughputExceeded += second.WriteProvisionedThroughputExceeded;
    sums.ReadProvisionedThroughputExceeded += second.ReadProvisionedThroughputExceeded;
    sums['GetRecords.Records'] += second.OutgoingRecords;
    sums['GetRecords.Bytes'] += second.OutgoingBytes;
    for (const name of stream.enhancedMonitoring) {
      const value = second[name as ShardMetric];
      const perShard = (metrics.shards[id] ??= {});
      perShard[name] = push(perShard[name], at, value, SECOND_POINTS);
      const minute = (metrics.shardMinute[id] ??= {});
      minute[name] =
        name === 'IteratorAgeMilliseconds' ? Math.max(minute[name] ?? 0, value) : (minute[name] ?? 0) + value;
    }
  }
  sums['GetRecords.IteratorAgeMilliseconds'] = apps.reduce((m, a) => Math.max(m, maxIteratorAge(a)), 0);
  metrics.lastSecond = lastSecond;
  for (const name of STREAM_METRICS) {
    metrics.perSecond[name] = push(metrics.perSecond[name], at, sums[name], SECOND_POINTS);
    const isAge = name === 'GetRecords.IteratorAgeMilliseconds';
    metrics.minute[name] = isAge
      ? Math.max(metrics.minute[name] ?? 0, sums[name])
      : (metrics.minute[name] ?? 0) + sums[name];
  }
  if (at % 60_000 === 0) {
    for (const name of STREAM_METRICS) {
      metrics.perMinute[name] = push(metrics.perMinute[name], at, metrics.minute[name] ?? 0, MINUTE_POINTS);
      metrics.minute[name] = 0;
    }
    for (const [id, values] of Object.entries(metrics.shardMinute)) {
      const perShard = (metrics.shardMinutes[id] ??= {});
      for (const [name, value] of Object.entries(values))
        perShard[name] = push(perShard[name], at, value, MINUTE_POINTS);
    }
    metrics.shardMinute = {};
  }
}

/** Samples every stream's metrics at a whole second. */
export function recordSecond(state: SimState): void {
  for (const stream of Object.values(state.streams)) {
    const metrics = (state.metrics[stream.name] ??= emptyMetrics());
    sampleStream(state, stream, metrics);
    observeDemand(state, stream, metrics.lastSecond);
  }
  for (const name of Object.keys(state.metrics)) if (!state.streams[name]) delete state.metrics[name];
}
