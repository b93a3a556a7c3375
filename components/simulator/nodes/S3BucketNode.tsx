'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { formatCount } from '@/simulator/views/format';
import { bucketSummary, formatBytes } from '@/simulator/views/firehoseSummary';
import type { FlowNode } from '../canvas/buildFlow';
import { useSimValue } from '../useSimulation';
import { NodeCard } from './NodeCard';

/**
 * An S3 bucket that Firehose streams deliver to: exact object, byte and record counts and the newest key.
 * Node data: `name` (the bucket name) and `slot` (refresh slot).
 */
function S3BucketNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => bucketSummary(sim, data.name));
  return (
    <div className="w-60">
      <Handle
        type="target"
        position={Position.Left}
        title={`Objects Firehose delivers land in s3://${data.name}`}
        className="!h-3 !w-3 !bg-accent"
      />
      <NodeCard kind="S3 bucket" name={data.name} selected={selected} alert={s.errorObjects > 0}>
        <p className="m-0 mt-1">
          {formatCount(s.objectCount)} objects · {formatBytes(s.bytes)}
        </p>
        <p className="m-0">{formatCount(s.records)} records</p>
        {s.lastKey ? (
          <p className="m-0 truncate font-mono text-[11px] text-muted" title={s.lastKey}>
            {s.lastKey}
          </p>
        ) : (
          <p className="m-0 text-muted">No objects yet: Firehose is buffering.</p>
        )}
        {s.errorObjects > 0 && (
          <p className="m-0 font-semibold text-pitfall">
            <span aria-hidden="true">⚠ </span>
            {formatCount(s.errorObjects)} recent objects under an error prefix
          </p>
        )}
      </NodeCard>
    </div>
  );
}

export const S3BucketNode = memo(S3BucketNodeView);
