'use client';

import type { NodeProps } from '@xyflow/react';
import { TriangleAlert } from 'lucide-react';
import { memo } from 'react';
import { formatCount, formatMBps, formatPercent } from '@/simulator/views/format';
import { shardRow } from '@/simulator/views/shardRows';
import type { FlowNode } from '../../canvas/buildFlow';
import { Meter } from '../Meter';
import { RetentionStrip } from './RetentionStrip';
import { useNodeSummary } from '../useNodeSummary';

/** `shardId-000000000012` → `12`: the full id is in the node's name for screen readers and in the table. */
const shortShardId = (id: string) => String(Number(id.replace('shardId-', '')));

function ShardNodeView({ data, selected }: NodeProps<FlowNode>) {
  const stream = String(data.facts.stream);
  const { s: row, form } = useNodeSummary(
    (sim) => {
      const r = shardRow(sim, stream, data.name);
      return {
        write: r ? Math.round(r.writeUtilization * 100) / 100 : 0,
        read: r ? Math.round(r.readUtilization * 100) / 100 : 0,
        records: r?.incomingRecords ?? 0,
        bytes: r?.incomingBytes ?? 0,
        throttled: r?.throttledRecords ?? 0,
        retained: r?.retainedRecords ?? 0,
        fill: r ? Math.round(r.retentionFill * 200) / 200 : 0,
      };
    },
    ['retained'],
  );
  const open = data.facts.open === true;
  const throttling = row.throttled > 0;
  const short = shortShardId(data.name);
  const parents = String(data.facts.parents ?? '')
    .split(' ')
    .filter(Boolean)
    .map(shortShardId);
  return (
    <div
      className={`shardlab-appear relative h-full rounded-md border-2 text-fg ${
        throttling ? 'border-pitfall bg-pitfall-bg' : 'border-border bg-bg'
      } ${open ? '' : 'border-dashed opacity-85'} ${selected ? 'outline-3 outline-offset-1 outline-accent' : ''}`}
    >
      {form === 'full' ? (
        <div className="px-2 pt-1 text-[12px] leading-[1.35]">
          <p className="m-0 flex justify-between gap-1 text-[13px] font-semibold">
            <span>
              shard {short} <span className="text-[12px] font-normal text-muted">{String(data.facts.range)}</span>
            </span>
            <span className={open ? 'text-tip' : 'text-muted'}>{open ? 'OPEN' : 'CLOSED'}</span>
          </p>
          <Meter label="write" value={row.write} />
          {throttling ? (
            <p className="m-0 font-semibold text-pitfall tabular-nums">
              <TriangleAlert aria-hidden="true" className="mr-0.5 inline size-3.5" />
              throttled {formatCount(row.throttled)}/s
            </p>
          ) : (
            <p className="m-0 text-muted tabular-nums">
              {formatCount(row.records)} rec/s · {formatMBps(row.bytes)}
            </p>
          )}
          <Meter label="read" value={row.read} />
          <p className="m-0 truncate text-muted tabular-nums">
            {parents.length > 0 ? `child of ${parents.join(' + ')} · ` : ''}
            {formatCount(row.retained)} retained
          </p>
        </div>
      ) : (
        <div className="flex h-full flex-col justify-center gap-1 px-2 pb-2 leading-tight">
          <p className="m-0 flex items-center justify-between text-[24px] font-bold">
            <span>shard {short}</span>
            {!open && <span className="text-[24px] text-muted">closed</span>}
          </p>
          <Meter label="write" value={row.write} compact />
          <p className="sr-only">
            {throttling ? `throttled ${formatCount(row.throttled)}/s` : `${formatCount(row.records)} rec/s`}, read{' '}
            {formatPercent(row.read)}
          </p>
        </div>
      )}
      <RetentionStrip
        fill={row.fill}
        label={`Retention: the oldest record kept is ${formatPercent(row.fill)} of the retention period old`}
      />
    </div>
  );
}

export const ShardNode = memo(ShardNodeView);
