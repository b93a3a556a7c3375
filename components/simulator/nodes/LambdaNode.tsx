'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount, formatDuration } from '@/simulator/views/format';
import { lambdaSummary } from '@/simulator/views/lambdaSummary';
import type { FlowNode } from '../canvas/buildFlow';
import { useSimValue } from '../useSimulation';
import { NodeCard } from './NodeCard';

/**
 * A Lambda function and its Kinesis event source mapping. Node data: `name` (the function name), `slot`
 * (refresh slot) and `draft` (no mapping yet).
 */
function LambdaNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => lambdaSummary(sim, data.name));
  const unmapped = data.draft || s.state === null;
  return (
    <div className="w-56">
      <Handle
        type="target"
        position={Position.Left}
        title={`Drag from a stream to here to map it to the function ${data.name}`}
        className="!h-3 !w-3 !bg-accent"
      />
      <NodeCard kind="Lambda function" name={data.name} selected={selected} alert={s.blocked !== ''} dashed={unmapped}>
        {unmapped ? (
          <p className="m-0 mt-1 text-muted">
            No event source mapping: drag from a stream&apos;s right edge to here, or create one in the inspector.
          </p>
        ) : (
          <>
            <p className="m-0 mt-1">{s.state === 'Enabled' ? `Reads ${s.stream}` : `${s.state} (${s.stream})`}</p>
            <p className="m-0">{s.inFlight ? `in flight: ${s.inFlight}` : 'no batch in flight'}</p>
            <p className="m-0">iterator age {formatDuration(s.iteratorAgeMs)}</p>
            <p className="m-0">
              processed {formatCount(s.processed)}, retries {formatCount(s.retries)}
            </p>
            {s.blocked !== '' && (
              <p className="m-0 font-semibold text-pitfall">
                <span aria-hidden="true">⚠ </span>
                {s.blocked} by a failing batch
              </p>
            )}
            {s.lastError && (
              <p className="m-0 truncate text-[11px] text-muted" title={s.lastError}>
                last error: {s.lastError}
              </p>
            )}
            {s.destinationMessages > 0 && (
              <p className="m-0">
                on-failure destination: {formatCount(s.destinationMessages)} message
                {s.destinationMessages === 1 ? '' : 's'}
              </p>
            )}
          </>
        )}
      </NodeCard>
    </div>
  );
}

export const LambdaNode = memo(LambdaNodeView);
