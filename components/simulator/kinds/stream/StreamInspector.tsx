'use client';

import { Trash2 } from 'lucide-react';
import { Button } from '@/components/ui/Button';
import { useState } from 'react';
import {
  MAX_MAX_RECORD_SIZE_KIB,
  MAX_RETENTION_HOURS,
  MIN_MAX_RECORD_SIZE_KIB,
  MIN_RETENTION_HOURS,
} from '@/simulator/engine/limits';
import { deleteNode } from '@/simulator/runtime/canvasActions';
import { useEditor, useSimValue } from '../../useSimulation';
import { Field, inputClass } from '../../inspector/Field';
import { useApiCall } from '../../inspector/useApiCall';

/** A stream's settings. Each change is the Kinesis API call AWS would take, with AWS's errors. */
export function StreamInspector({ name, onMessage }: { name: string; onMessage: (m: string) => void }) {
  const editor = useEditor();
  const call = useApiCall(onMessage);
  const s = useSimValue((sim) => {
    const stream = sim.streams[name];
    return stream
      ? {
          exists: true,
          arn: stream.arn,
          status: stream.status,
          mode: stream.mode,
          open: stream.shards.filter((x) => x.closedAt === null).length,
          retention: stream.retentionHours,
          maxKiB: stream.maxRecordSizeKiB,
          monitoring: stream.enhancedMonitoring.length > 0,
        }
      : { exists: false, arn: '', status: '', mode: '', open: 0, retention: 0, maxKiB: 0, monitoring: false };
  });
  const [target, setTarget] = useState(String(s.open * 2 || 2));
  const [retention, setRetention] = useState(String(s.retention || 24));
  const [maxKiB, setMaxKiB] = useState(String(s.maxKiB || 1024));
  if (!s.exists) return <p>Stream {name} no longer exists.</p>;
  const provisioned = s.mode === 'PROVISIONED';
  return (
    <div className="space-y-3">
      <dl className="m-0 grid grid-cols-[auto_1fr] gap-x-2 text-sm">
        <dt className="text-muted">Status</dt>
        <dd className="m-0 font-semibold">{s.status}</dd>
        <dt className="text-muted">Mode</dt>
        <dd className="m-0">{provisioned ? 'Provisioned' : 'On-demand'}</dd>
        <dt className="text-muted">Open shards</dt>
        <dd className="m-0">{s.open}</dd>
        <dt className="text-muted">ARN</dt>
        <dd className="m-0 text-xs break-all">{s.arn}</dd>
      </dl>
      <p className="m-0 text-xs text-muted">Select a shard on the canvas to split or merge it.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          call(
            'UpdateShardCount',
            { StreamName: name, TargetShardCount: Number(target), ScalingType: 'UNIFORM_SCALING' },
            `UpdateShardCount accepted: ${name} is UPDATING to ${target} shards.`,
          );
        }}
      >
        <Field
          label="Target shard count"
          hint="Provisioned only; between half and double the open shards, at most 10 scaling operations in 24 h."
        >
          {(p) => (
            <input
              {...p}
              type="number"
              min={1}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Button type="submit" size="sm" disabled={!provisioned}>
          UpdateShardCount
        </Button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const hours = Number(retention);
          const op = hours >= s.retention ? 'IncreaseStreamRetentionPeriod' : 'DecreaseStreamRetentionPeriod';
          call(op, { StreamName: name, RetentionPeriodHours: hours }, `Retention of ${name} is now ${hours} h.`);
        }}
      >
        <Field
          label="Retention (hours)"
          hint={`${MIN_RETENTION_HOURS}–${MAX_RETENTION_HOURS.toLocaleString('en-US')} h (365 days). Raising it does not bring back expired records.`}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              value={retention}
              onChange={(e) => setRetention(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Button type="submit" size="sm">
          Change retention
        </Button>
      </form>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          call(
            'UpdateMaxRecordSize',
            { StreamARN: s.arn, MaxRecordSizeInKiB: Number(maxKiB) },
            `Maximum record size of ${name} is now ${maxKiB} KiB.`,
          );
        }}
      >
        <Field
          label="Maximum record size (KiB)"
          hint={`${MIN_MAX_RECORD_SIZE_KIB}–${MAX_MAX_RECORD_SIZE_KIB} KiB; the per-shard 1 MB/s does not change.`}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              value={maxKiB}
              onChange={(e) => setMaxKiB(e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Button type="submit" size="sm">
          UpdateMaxRecordSize
        </Button>
      </form>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          onClick={() =>
            call(
              'UpdateStreamMode',
              { StreamARN: s.arn, StreamModeDetails: { StreamMode: provisioned ? 'ON_DEMAND' : 'PROVISIONED' } },
              `${name} switches to ${provisioned ? 'on-demand' : 'provisioned'} mode.`,
            )
          }
        >
          Switch to {provisioned ? 'on-demand' : 'provisioned'}
        </Button>
        <Button
          size="sm"
          onClick={() =>
            call(
              s.monitoring ? 'DisableEnhancedMonitoring' : 'EnableEnhancedMonitoring',
              { StreamName: name, ShardLevelMetrics: ['ALL'] },
              `Shard-level metrics ${s.monitoring ? 'off' : 'on'} for ${name}.`,
            )
          }
        >
          {s.monitoring ? 'Turn off' : 'Turn on'} enhanced monitoring
        </Button>
        <Button
          size="sm"
          variant="danger"
          icon={Trash2}
          onClick={() => {
            if (!window.confirm(`Delete ${name} and every record in it? Undo cannot bring a deleted stream back.`))
              return;
            const result = deleteNode(editor, `stream:${name}`);
            onMessage(
              result.ok
                ? `DeleteStream: ${name} is DELETING; its producers and consumers wait unconnected.`
                : result.error,
            );
          }}
        >
          Delete stream
        </Button>
      </div>
      <p className="m-0 text-xs text-muted">
        Stream changes are API calls: as on AWS, undo does not reverse them. Make the opposite call instead.
      </p>
    </div>
  );
}
