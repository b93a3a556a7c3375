'use client';

import { Button } from '@/components/ui/Button';
import { useState, type FormEvent } from 'react';
import type { ConsumerAppConfig } from '@/simulator/engine/consumerTypes';
import { GET_RECORDS_CALLS_PER_SECOND, GET_RECORDS_MAX_RECORDS } from '@/simulator/engine/limits';
import { updateConsumerConfig } from '@/simulator/runtime/settingsActions';
import { scenarioConsumerSchema } from '@/simulator/scenarios/scenarioSchema';
import { useCanvas, useEditor, useSimValue } from '../../useSimulation';
import { Field, inputClass } from '../../inspector/Field';
import { errorsByPath, flatten, num, type FormValues } from '../../inspector/formValues';
import { StreamPicker } from '../../inspector/StreamPicker';

/** A KCL-style consumer application's settings, validated, with the read limits beside them. */
export function ConsumerInspector({ name, onMessage }: { name: string; onMessage: (m: string) => void }) {
  const editor = useEditor();
  const draft = useCanvas((c) => c.drafts.find((d) => d.kind === 'consumer' && d.config.name === name));
  const live = useSimValue((sim) => sim.consumerApps.find((a) => a.config.name === name)?.config ?? null);
  const config = (draft?.config ?? live) as Omit<ConsumerAppConfig, 'stream'> | null;
  const [values, setValues] = useState<FormValues>(() => flatten(config ?? {}));
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!config) return <p>This consumer application no longer exists.</p>;
  const set = (path: string) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [path]: e.target.value }));
  const field = (path: string, label: string, hint?: string) => (
    <Field label={label} hint={hint} error={errors[path]}>
      {(p) => <input {...p} type="number" value={values[path] ?? ''} onChange={set(path)} className={inputClass} />}
    </Field>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes = {
      workers: num(values, 'workers'),
      pollIntervalMs: num(values, 'pollIntervalMs'),
      maxRecords: num(values, 'maxRecords'),
      processingMsPerRecord: num(values, 'processingMsPerRecord'),
      initialPosition: values.initialPosition as ConsumerAppConfig['initialPosition'],
      enabled: values.enabled !== 'false',
      fanOut: values.fanOut === 'enhanced' ? ('enhanced' as const) : ('shared' as const),
    };
    const parsed = scenarioConsumerSchema.safeParse({ ...changes, name, stream: live?.stream ?? 'unconnected' });
    const found = parsed.success ? {} : errorsByPath(parsed.error.issues);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      onMessage(`Not applied: ${Object.keys(found).length} field(s) need attention.`);
      return;
    }
    const result = updateConsumerConfig(editor, name, changes);
    onMessage(result.ok ? `Applied the settings of ${name}.` : result.error);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Settings of consumer application ${name}`}>
      <StreamPicker
        node={`consumer:${name}`}
        current={live?.stream ?? null}
        label="Reads from stream"
        onMessage={onMessage}
      />
      <Field label="Running">
        {(p) => (
          <select {...p} value={values.enabled ?? 'true'} onChange={set('enabled')} className={inputClass}>
            <option value="true">On</option>
            <option value="false">Stopped</option>
          </select>
        )}
      </Field>
      <Field
        label="Read mode"
        hint={
          values.fanOut === 'enhanced'
            ? 'Enhanced fan-out: its own 2 MB/s per shard, pushed; up to 20 per stream; billed per consumer-shard-hour and GB.'
            : 'Polling: shares each shard’s 2 MB/s and 5 GetRecords calls/s with every other poller.'
        }
      >
        {(p) => (
          <select {...p} value={values.fanOut ?? 'shared'} onChange={set('fanOut')} className={inputClass}>
            <option value="shared">Shared throughput (GetRecords)</option>
            <option value="enhanced">Enhanced fan-out (SubscribeToShard)</option>
          </select>
        )}
      </Field>
      {field('workers', 'Workers', 'KCL gives each shard’s lease to exactly one worker (1–100).')}
      {field(
        'pollIntervalMs',
        'Idle time between polls (ms)',
        `All readers of a shard share ${GET_RECORDS_CALLS_PER_SECOND} GetRecords calls/s and 2 MB/s.`,
      )}
      {field(
        'maxRecords',
        'Records per GetRecords (Limit)',
        `1–${GET_RECORDS_MAX_RECORDS.toLocaleString('en-US')}; a call returns at most 10 MB.`,
      )}
      {field(
        'processingMsPerRecord',
        'Processing time per record (ms)',
        'A slow processor falls behind: watch the iterator age.',
      )}
      <Field label="Start position" hint={live ? 'Used when a lease is first created.' : undefined}>
        {(p) => (
          <select {...p} value={values.initialPosition} onChange={set('initialPosition')} className={inputClass}>
            <option value="LATEST">LATEST (new records only)</option>
            <option value="TRIM_HORIZON">TRIM_HORIZON (oldest retained)</option>
          </select>
        )}
      </Field>
      <Button type="submit" variant="primary" size="lg" fullWidth>
        Apply
      </Button>
    </form>
  );
}
