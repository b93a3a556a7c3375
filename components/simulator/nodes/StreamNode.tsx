'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { streamSummary } from '@/simulator/views/nodeSummaries';
import type { FlowNode } from '../canvas/buildFlow';
import { useSimValue } from '../useSimulation';

function StreamNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => streamSummary(sim, data.name));
  return (
    <div
      className={`h-full w-full rounded-lg border-2 bg-surface/80 ${
        selected ? 'border-accent ring-2 ring-accent' : 'border-border'
      }`}
    >
      <Handle
        type="target"
        position={Position.Left}
        title={`Drag a producer here to connect it to ${data.name}`}
        className="!h-4 !w-4 !bg-accent"
      />
      <div className="px-2.5 pt-1.5 text-[12px]">
        <p className="m-0 text-[10px] font-semibold tracking-wide text-muted uppercase">
          Data stream · {s.mode === 'ON_DEMAND' ? 'on-demand' : 'provisioned'}
        </p>
        <p className="m-0 truncate text-[14px] font-semibold text-fg" title={data.name}>
          {data.name} <span className="font-normal text-muted">{s.status}</span>
        </p>
        <p className="m-0 text-fg">
          {s.openShards} open shard{s.openShards === 1 ? '' : 's'} · {s.retentionHours} h retention
        </p>
        <p className="m-0 font-semibold text-pitfall">
          {s.throttlingShards > 0 && `⚠ ${s.throttlingShards} shard${s.throttlingShards === 1 ? '' : 's'} throttling`}
        </p>
      </div>
      <Handle
        type="source"
        position={Position.Right}
        title={`Drag to connect ${data.name} to a consumer application`}
        className="!h-4 !w-4 !bg-accent"
      />
    </div>
  );
}

export const StreamNode = memo(StreamNodeView);
