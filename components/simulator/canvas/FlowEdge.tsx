'use client';

import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount } from '@/simulator/views/format';
import { producerSummary } from '@/simulator/views/nodeSummaries';
import { useSimValue } from '../useSimulation';

/**
 * A producer → stream or stream → consumer wire. Dashes move while records flow (only when motion is
 * welcome); a producer's wire shows its throttled puts bouncing back, in words.
 */
function FlowEdgeView({
  id,
  source,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  selected,
}: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  const producer = source.startsWith('producer:') ? source.slice('producer:'.length) : null;
  const flow = useSimValue((sim) => {
    if (!producer) return { active: true, throttled: 0 };
    const s = producerSummary(sim, producer);
    return { active: s.enabled && s.recordsPerSecond > 0, throttled: s.throttledLastSecond };
  });
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={flow.active ? 'shardlab-flowing' : ''}
        style={{ stroke: selected ? 'var(--accent)' : 'var(--muted)', strokeWidth: selected ? 3 : 2 }}
      />
      {flow.throttled > 0 && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan pointer-events-none absolute rounded bg-pitfall-bg px-1 text-[11px] font-semibold text-pitfall"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            ↩ {formatCount(flow.throttled)}/s throttled
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
