import { KinesisError, type KinesisErrorName } from '../KinesisError';
import { epochSeconds } from '../operations/describeShapes';
import type { SimState } from '../../engine/types';
import { metricPoints, recordedMetrics, unitOf, type Dimension, type MetricPoint } from './metricPoints';

/**
 * CloudWatch reports errors with its query-protocol codes (what AWS CLI prints in "An error occurred
 * (InvalidParameterValue)"); the SDK's exception classes add "Exception" (InvalidParameterValueException,
 * MissingRequiredParameterException for MissingParameter, InvalidParameterCombinationException).
 */
type CloudWatchErrorName =
  | 'InvalidParameterValue'
  | 'MissingParameter'
  | 'InvalidParameterCombination'
  | 'InvalidAction';
const cloudWatchError = (name: CloudWatchErrorName, message: string) =>
  new KinesisError(name as KinesisErrorName, message);

const NAMESPACE = 'AWS/Kinesis';
const STATISTICS = ['SampleCount', 'Average', 'Sum', 'Minimum', 'Maximum'] as const;
type Statistic = (typeof STATISTICS)[number];
/** GetMetricStatistics answers at most this many datapoints per call, as on AWS. */
export const MAX_DATAPOINTS = 1440;

function required(input: Record<string, unknown>, member: string): unknown {
  const value = input[member];
  if (value === undefined || value === null || value === '')
    throw cloudWatchError('MissingParameter', `The parameter ${member} is required.`);
  return value;
}

/** StartTime and EndTime: epoch seconds (what the SDKs and the CLI send) or ISO 8601 text. */
function timestamp(input: Record<string, unknown>, member: string): number {
  const value = required(input, member);
  const ms =
    typeof value === 'number'
      ? value * 1000
      : typeof value === 'string'
        ? /^\d+(\.\d+)?$/.test(value)
          ? Number(value) * 1000
          : Date.parse(value)
        : NaN;
  if (!Number.isFinite(ms))
    throw cloudWatchError(
      'InvalidParameterValue',
      `The parameter ${member} must be a timestamp (ISO 8601, such as 2026-01-01T12:00:00Z, or epoch seconds); got ${JSON.stringify(value)}.`,
    );
  return ms;
}

/**
 * Period: 1, 5, 10 or 30 seconds read the engine's 1-second points (kept for 5 minutes); 60 or any
 * multiple of 60 read its 1-minute points (kept for 24 hours).
 */
function period(input: Record<string, unknown>): number {
  const value = required(input, 'Period');
  const seconds = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  const valid =
    typeof seconds === 'number' &&
    Number.isInteger(seconds) &&
    ([1, 5, 10, 30].includes(seconds) || (seconds >= 60 && seconds % 60 === 0));
  if (!valid)
    throw cloudWatchError(
      'InvalidParameterValue',
      `The parameter Period must be 1, 5, 10, 30 or a multiple of 60 seconds; got ${JSON.stringify(value)}.`,
    );
  return seconds as number;
}

function statistics(input: Record<string, unknown>): Statistic[] {
  if (input.ExtendedStatistics !== undefined)
    throw cloudWatchError(
      'InvalidParameterValue',
      'ExtendedStatistics (percentiles) are not modelled by this simulator; use Statistics (Sum, Average, Maximum, Minimum, SampleCount).',
    );
  const value = input.Statistics;
  if (!Array.isArray(value) || value.length === 0)
    throw cloudWatchError('MissingParameter', 'The parameter Statistics or ExtendedStatistics is required.');
  value.forEach((s, i) => {
    if (!(STATISTICS as readonly unknown[]).includes(s))
      throw cloudWatchError(
        'InvalidParameterValue',
        `The parameter Statistics.member.${i + 1} must be a value in the set [ ${STATISTICS.join(', ')} ]; got ${JSON.stringify(s)}.`,
      );
  });
  return [...new Set(value as Statistic[])];
}

function dimensions(input: Record<string, unknown>, allowMissingValue = false): Dimension[] {
  const value = input.Dimensions ?? [];
  const ok =
    Array.isArray(value) &&
    value.every(
      (d: unknown) =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as Dimension).Name === 'string' &&
        (typeof (d as Dimension).Value === 'string' || (allowMissingValue && (d as Dimension).Value === undefined)),
    );
  if (!ok)
    throw cloudWatchError(
      'InvalidParameterValue',
      'The parameter Dimensions must be a list of {Name, Value} pairs, e.g. Name=StreamName,Value=orders.',
    );
  return value as Dimension[];
}

function aggregate(points: MetricPoint[], wanted: Statistic[]): Record<Statistic, number> {
  const values = points.map((p) => p.value);
  const sum = values.reduce((a, b) => a + b, 0);
  const all: Record<Statistic, number> = {
    SampleCount: values.length,
    Average: sum / values.length,
    Sum: sum,
    Minimum: Math.min(...values),
    Maximum: Math.max(...values),
  };
  return Object.fromEntries(wanted.map((s) => [s, all[s]])) as Record<Statistic, number>;
}

const operations: Record<string, (sim: SimState, input: Record<string, unknown>) => unknown> = {
  /**
   * Statistics of one metric per period. A sample is one engine point (a second's or a minute's total,
   * or for iterator age its maximum): Sum is exact; on AWS a sample is one reported value, so
   * SampleCount, Average, Minimum and Maximum count differently there.
   */
  GetMetricStatistics(sim, input) {
    const namespace = required(input, 'Namespace');
    const metricName = required(input, 'MetricName');
    const start = timestamp(input, 'StartTime');
    const end = timestamp(input, 'EndTime');
    const periodSeconds = period(input);
    const wanted = statistics(input);
    const dims = dimensions(input);
    if (start >= end)
      throw cloudWatchError(
        'InvalidParameterValue',
        'The parameter StartTime must be less than the parameter EndTime.',
      );
    const periodMs = periodSeconds * 1000;
    // Periods start on whole seconds (sub-minute periods) or whole minutes, counted from StartTime.
    const first = start - (start % (periodSeconds < 60 ? 1000 : 60_000));
    const requested = Math.ceil((end - first) / periodMs);
    if (requested > MAX_DATAPOINTS)
      throw cloudWatchError(
        'InvalidParameterCombination',
        `You have requested up to ${requested} datapoints, which exceeds the limit of ${MAX_DATAPOINTS}. You may reduce the datapoints requested by increasing Period, or decreasing the time range.`,
      );
    const label = String(metricName);
    if (namespace !== NAMESPACE) return { Label: label, Datapoints: [] };
    const points = metricPoints(sim, label, dims, periodSeconds < 60 ? 'second' : 'minute');
    const buckets = new Map<number, MetricPoint[]>();
    for (const point of points) {
      if (point.start < first || point.start >= end) continue;
      const bucket = first + Math.floor((point.start - first) / periodMs) * periodMs;
      buckets.set(bucket, [...(buckets.get(bucket) ?? []), point]);
    }
    const unit = unitOf(label);
    if (typeof input.Unit === 'string' && input.Unit !== unit) return { Label: label, Datapoints: [] };
    return {
      Label: label,
      Datapoints: [...buckets]
        .sort(([a], [b]) => a - b)
        .map(([at, inBucket]) => ({ Timestamp: epochSeconds(at), ...aggregate(inBucket, wanted), Unit: unit })),
    };
  },
  /** The metrics with recorded data, filtered by namespace, metric name and dimensions (a filter without Value matches any value). */
  ListMetrics(sim, input) {
    const filters = dimensions(input, true);
    if (input.Namespace !== undefined && input.Namespace !== NAMESPACE) return { Metrics: [] };
    return {
      Metrics: recordedMetrics(sim)
        .filter((m) => input.MetricName === undefined || m.MetricName === input.MetricName)
        .filter((m) =>
          filters.every((f) =>
            m.Dimensions.some((d) => d.Name === f.Name && (f.Value === undefined || d.Value === f.Value)),
          ),
        )
        .map((m) => ({ Namespace: NAMESPACE, ...m })),
    };
  },
};

/** The CloudWatch operations the simulator serves: AWS/Kinesis metrics only. */
export const CLOUDWATCH_OPERATIONS = Object.keys(operations);

/**
 * CloudWatch metrics over a simulation: the AWS/Kinesis metrics the engine records (stream level always,
 * shard level while enhanced monitoring is on), for `aws cloudwatch get-metric-statistics` and list-metrics.
 * @example createCloudWatchApi(sim)('GetMetricStatistics', { Namespace: 'AWS/Kinesis', MetricName: 'IncomingRecords', Dimensions: [{ Name: 'StreamName', Value: 'orders' }], StartTime: 0, EndTime: 3600, Period: 60, Statistics: ['Sum'] })
 */
export function createCloudWatchApi(sim: SimState) {
  return (operation: string, input: Record<string, unknown>): unknown => {
    const run = operations[operation];
    if (!run)
      throw cloudWatchError(
        'InvalidAction',
        `The CloudWatch operation ${operation} is not modelled by this simulator (it serves GetMetricStatistics and ListMetrics).`,
      );
    return run(sim, input ?? {});
  };
}
