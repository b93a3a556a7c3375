import { SHARD_METRICS, STREAM_METRICS, type Series } from '../../engine/metrics';
import type { SimState } from '../../engine/types';

/** One recorded value and the start of the interval it covers (virtual ms). */
export interface MetricPoint {
  start: number;
  value: number;
}

/** A CloudWatch dimension, as the API carries it. */
export interface Dimension {
  Name: string;
  Value: string;
}

/** Which engine series a request reads: 1-second points (5 minutes kept) or 1-minute points (24 hours kept). */
export type Resolution = 'second' | 'minute';

const SECOND_MS = 1000;
const MINUTE_MS = 60_000;

/** The unit CloudWatch reports for a Kinesis metric. */
export function unitOf(metricName: string): 'Bytes' | 'Milliseconds' | 'Count' {
  if (metricName.endsWith('Bytes')) return 'Bytes';
  if (metricName.endsWith('Milliseconds')) return 'Milliseconds';
  return 'Count';
}

// A series stores values only, newest last, one per period with no gaps (the engine samples every whole
// second), so each value's interval follows from the newest point's time.
function seriesPoints(series: Series | undefined, periodMs: number): MetricPoint[] {
  if (!series) return [];
  const last = series.values.length - 1;
  return series.values.map((value, i) => ({ start: series.at - (last - i) * periodMs - periodMs, value }));
}

/** The minute in progress: CloudWatch already shows its partial datapoint, so the simulator does too. */
function currentMinute(sim: SimState, value: number | undefined): MetricPoint[] {
  if (value === undefined || sim.now % MINUTE_MS === 0) return [];
  return [{ start: sim.now - (sim.now % MINUTE_MS), value }];
}

function dimensionValue(dimensions: Dimension[], name: string): string | undefined {
  return dimensions.find((d) => d.Name === name)?.Value;
}

/**
 * The recorded points of one AWS/Kinesis metric for an exact dimension set, as CloudWatch matches them:
 * `StreamName` alone reads the stream-level series, `StreamName` + `ShardId` the shard-level one (recorded
 * only while enhanced monitoring was on for that metric, fact 17). Any other set matches nothing.
 * @example metricPoints(sim, 'IncomingRecords', [{ Name: 'StreamName', Value: 'orders' }], 'minute')
 */
export function metricPoints(
  sim: SimState,
  metricName: string,
  dimensions: Dimension[],
  resolution: Resolution,
): MetricPoint[] {
  const stream = dimensionValue(dimensions, 'StreamName');
  const shard = dimensionValue(dimensions, 'ShardId');
  const metrics = stream === undefined ? undefined : sim.metrics[stream];
  if (!metrics) return [];
  if (dimensions.length === 1) {
    if (!(STREAM_METRICS as readonly string[]).includes(metricName)) return [];
    return resolution === 'second'
      ? seriesPoints(metrics.perSecond[metricName], SECOND_MS)
      : [...seriesPoints(metrics.perMinute[metricName], MINUTE_MS), ...currentMinute(sim, metrics.minute[metricName])];
  }
  if (dimensions.length === 2 && shard !== undefined) {
    if (!(SHARD_METRICS as readonly string[]).includes(metricName)) return [];
    return resolution === 'second'
      ? seriesPoints(metrics.shards[shard]?.[metricName], SECOND_MS)
      : [
          ...seriesPoints(metrics.shardMinutes[shard]?.[metricName], MINUTE_MS),
          ...currentMinute(sim, metrics.shardMinute[shard]?.[metricName]),
        ];
  }
  return [];
}

/**
 * Every AWS/Kinesis metric with recorded data, with its dimensions (what ListMetrics lists).
 * @example recordedMetrics(sim)[0] // { MetricName: 'IncomingBytes', Dimensions: [{ Name: 'StreamName', Value: 'orders' }] }
 */
export function recordedMetrics(sim: SimState): { MetricName: string; Dimensions: Dimension[] }[] {
  const out: { MetricName: string; Dimensions: Dimension[] }[] = [];
  for (const [stream, metrics] of Object.entries(sim.metrics)) {
    const streamDimension = { Name: 'StreamName', Value: stream };
    for (const name of STREAM_METRICS)
      if (metrics.perSecond[name]) out.push({ MetricName: name, Dimensions: [streamDimension] });
    for (const [shard, series] of Object.entries(metrics.shards))
      for (const name of SHARD_METRICS)
        if (series[name])
          out.push({ MetricName: name, Dimensions: [streamDimension, { Name: 'ShardId', Value: shard }] });
  }
  return out;
}
