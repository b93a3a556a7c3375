'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount } from '@/simulator/views/format';
import { producerSummary } from '@/simulator/views/nodeSummaries';
import type { FlowNode } from '../canvas/buildFlow';
import { useSimValue } from '../useSimulation';
import { NodeCard } from './NodeCard';

function ProducerNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => producerSummary(sim, data.name));
  const throttling = s.throttledLastSecond > 0;
  return (
    <div className="w-48">
      <NodeCard kind="Producer" name={data.name} selected={selected} alert={throttling} dashed={data.draft}>
        {data.draft ? (
          <p className="m-0 mt-1 text-muted">
            Not connected: drag from its right edge to a stream, or choose one in the inspector.
          </p>
        ) : (
          <>
            <p className="m-0 mt-1">
              {s.enabled ? `${formatCount(s.recordsPerSecond)} records/s` : 'Paused'} · {s.keys}
            </p>
            <p className="m-0">accepted {formatCount(s.accepted)}</p>
            {throttling && (
              <p className="m-0 font-semibold text-pitfall shardlab-flash">
                <span aria-hidden="true">↩ </span>
                {formatCount(s.throttledLastSecond)} throttled in the last second
              </p>
            )}
          </>
        )}
      </NodeCard>
      <Handle
        type="source"
        position={Position.Right}
        title={`Drag to connect ${data.name} to a stream`}
        className="!h-3 !w-3 !bg-accent"
      />
    </div>
  );
}

export const ProducerNode = memo(ProducerNodeView);
