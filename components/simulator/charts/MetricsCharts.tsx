'use client';

import { useId, useState } from 'react';
import { shardId } from '@/simulator/engine/ids';
import { METRIC_CHARTS, type MetricPeriod } from '@/simulator/views/chartSeries';
import { useSimValue } from '../useSimulation';
import { ChoiceGroup } from './ChoiceGroup';
import { MetricChart } from './MetricChart';

const NONE: readonly string[] = [];

const PERIODS = [
  { value: 'second', label: '1-second points (last 5 minutes)' },
  { value: 'minute', label: '1-minute points (last 24 hours)' },
] as const;

const SCOPES = [
  { value: 'stream', label: 'Whole stream' },
  { value: 'shard', label: 'One shard' },
] as const;

/**
 * CloudWatch-style charts of a stream's metrics (namespace AWS/Kinesis, fact 17): stream level always,
 * shard level only for the metrics enhanced monitoring is enabled for, as on AWS.
 */
export function MetricsCharts({ stream }: { stream: string }) {
  const shardSelectId = useId();
  const exists = useSimValue((sim) => sim.streams[stream] !== undefined);
  // "id|closed" strings: primitives, so this re-renders only when shards open, close or leave.
  const shards = useSimValue(
    (sim) =>
      sim.streams[stream]?.shards.map((s) => `${shardId(s.index)}|${s.closedAt === null ? '' : 'closed'}`) ?? NONE,
  );
  const enabled = useSimValue((sim) => sim.streams[stream]?.enhancedMonitoring ?? NONE);
  const [period, setPeriod] = useState<MetricPeriod>('second');
  const [scope, setScope] = useState<'stream' | 'shard'>('stream');
  const [picked, setPicked] = useState<string | null>(null);

  if (!exists) return <p className="text-sm text-muted">The stream {stream} no longer exists, so it has no metrics.</p>;

  const ids = shards.map((s) => s.split('|')[0]!);
  // A shard that aged out of the stream falls back to the first one listed.
  const shard = picked !== null && ids.includes(picked) ? picked : (ids[0] ?? null);
  const perShard = scope === 'shard' && shard !== null;

  return (
    <div className="@container min-w-0">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-2">
        <ChoiceGroup legend="Metrics for" options={SCOPES} value={scope} onChange={setScope} />
        <ChoiceGroup legend="Period" options={PERIODS} value={period} onChange={setPeriod} />
        {scope === 'shard' && (
          <div>
            <label htmlFor={shardSelectId} className="block text-sm font-medium">
              Shard
            </label>
            <select
              id={shardSelectId}
              value={shard ?? ''}
              onChange={(e) => setPicked(e.target.value)}
              className="mt-0.5 block min-h-10 max-w-full rounded-md border border-border bg-bg px-2 text-sm"
            >
              {shards.map((s) => {
                const [id, closed] = s.split('|');
                return (
                  <option key={id} value={id}>
                    {closed ? `${id} (closed)` : id}
                  </option>
                );
              })}
            </select>
          </div>
        )}
      </div>
      {perShard && enabled.length === 0 ? (
        <p className="mt-3 rounded-md border border-border bg-surface p-3 text-sm">
          Shard-level metrics need enhanced monitoring (an extra cost on AWS). Turn it on in the stream’s inspector.
        </p>
      ) : (
        <div className="mt-3 grid gap-3 @3xl:grid-cols-2">
          {METRIC_CHARTS.map((spec) =>
            perShard && !enabled.includes(spec.shardMetric) ? (
              <p key={spec.id} className="m-0 rounded-md border border-border bg-surface p-3 text-sm">
                <span className="font-semibold">{spec.title}:</span> enhanced monitoring is not enabled for{' '}
                <code>{spec.shardMetric}</code> on this stream, so there is no shard-level data for it.
              </p>
            ) : (
              <MetricChart
                key={spec.id}
                stream={stream}
                spec={spec}
                shardId={perShard ? shard : null}
                period={period}
              />
            ),
          )}
        </div>
      )}
    </div>
  );
}
