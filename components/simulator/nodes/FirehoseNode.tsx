'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount, formatDuration } from '@/simulator/views/format';
import { firehoseSummary, formatBytes } from '@/simulator/views/firehoseSummary';
import type { FlowNode } from '../canvas/buildFlow';
import { useSimValue } from '../useSimulation';
import { NodeCard } from './NodeCard';

/**
 * An Amazon Data Firehose stream: its buffer filling towards the buffering hints, and what it delivered.
 * Node data: `name` (the Firehose stream name) and `slot` (refresh slot).
 */
function FirehoseNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => firehoseSummary(sim, data.name));
  const extras = [s.transform && 'Lambda transform', s.conversion && 'Parquet', s.partitioned && 'partitioned']
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="w-56">
      <Handle
        type="target"
        position={Position.Left}
        title={`Where ${data.name} gets its records: Direct PUT, or a Kinesis data stream it reads once a second`}
        className="!h-3 !w-3 !bg-accent"
      />
      <NodeCard kind="Firehose stream" name={data.name} selected={selected} alert={s.throttled > 0 || s.failed > 0}>
        {!s.exists ? (
          <p className="m-0 mt-1 text-muted">This Firehose stream no longer exists.</p>
        ) : (
          <>
            <p className="m-0 mt-1">
              {s.status === 'ACTIVE' ? `from ${s.source}` : s.status} → s3://{s.bucket}
            </p>
            <p className="m-0">
              buffer {formatBytes(s.bufferedBytes)} of {s.sizeMiB} MiB · {s.intervalSeconds} s
            </p>
            <p className="m-0">data freshness {formatDuration(s.freshnessMs)}</p>
            <p className="m-0">delivered {formatCount(s.objects)} objects</p>
            {extras && <p className="m-0 text-muted">{extras}</p>}
            {s.dropped > 0 && <p className="m-0">dropped by transform {formatCount(s.dropped)}</p>}
            {s.failed > 0 && (
              <p className="m-0 font-semibold text-pitfall">
                <span aria-hidden="true">⚠ </span>
                {formatCount(s.failed)} to the error prefix
              </p>
            )}
            {s.throttled > 0 && (
              <p className="m-0 font-semibold text-pitfall">
                <span aria-hidden="true">⚠ </span>
                {formatCount(s.throttled)} throttled (Slow down.)
              </p>
            )}
          </>
        )}
      </NodeCard>
      <Handle
        type="source"
        position={Position.Right}
        title={`${data.name} delivers to one destination: its S3 bucket`}
        className="!h-3 !w-3 !bg-accent"
      />
    </div>
  );
}

export const FirehoseNode = memo(FirehoseNodeView);
