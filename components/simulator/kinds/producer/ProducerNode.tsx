'use client';

import type { NodeProps } from '@xyflow/react';
import { Send, Undo2 } from 'lucide-react';
import { memo } from 'react';
import { formatCount } from '@/simulator/views/format';
import { producerSummary } from '@/simulator/views/nodeSummaries';
import type { FlowNode } from '../../canvas/buildFlow';
import { CompactValue, NodeFrame } from '../NodeFrame';
import { useNodeSummary } from '../useNodeSummary';

function ProducerNodeView({ data, selected }: NodeProps<FlowNode>) {
  const { s } = useNodeSummary((sim) => producerSummary(sim, data.name), ['accepted', 'dropped']);
  const throttling = s.throttledLastSecond > 0;
  const summary = data.draft
    ? undefined
    : `${data.name} sends ${formatCount(s.recordsPerSecond)} records/s${throttling ? `, ${formatCount(s.throttledLastSecond)} throttled` : ''}`;
  return (
    <NodeFrame
      kind="Producer"
      icon={Send}
      name={data.name}
      selected={selected}
      tone={throttling ? 'alert' : s.enabled || data.draft ? 'normal' : 'idle'}
      draft={data.draft}
      direction={data.direction}
      source={`Drag to connect ${data.name} to a stream`}
      compact={
        data.draft ? (
          <CompactValue>not wired</CompactValue>
        ) : throttling ? (
          <CompactValue alert>
            <Undo2 aria-hidden="true" className="mr-1 inline size-6" />
            {formatCount(s.throttledLastSecond)}/s
          </CompactValue>
        ) : (
          <CompactValue>{s.enabled ? `${formatCount(s.recordsPerSecond)}/s` : 'paused'}</CompactValue>
        )
      }
    >
      {data.draft ? (
        <p className="m-0 mt-1 text-muted">
          Not connected: drag from its edge to a stream, or pick one in the inspector.
        </p>
      ) : (
        <>
          <p className="m-0 mt-0.5 truncate" title={summary}>
            {s.enabled ? `${formatCount(s.recordsPerSecond)} records/s` : 'Paused'} · {s.keys}
          </p>
          <p className="m-0 tabular-nums">accepted {formatCount(s.accepted)}</p>
          {throttling && (
            <p className="m-0 font-semibold text-pitfall tabular-nums">
              <Undo2 aria-hidden="true" className="mr-1 inline size-3.5" />
              throttled {formatCount(s.throttledLastSecond)}/s
            </p>
          )}
        </>
      )}
    </NodeFrame>
  );
}

export const ProducerNode = memo(ProducerNodeView);
