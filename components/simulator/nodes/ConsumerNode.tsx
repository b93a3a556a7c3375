'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount, formatDuration } from '@/simulator/views/format';
import { consumerSummary } from '@/simulator/views/nodeSummaries';
import type { FlowNode } from '../canvas/buildFlow';
import { useSimValue } from '../useSimulation';
import { NodeCard } from './NodeCard';

function ConsumerNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => consumerSummary(sim, data.name));
  return (
    <div className="w-52">
      <Handle
        type="target"
        position={Position.Left}
        title={`Drag from a stream to here to connect it to ${data.name}`}
        className="!h-3 !w-3 !bg-accent"
      />
      <NodeCard
        kind={data.fanOut === 'enhanced' ? 'Consumer app · enhanced fan-out' : 'Consumer app · polling (KCL)'}
        name={data.name}
        selected={selected}
        alert={s.lost > 0}
        dashed={data.draft}
      >
        {data.draft ? (
          <p className="m-0 mt-1 text-muted">
            Not connected: drag from a stream&apos;s right edge to here, or choose one in the inspector.
          </p>
        ) : (
          <>
            <p className="m-0 mt-1">
              {s.enabled ? `${s.workers} worker${s.workers === 1 ? '' : 's'}, ${s.leases} leases` : 'Paused'}
            </p>
            <p className="m-0">iterator age {formatDuration(s.iteratorAgeMs)}</p>
            <p className="m-0">processed {formatCount(s.processed)}</p>
            {s.lost > 0 && (
              <p className="m-0 font-semibold text-pitfall">
                <span aria-hidden="true">⚠ </span>lost {formatCount(s.lost)} (expired unread)
              </p>
            )}
          </>
        )}
      </NodeCard>
    </div>
  );
}

export const ConsumerNode = memo(ConsumerNodeView);
