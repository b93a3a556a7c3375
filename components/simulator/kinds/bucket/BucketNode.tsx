'use client';

import type { NodeProps } from '@xyflow/react';
import { Archive, TriangleAlert } from 'lucide-react';
import { memo } from 'react';
import { formatCount } from '@/simulator/views/format';
import { bucketSummary, formatBytes } from '@/simulator/views/firehoseSummary';
import type { FlowNode } from '../../canvas/buildFlow';
import { useSimValue } from '../../useSimulation';
import { CompactValue, NodeFrame } from '../NodeFrame';

/** An S3 bucket that Firehose streams deliver to: exact object, byte and record counts and the newest key. */
function BucketNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => bucketSummary(sim, data.name));
  return (
    <NodeFrame
      kind="S3 bucket"
      icon={Archive}
      name={data.name}
      selected={selected}
      tone={s.errorObjects > 0 ? 'alert' : 'normal'}
      direction={data.direction}
      target={`Objects Firehose delivers land in s3://${data.name}`}
      compact={<CompactValue>{formatCount(s.objectCount)} objects</CompactValue>}
    >
      <p className="m-0 mt-0.5 tabular-nums">
        {formatCount(s.objectCount)} objects · {formatBytes(s.bytes)} · {formatCount(s.records)} records
      </p>
      {s.lastKey ? (
        <p className="m-0 truncate font-mono text-[12px] text-muted" title={s.lastKey}>
          {s.lastKey}
        </p>
      ) : (
        <p className="m-0 text-muted">No objects yet: Firehose is buffering.</p>
      )}
      {s.errorObjects > 0 && (
        <p className="m-0 font-semibold text-pitfall">
          <TriangleAlert aria-hidden="true" className="mr-1 inline size-3.5" />
          {formatCount(s.errorObjects)} objects under an error prefix
        </p>
      )}
    </NodeFrame>
  );
}

export const BucketNode = memo(BucketNodeView);
