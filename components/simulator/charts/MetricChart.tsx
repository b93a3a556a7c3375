'use client';

import 'uplot/dist/uPlot.min.css';
import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import type { SimState } from '@/simulator/engine/types';
import {
  chartColumns,
  metricSeries,
  PERIOD_MS,
  shardWriteLimit,
  summarizeSeries,
  type MetricChartSpec,
  type MetricPeriod,
  type MetricScope,
} from '@/simulator/views/chartSeries';
import { DataTable } from '@/components/ui/DataTable';
import { useSimulationHandle } from '../SimulationContext';
import { useSimValue } from '../useSimulation';
import { CHART_HEIGHT, chartOptions } from './chartOptions';
import { axisTitle, formatMetricValue, formatUtc } from './formatMetric';
import { readChartColors } from './readChartColors';
import { useThemeKey } from './useThemeKey';

export interface MetricChartProps {
  stream: string;
  spec: MetricChartSpec;
  /** null: the whole stream; a shard id: that shard's enhanced-monitoring metric. */
  shardId: string | null;
  period: MetricPeriod;
}

function scopeOf(shardId: string | null): MetricScope {
  return shardId === null ? { kind: 'stream' } : { kind: 'shard', shardId };
}

/**
 * One CloudWatch-style line chart. The uPlot instance lives as long as its options (metric, period,
 * theme) stay the same; new data points reach it through `setData` from a transient store
 * subscription, so a running simulation never re-renders React for the canvas. The table under it is
 * the chart's text twin.
 */
export function MetricChart({ stream, spec, shardId, period }: MetricChartProps) {
  const { store } = useSimulationHandle();
  const themeKey = useThemeKey();
  const titleId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<uPlot | null>(null);
  const limit = shardId === null ? null : shardWriteLimit(spec, period);
  const withLimit = limit !== null;

  useEffect(() => {
    const el = containerRef.current;
    // '' is the server snapshot, seen once while hydrating: wait for the real theme to read its colours.
    if (!el || themeKey === '') return;
    const options = chartOptions(spec, period, withLimit, readChartColors(), el.clientWidth || 320);
    const chart = new uPlot(options, withLimit ? [[], [], []] : [[], []], el);
    chartRef.current = chart;
    const resize = new ResizeObserver(() => {
      const width = el.clientWidth;
      if (width > 0 && width !== chart.width) chart.setSize({ width, height: CHART_HEIGHT });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
  }, [spec, period, withLimit, themeKey]);

  // Runs after the effect above whenever that one rebuilt the chart (it shares its dependencies).
  useEffect(() => {
    const scope = scopeOf(shardId);
    // Drawn once per frame that changed the engine, in the same frame as every other view.
    let drawn = -1;
    const draw = ({ sim, frame }: { sim: SimState; frame: number }) => {
      const chart = chartRef.current;
      if (!chart || frame === drawn) return;
      drawn = frame;
      chart.setData(chartColumns(sim.metrics[stream], spec, scope, period));
    };
    draw(store.getState());
    return store.subscribe(draw);
  }, [store, stream, shardId, spec, period, withLimit, themeKey]);

  const summary = useSimValue((sim) =>
    summarizeSeries(metricSeries(sim.metrics[stream], spec, scopeOf(shardId), period), PERIOD_MS[period]),
  );
  const metricName = shardId === null ? spec.streamMetric : spec.shardMetric;
  const windowLabel = period === 'second' ? 'last 5 minutes' : 'last 24 hours';

  return (
    <figure aria-labelledby={titleId} className="m-0 min-w-0 rounded-md border border-border bg-bg p-3">
      <h3 id={titleId} className="m-0 text-base font-semibold">
        {spec.title}
      </h3>
      <p className="m-0 text-xs text-muted">
        <code className="break-all">{metricName}</code> · {axisTitle(spec, period)}
      </p>
      {/* The canvas repeats the table below, which is what assistive technology reads. */}
      <div ref={containerRef} aria-hidden="true" className="mt-2 min-h-[200px] w-full overflow-hidden" />
      {summary === null ? (
        <p className="m-0 text-sm text-muted">
          {period === 'minute'
            ? 'No 1-minute points yet: the first appears when the current minute ends.'
            : 'No data points yet.'}
        </p>
      ) : (
        <div className="mt-1">
          <DataTable
            caption={
              <>
                {spec.title}: latest value and maximum, {windowLabel}
              </>
            }
            captionHidden
            dense
            columns={[
              { key: 'series', header: 'Series', cell: (row) => row.series },
              { key: 'latest', header: 'Latest', cell: (row) => row.latest },
              { key: 'max', header: `Max, ${windowLabel}`, cell: (row) => row.max },
            ]}
            rows={[
              {
                series: spec.title,
                latest: (
                  <>
                    {formatMetricValue(summary.latest, spec.unit)}{' '}
                    <span className="text-muted">at {formatUtc(summary.latestAt, period)}</span>
                  </>
                ),
                max: (
                  <>
                    {formatMetricValue(summary.max, spec.unit)}{' '}
                    <span className="text-muted">at {formatUtc(summary.maxAt, period)}</span>
                  </>
                ),
              },
              ...(limit !== null
                ? [
                    {
                      series: 'Shard write limit',
                      latest: `${formatMetricValue(limit, spec.unit)} per ${period}`,
                      max: '',
                    },
                  ]
                : []),
            ]}
            rowKey={(row) => row.series}
          />
        </div>
      )}
    </figure>
  );
}
