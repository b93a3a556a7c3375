'use client';

import type { NodeProps } from '@xyflow/react';
import { SquareFunction, TriangleAlert } from 'lucide-react';
import { memo } from 'react';
import { formatCount, formatDuration } from '@/simulator/views/format';
import { lambdaSummary } from '@/simulator/views/lambdaSummary';
import type { FlowNode } from '../../canvas/buildFlow';
import { CompactValue, NodeFrame } from '../NodeFrame';
import { useNodeSummary } from '../useNodeSummary';

/** A Lambda function and its Kinesis event source mapping. */
function LambdaNodeView({ data, selected }: NodeProps<FlowNode>) {
  const { s } = useNodeSummary((sim) => lambdaSummary(sim, data.name), ['processed', 'retries']);
  const unmapped = s.state === null;
  const blocked = s.blocked !== '';
  return (
    <NodeFrame
      kind="Lambda function"
      icon={SquareFunction}
      name={data.name}
      selected={selected}
      tone={blocked ? 'alert' : 'normal'}
      draft={unmapped}
      direction={data.direction}
      target={`Drag from a stream to here to map it to the function ${data.name}`}
      compact={
        unmapped ? (
          <CompactValue>no mapping</CompactValue>
        ) : blocked ? (
          <CompactValue alert>blocked</CompactValue>
        ) : (
          <CompactValue>age {formatDuration(s.iteratorAgeMs)}</CompactValue>
        )
      }
    >
      {unmapped ? (
        <p className="m-0 mt-1 text-muted">
          No event source mapping: drag from a stream&apos;s edge to here, or create one in the inspector.
        </p>
      ) : (
        <>
          <p className="m-0 mt-0.5 truncate">
            {s.state === 'Enabled' ? `Reads ${s.stream}` : `${s.state} (${s.stream})`} ·{' '}
            {s.inFlight ? `in flight: ${s.inFlight}` : 'idle'}
          </p>
          <p className="m-0 tabular-nums">iterator age {formatDuration(s.iteratorAgeMs)}</p>
          <p className="m-0 tabular-nums">
            processed {formatCount(s.processed)}, retries {formatCount(s.retries)}
          </p>
          {blocked && (
            <p className="m-0 font-semibold text-pitfall">
              <TriangleAlert aria-hidden="true" className="mr-1 inline size-3.5" />
              {s.blocked} by a failing batch
            </p>
          )}
          {s.lastError && (
            <p className="m-0 truncate text-[12px] text-muted" title={s.lastError}>
              last error: {s.lastError}
            </p>
          )}
          {s.destinationMessages > 0 && (
            <p className="m-0 truncate">
              on-failure destination: {formatCount(s.destinationMessages)} message
              {s.destinationMessages === 1 ? '' : 's'}
            </p>
          )}
        </>
      )}
    </NodeFrame>
  );
}

export const LambdaNode = memo(LambdaNodeView);
