'use client';

import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount, formatMBps } from '@/simulator/views/format';
import { shardRow } from '@/simulator/views/shardRows';
import type { FlowNode } from '../canvas/buildFlow';
import { useSimValue } from '../useSimulation';
import { UtilizationBar } from './UtilizationBar';

/** `shardId-000000000012` → `12`: the full id is in the title and the table view. */
const shortShardId = (id: string) => String(Number(id.replace('shardId-', '')));

function ShardNodeView({ data, selected }: NodeProps<FlowNode>) {
  const row = useSimValue((sim) => {
    const r = shardRow(sim, data.stream ?? '', data.shard ?? '');
    return {
      write: r ? Math.round(r.writeUtilization * 100) / 100 : 0,
      read: r ? Math.round(r.readUtilization * 100) / 100 : 0,
      records: r?.incomingRecords ?? 0,
      bytes: r?.incomingBytes ?? 0,
      throttled: r?.throttledRecords ?? 0,
      retained: r?.retainedRecords ?? 0,
      parent: r?.parent ?? null,
    };
  });
  const throttling = row.throttled > 0;
  const short = shortShardId(data.shard ?? '');
  return (
    <div
      className={`shardlab-appear h-full rounded border-2 bg-bg px-2 py-1 text-[11px] leading-tight text-fg ${
        throttling ? 'border-pitfall bg-pitfall-bg' : selected ? 'border-accent' : 'border-border'
      } ${data.open ? '' : 'border-dashed opacity-80'} ${selected ? 'ring-2 ring-accent' : ''}`}
    >
      <p className="m-0 flex justify-between gap-1 font-semibold">
        <span title={data.shard}>
          shard {short} <span className="font-normal text-muted">keys {data.range}</span>
        </span>
        <span className={data.open ? 'text-tip' : 'text-muted'}>{data.open ? 'OPEN' : 'CLOSED'}</span>
      </p>
      <UtilizationBar label="write" value={row.write} />
      <p className="m-0 text-muted">
        {formatCount(row.records)} rec/s · {formatMBps(row.bytes)}
      </p>
      <UtilizationBar label="read" value={row.read} />
      {throttling ? (
        <p className="m-0 font-semibold text-pitfall shardlab-flash">
          <span aria-hidden="true">⚠ </span>throttled {formatCount(row.throttled)}/s
        </p>
      ) : (
        <p className="m-0 text-muted">
          {formatCount(row.retained)} retained
          {row.parent ? ` · child of ${shortShardId(row.parent)}` : ''}
        </p>
      )}
    </div>
  );
}

export const ShardNode = memo(ShardNodeView);
