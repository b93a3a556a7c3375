'use client';

import type { NodeProps } from '@xyflow/react';
import { Layers, TriangleAlert } from 'lucide-react';
import { memo } from 'react';
import { streamSummary } from '@/simulator/views/nodeSummaries';
import type { FlowNode } from '../../canvas/buildFlow';
import { useSimValue } from '../../useSimulation';
import { FlowHandle } from '../NodeFrame';
import { useNodeForm } from '../useNodeForm';

/** A data stream: a header over its shards, which are child nodes drawn inside it. */
function StreamNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => streamSummary(sim, data.name));
  const form = useNodeForm();
  const throttling =
    s.throttlingShards > 0 ? `${s.throttlingShards} shard${s.throttlingShards === 1 ? '' : 's'} throttling` : '';
  return (
    <div
      className={`h-full w-full rounded-xl border-2 bg-surface/85 text-fg ${
        s.throttlingShards > 0 ? 'border-pitfall' : 'border-border'
      } ${selected ? 'outline-3 outline-offset-2 outline-accent' : ''}`}
    >
      <FlowHandle
        type="target"
        direction={data.direction}
        title={`Drag a producer here to connect it to ${data.name}`}
      />
      {form === 'full' ? (
        <div className="px-3 pt-2 text-[13px] leading-[1.3]">
          <p className="m-0 flex items-center gap-1.5 text-[12px] font-semibold tracking-wide text-muted uppercase">
            <Layers aria-hidden="true" className="size-4" strokeWidth={2.25} />
            Data stream
          </p>
          <p className="m-0 truncate text-[16px] font-semibold" title={data.name}>
            {data.name} <span className="text-[13px] font-normal text-muted">{s.status}</span>
          </p>
          {throttling ? (
            <p className="m-0 font-semibold text-pitfall">
              <TriangleAlert aria-hidden="true" className="mr-1 inline size-3.5" />
              {throttling}
            </p>
          ) : (
            <p className="m-0 truncate">
              {s.mode === 'ON_DEMAND' ? 'on-demand' : 'provisioned'} · {s.openShards} open · {s.retentionHours} h
              retention
            </p>
          )}
        </div>
      ) : (
        <div className="px-3 pt-1 leading-tight">
          <p className="m-0 flex items-center gap-1.5 text-[24px] font-bold" title={data.name}>
            <Layers aria-hidden="true" className="size-6 shrink-0" strokeWidth={2.25} />
            <span className="truncate">{data.name}</span>
          </p>
          <p className={`m-0 truncate text-[24px] font-semibold ${throttling ? 'text-pitfall' : 'text-muted'}`}>
            {s.throttlingShards > 0
              ? `${s.throttlingShards} throttling`
              : s.status === 'ACTIVE'
                ? `${s.openShards} shards`
                : s.status}
          </p>
          <p className="sr-only">
            {s.mode === 'ON_DEMAND' ? 'on-demand' : 'provisioned'}, {s.status}, {s.retentionHours} h retention
          </p>
        </div>
      )}
      <FlowHandle
        type="source"
        direction={data.direction}
        title={`Drag to connect ${data.name} to a consumer application or a Lambda function`}
      />
    </div>
  );
}

export const StreamNode = memo(StreamNodeView);
