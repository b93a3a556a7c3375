import uPlot from 'uplot';
import type { MetricChartSpec, MetricPeriod } from '@/simulator/views/chartSeries';
import {
  axisIncrements,
  axisUnit,
  formatAxisValue,
  formatMetricValue,
  formatTimeTick,
  formatUtc,
} from './formatMetric';
import type { ChartColors } from './readChartColors';

export const CHART_HEIGHT = 160;

/**
 * What the legend shows for a series: the value under the cursor, or the newest value when the cursor
 * is elsewhere (as CloudWatch's legend does), instead of uPlot's placeholder dash.
 */
function legendValue(format: (v: number) => string): uPlot.Series.Value {
  return (u, v, seriesIdx, idx) => {
    const column = u.data[seriesIdx];
    const shown = idx === null ? column?.[column.length - 1] : v;
    return shown === null || shown === undefined ? '–' : format(shown);
  };
}

/** Throttles are trouble, lag is a consumer concern, traffic is the accent: the title says which is which too. */
function seriesColour(spec: MetricChartSpec, colors: ChartColors): string {
  if (spec.id === 'write-throttled' || spec.id === 'read-throttled') return colors.pitfall;
  if (spec.unit === 'ms') return colors.tip;
  return colors.accent;
}

/**
 * uPlot options for one metric chart: virtual time in UTC on x, the metric from zero on y with its unit,
 * and (on per-shard traffic charts) the shard's write limit as a dashed line, so it differs by more than
 * colour.
 */
export function chartOptions(
  spec: MetricChartSpec,
  period: MetricPeriod,
  withLimit: boolean,
  colors: ChartColors,
  width: number,
): uPlot.Options {
  const font = `${colors.fontPx}px system-ui, sans-serif`;
  const value = legendValue((v) => formatMetricValue(v, spec.unit));
  const axis = {
    stroke: colors.muted,
    font,
    labelFont: font,
    grid: { stroke: colors.border, width: 1 },
    ticks: { stroke: colors.border, width: 1 },
  };
  const series: uPlot.Series[] = [
    { label: 'Time', value: legendValue((v) => formatUtc(v * 1000, period)) },
    {
      label: spec.streamMetric.replace('GetRecords.', ''),
      stroke: seriesColour(spec, colors),
      width: 2,
      points: { show: false },
      value,
    },
  ];
  if (withLimit)
    series.push({
      label: 'Shard write limit',
      stroke: colors.muted,
      width: 1.5,
      dash: [6, 4],
      points: { show: false },
      value,
    });
  return {
    width,
    height: CHART_HEIGHT,
    // Virtual time is UTC (the simulation starts at 2026-01-01T00:00Z), whatever the reader's time zone.
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    series,
    scales: {
      // Counts and lag start at zero, so a flat line at 3 does not look like a cliff.
      y: { range: (_u, _min, max) => [0, max > 0 ? (uPlot.rangeNum(0, max, 0.1, true)[1] ?? max) : 1] },
    },
    axes: [
      {
        ...axis,
        label: 'Time (UTC)',
        labelSize: colors.fontPx + 8,
        values: (_u, splits, _axisIdx, _space, incr) => splits.map((v) => formatTimeTick(v, incr)),
      },
      {
        ...axis,
        label: axisUnit(spec, period),
        labelSize: colors.fontPx + 8,
        size: 64,
        incrs: axisIncrements(spec.unit),
        values: (_u, splits) => splits.map((v) => formatAxisValue(v, spec.unit)),
      },
    ],
    // Data arrives every frame and would reset a zoom at once: no drag-to-zoom, only the hover cursor.
    cursor: { drag: { x: false, y: false }, points: { fill: colors.bg } },
    // The legend's swatch is dashed for the dashed limit line, like the line itself.
    legend: { show: true, live: true, markers: { dash: (u, i) => (u.series[i]?.dash ? 'dashed' : 'solid') } },
  };
}
