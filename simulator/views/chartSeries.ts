import { SHARD_WRITE_BYTES_PER_SECOND, SHARD_WRITE_RECORDS_PER_SECOND } from '../engine/limits';
import type { Series, ShardMetric, StreamMetric, StreamMetrics } from '../engine/metrics';

/** The two resolutions the engine keeps: 1-second points (last 5 minutes) and 1-minute points (last 24 h). */
export type MetricPeriod = 'second' | 'minute';

export const PERIOD_MS: Record<MetricPeriod, number> = { second: 1_000, minute: 60_000 };

export type MetricUnit = 'records' | 'bytes' | 'calls' | 'ms';

/** One CloudWatch-style chart: the same metric at stream level and (with enhanced monitoring) per shard. */
export interface MetricChartSpec {
  id: string;
  title: string;
  streamMetric: StreamMetric;
  shardMetric: ShardMetric;
  unit: MetricUnit;
  /** CloudWatch's statistic for a period: counts add up, iterator age takes the largest value. */
  statistic: 'Sum' | 'Maximum';
}

/** The charts the playground shows, in order. */
export const METRIC_CHARTS: readonly MetricChartSpec[] = [
  {
    id: 'incoming-records',
    title: 'Incoming records',
    streamMetric: 'IncomingRecords',
    shardMetric: 'IncomingRecords',
    unit: 'records',
    statistic: 'Sum',
  },
  {
    id: 'incoming-bytes',
    title: 'Incoming bytes',
    streamMetric: 'IncomingBytes',
    shardMetric: 'IncomingBytes',
    unit: 'bytes',
    statistic: 'Sum',
  },
  {
    id: 'write-throttled',
    title: 'Throttled writes',
    streamMetric: 'WriteProvisionedThroughputExceeded',
    shardMetric: 'WriteProvisionedThroughputExceeded',
    unit: 'records',
    statistic: 'Sum',
  },
  {
    id: 'read-throttled',
    title: 'Throttled reads',
    streamMetric: 'ReadProvisionedThroughputExceeded',
    shardMetric: 'ReadProvisionedThroughputExceeded',
    unit: 'calls',
    statistic: 'Sum',
  },
  {
    id: 'iterator-age',
    title: 'Iterator age (consumer lag)',
    streamMetric: 'GetRecords.IteratorAgeMilliseconds',
    shardMetric: 'IteratorAgeMilliseconds',
    unit: 'ms',
    statistic: 'Maximum',
  },
];

/** Columns in uPlot's aligned-data shape: x (seconds since the epoch), then one column per series. */
export type ChartColumns = [xs: number[], ...ys: (number | null)[][]];

/**
 * The times of a series' points in seconds since the epoch (uPlot's default time unit). The engine
 * keeps only the newest point's time, and points are one period apart.
 * @example seriesTimes({ at: 5_000, values: [1, 2, 3] }, 1_000) // [3, 4, 5]
 */
export function seriesTimes(series: Series, periodMs: number): number[] {
  const n = series.values.length;
  return series.values.map((_, i) => (series.at - (n - 1 - i) * periodMs) / 1000);
}

/**
 * Puts several series on one time axis: the union of their times, with null where a series has no
 * point (a shard metric switched on later than another starts later).
 * @example alignSeries([{ at: 3_000, values: [1, 2] }, { at: 3_000, values: [9] }], 1_000) // [[2, 3], [1, 2], [null, 9]]
 */
export function alignSeries(series: readonly (Series | undefined)[], periodMs: number): ChartColumns {
  const times = series.map((s) => (s ? seriesTimes(s, periodMs) : []));
  const xs = [...new Set(times.flat())].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const ys = series.map((s, k) => {
    const column: (number | null)[] = xs.map(() => null);
    s?.values.forEach((v, i) => (column[index.get(times[k]![i]!)!] = v));
    return column;
  });
  return [xs, ...ys];
}

/** Which slice of the metrics a chart shows: the whole stream, or one shard (enhanced monitoring). */
export type MetricScope = { kind: 'stream' } | { kind: 'shard'; shardId: string };

/**
 * The engine series behind a chart, or undefined when none has been recorded (no minute has ended
 * yet, or the shard metric is not enabled).
 * @example metricSeries(sim.metrics.demo, METRIC_CHARTS[0], { kind: 'stream' }, 'second')
 */
export function metricSeries(
  metrics: StreamMetrics | undefined,
  spec: MetricChartSpec,
  scope: MetricScope,
  period: MetricPeriod,
): Series | undefined {
  if (!metrics) return undefined;
  if (scope.kind === 'stream') return (period === 'second' ? metrics.perSecond : metrics.perMinute)[spec.streamMetric];
  const perShard = (period === 'second' ? metrics.shards : metrics.shardMinutes)[scope.shardId];
  return perShard?.[spec.shardMetric];
}

/**
 * A shard's write quota for one period (fact 1), drawn as a reference line on per-shard charts, or
 * null for metrics that have no such line.
 * @example shardWriteLimit(METRIC_CHARTS[0], 'minute') // 60000
 */
export function shardWriteLimit(spec: MetricChartSpec, period: MetricPeriod): number | null {
  const seconds = PERIOD_MS[period] / 1000;
  if (spec.streamMetric === 'IncomingRecords') return SHARD_WRITE_RECORDS_PER_SECOND * seconds;
  if (spec.streamMetric === 'IncomingBytes') return SHARD_WRITE_BYTES_PER_SECOND * seconds;
  return null;
}

/**
 * Everything one chart draws: the metric, plus a constant write-limit column on per-shard charts that
 * have one, so the learner sees how close a shard is to its quota.
 * @example chartColumns(sim.metrics.demo, METRIC_CHARTS[0], { kind: 'shard', shardId: 'shardId-000000000001' }, 'second')
 */
export function chartColumns(
  metrics: StreamMetrics | undefined,
  spec: MetricChartSpec,
  scope: MetricScope,
  period: MetricPeriod,
): ChartColumns {
  const [xs, ys = []] = alignSeries([metricSeries(metrics, spec, scope, period)], PERIOD_MS[period]);
  const limit = scope.kind === 'shard' ? shardWriteLimit(spec, period) : null;
  return limit === null ? [xs, ys] : [xs, ys, xs.map(() => limit)];
}

export interface SeriesSummary {
  latest: number;
  /** Virtual ms at the end of the newest period. */
  latestAt: number;
  max: number;
  /** Virtual ms at the end of the (first) period with the largest value. */
  maxAt: number;
  points: number;
}

/**
 * The text twin of a chart: the newest value and the largest in the window, with their times; null when
 * the series has no points.
 * @example summarizeSeries({ at: 5_000, values: [4, 9, 2] }, 1_000) // { latest: 2, latestAt: 5000, max: 9, maxAt: 4000, points: 3 }
 */
export function summarizeSeries(series: Series | undefined, periodMs: number): SeriesSummary | null {
  if (!series || series.values.length === 0) return null;
  const n = series.values.length;
  let best = 0;
  series.values.forEach((v, i) => {
    if (v > series.values[best]!) best = i;
  });
  return {
    latest: series.values[n - 1]!,
    latestAt: series.at,
    max: series.values[best]!,
    maxAt: series.at - (n - 1 - best) * periodMs,
    points: n,
  };
}
