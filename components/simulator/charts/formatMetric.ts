import { MiB } from '@/simulator/engine/limits';
import type { MetricChartSpec, MetricPeriod, MetricUnit } from '@/simulator/views/chartSeries';

/*
 * Units and labels for the CloudWatch-style charts: axis ticks, legends and their text twins.
 */

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/**
 * Bytes in KB / MB / GB of 1,024, the way the engine counts AWS's "1 MB/s" (as MiB), so a shard at its
 * write limit reads exactly "1 MB".
 * @example formatBytes(1_572_864) // '1.5 MB'
 */
export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1024) return `${number.format(bytes)} B`;
  if (Math.abs(bytes) < MiB) return `${number.format(bytes / 1024)} KB`;
  if (Math.abs(bytes) < 1024 * MiB) return `${number.format(bytes / MiB)} MB`;
  return `${number.format(bytes / (1024 * MiB))} GB`;
}

/**
 * A lag with one decimal in the largest unit that keeps it readable, short enough for an axis tick or a
 * legend (iterator ages run from milliseconds to days); simulator/views/format.ts spells durations out
 * in full for prose.
 * @example formatCompactDuration(5_400_000) // '1.5 h'
 */
export function formatCompactDuration(ms: number): string {
  if (ms < 1_000) return `${number.format(ms)} ms`;
  if (ms < 60_000) return `${number.format(ms / 1_000)} s`;
  if (ms < 3_600_000) return `${number.format(ms / 60_000)} min`;
  if (ms < 86_400_000) return `${number.format(ms / 3_600_000)} h`;
  return `${number.format(ms / 86_400_000)} d`;
}

/**
 * A metric value with its unit, for axes, legends and text twins.
 * @example formatMetricValue(1234, 'records') // '1,234 records'
 */
export function formatMetricValue(value: number, unit: MetricUnit): string {
  switch (unit) {
    case 'bytes':
      return formatBytes(value);
    case 'ms':
      return formatCompactDuration(value);
    case 'records':
      return `${number.format(value)} ${value === 1 ? 'record' : 'records'}`;
    case 'calls':
      return `${number.format(value)} ${value === 1 ? 'call' : 'calls'}`;
  }
}

/**
 * A shorter tick label for the y axis (the unit is in the axis title).
 * @example formatAxisValue(2_000, 'records') // '2,000'
 */
export function formatAxisValue(value: number, unit: MetricUnit): string {
  return unit === 'records' || unit === 'calls' ? number.format(value) : formatMetricValue(value, unit);
}

/**
 * What a chart's y axis measures for a period, in words.
 * @example axisTitle(METRIC_CHARTS[0], 'minute') // 'records per minute (Sum)'
 */
export function axisTitle(spec: MetricChartSpec, period: MetricPeriod): string {
  if (spec.unit === 'ms') return `milliseconds, ${spec.statistic} per ${period}`;
  const what = spec.unit === 'bytes' ? 'bytes' : spec.unit === 'calls' ? 'GetRecords calls' : 'records';
  return `${what} per ${period} (${spec.statistic})`;
}

/**
 * The y axis title, short enough to stand along a 150-pixel axis.
 * @example axisUnit(METRIC_CHARTS[1], 'second') // 'bytes/s'
 */
export function axisUnit(spec: MetricChartSpec, period: MetricPeriod): string {
  if (spec.unit === 'ms') return 'lag (max)';
  return `${spec.unit}/${period === 'second' ? 's' : 'min'}`;
}

const STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500];

/**
 * Tick increments for a y axis, so ticks fall on whole records, on round KB/MB (steps of 1,024) or on
 * round durations, never on "0.5 records" or "195.3 KB".
 * @example axisIncrements('bytes').includes(200 * 1024) // true
 */
export function axisIncrements(unit: MetricUnit): number[] {
  if (unit === 'bytes') return [0, 1, 2, 3].flatMap((k) => STEPS.map((m) => m * 1024 ** k));
  if (unit === 'ms') {
    const s = 1_000;
    const min = 60 * s;
    const h = 60 * min;
    const d = 24 * h;
    return [
      ...STEPS,
      s,
      2 * s,
      5 * s,
      10 * s,
      15 * s,
      30 * s,
      min,
      2 * min,
      5 * min,
      10 * min,
      15 * min,
      30 * min,
    ].concat([h, 2 * h, 3 * h, 6 * h, 12 * h, d, 2 * d, 7 * d, 14 * d, 30 * d, 90 * d, 180 * d, 365 * d]);
  }
  return [0, 3, 6, 9].flatMap((k) => STEPS.map((m) => m * 10 ** k));
}

/**
 * A time-axis tick in UTC, as precise as the spacing between ticks needs (24-hour clock, no locale).
 * @example formatTimeTick(Date.UTC(2026, 0, 1, 16, 56) / 1000, 60) // '16:56'
 */
export function formatTimeTick(seconds: number, incrementSeconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  if (incrementSeconds < 60) return iso.slice(11, 19);
  if (incrementSeconds < 86_400) return iso.slice(11, 16);
  return iso.slice(5, 10);
}

/**
 * Virtual time in UTC: the time of day for 1-second points, with the date for 1-minute points.
 * @example formatUtc(Date.UTC(2026, 0, 1, 0, 4, 59), 'second') // '00:04:59 UTC'
 */
export function formatUtc(ms: number, period: MetricPeriod): string {
  const iso = new Date(ms).toISOString();
  return period === 'second' ? `${iso.slice(11, 19)} UTC` : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
