'use client';

import type { NodeProps } from '@xyflow/react';
import { Flame, TriangleAlert } from 'lucide-react';
import { memo } from 'react';
import { formatCount, formatDuration, formatPercent } from '@/simulator/views/format';
import { firehoseSummary, formatBytes } from '@/simulator/views/firehoseSummary';
import type { FlowNode } from '../../canvas/buildFlow';
import { useSimValue } from '../../useSimulation';
import { CompactValue, NodeFrame } from '../NodeFrame';

const MiB = 1024 * 1024;

/** An Amazon Data Firehose stream: its buffer filling towards the buffering hints, and what it delivered. */
function FirehoseNodeView({ data, selected }: NodeProps<FlowNode>) {
  const s = useSimValue((sim) => firehoseSummary(sim, data.name));
  const extras = [s.transform && 'Lambda transform', s.conversion && 'Parquet', s.partitioned && 'partitioned']
    .filter(Boolean)
    .join(' · ');
  const fill = s.sizeMiB > 0 ? Math.round((s.bufferedBytes / (s.sizeMiB * MiB)) * 100) / 100 : 0;
  const trouble = s.throttled > 0 || s.failed > 0;
  return (
    <NodeFrame
      kind="Firehose stream"
      icon={Flame}
      name={data.name}
      selected={selected}
      tone={trouble ? 'alert' : 'normal'}
      direction={data.direction}
      target={`Where ${data.name} gets its records: Direct PUT, or a Kinesis data stream it reads once a second`}
      source={`${data.name} delivers to one destination: its S3 bucket`}
      compact={
        s.throttled > 0 ? (
          <CompactValue alert>throttled</CompactValue>
        ) : (
          <CompactValue>buffer {formatPercent(fill)}</CompactValue>
        )
      }
    >
      {!s.exists ? (
        <p className="m-0 mt-1 text-muted">This Firehose stream no longer exists.</p>
      ) : (
        <>
          <p className="m-0 mt-0.5 truncate">
            {s.status === 'ACTIVE' ? `from ${s.source}` : s.status} → s3://{s.bucket}
          </p>
          <p className="m-0 truncate tabular-nums">
            buffer {formatBytes(s.bufferedBytes)} of {s.sizeMiB} MiB · {s.intervalSeconds} s
          </p>
          <p className="m-0 tabular-nums">
            freshness {formatDuration(s.freshnessMs)} · {formatCount(s.objects)} objects
          </p>
          {extras && <p className="m-0 truncate text-muted">{extras}</p>}
          {s.dropped > 0 && <p className="m-0">dropped by transform {formatCount(s.dropped)}</p>}
          {s.failed > 0 && (
            <p className="m-0 font-semibold text-pitfall">
              <TriangleAlert aria-hidden="true" className="mr-1 inline size-3.5" />
              {formatCount(s.failed)} to the error prefix
            </p>
          )}
          {s.throttled > 0 && (
            <p className="m-0 font-semibold text-pitfall">
              <TriangleAlert aria-hidden="true" className="mr-1 inline size-3.5" />
              {formatCount(s.throttled)} throttled (Slow down.)
            </p>
          )}
        </>
      )}
    </NodeFrame>
  );
}

export const FirehoseNode = memo(FirehoseNodeView);
