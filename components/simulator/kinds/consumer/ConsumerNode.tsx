'use client';

import type { NodeProps } from '@xyflow/react';
import { RadioTower, Users, TriangleAlert } from 'lucide-react';
import { memo } from 'react';
import { formatCount, formatDuration } from '@/simulator/views/format';
import { consumerSummary } from '@/simulator/views/nodeSummaries';
import type { FlowNode } from '../../canvas/buildFlow';
import { CompactValue, NodeFrame } from '../NodeFrame';
import { useNodeSummary } from '../useNodeSummary';

/** Iterator age above this is a consumer falling behind: the compact form says so in red. */
const BEHIND_MS = 60_000;

function ConsumerNodeView({ data, selected }: NodeProps<FlowNode>) {
  const { s } = useNodeSummary((sim) => consumerSummary(sim, data.name), ['processed']);
  const enhanced = data.facts.fanOut === 'enhanced';
  const behind = s.iteratorAgeMs > BEHIND_MS;
  return (
    <NodeFrame
      kind={enhanced ? 'Consumer · enhanced fan-out' : 'Consumer · polling (KCL)'}
      icon={enhanced ? RadioTower : Users}
      name={data.name}
      selected={selected}
      tone={s.lost > 0 ? 'alert' : s.enabled || data.draft ? 'normal' : 'idle'}
      draft={data.draft}
      direction={data.direction}
      target={`Drag from a stream to here to connect it to ${data.name}`}
      compact={
        data.draft ? (
          <CompactValue>not wired</CompactValue>
        ) : s.lost > 0 ? (
          <CompactValue alert>lost {formatCount(s.lost)}</CompactValue>
        ) : (
          <CompactValue alert={behind}>{s.enabled ? `age ${formatDuration(s.iteratorAgeMs)}` : 'paused'}</CompactValue>
        )
      }
    >
      {data.draft ? (
        <p className="m-0 mt-1 text-muted">
          Not connected: drag from a stream&apos;s edge to here, or pick one in the inspector.
        </p>
      ) : (
        <>
          <p className="m-0 mt-0.5">
            {s.enabled ? `${s.workers} worker${s.workers === 1 ? '' : 's'}, ${s.leases} leases` : 'Paused'}
          </p>
          <p className={`m-0 tabular-nums ${behind ? 'font-semibold text-pitfall' : ''}`}>
            iterator age {formatDuration(s.iteratorAgeMs)}
          </p>
          {s.lost > 0 ? (
            <p className="m-0 font-semibold text-pitfall tabular-nums">
              <TriangleAlert aria-hidden="true" className="mr-1 inline size-3.5" />
              lost {formatCount(s.lost)} (expired unread)
            </p>
          ) : (
            <p className="m-0 tabular-nums">processed {formatCount(s.processed)}</p>
          )}
        </>
      )}
    </NodeFrame>
  );
}

export const ConsumerNode = memo(ConsumerNodeView);
