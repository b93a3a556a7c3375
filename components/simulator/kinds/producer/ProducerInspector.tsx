'use client';

import { Button } from '@/components/ui/Button';
import { useState, type FormEvent } from 'react';
import { checkTemplate } from '@/simulator/engine/dataTemplate';
import { SHARD_WRITE_RECORDS_PER_SECOND } from '@/simulator/engine/limits';
import type { ProducerChanges, ProducerConfig } from '@/simulator/engine/producerTypes';
import { updateProducerConfig } from '@/simulator/runtime/settingsActions';
import { scenarioProducerSchema } from '@/simulator/scenarios/scenarioSchema';
import { useCanvas, useEditor, useSimValue } from '../../useSimulation';
import { Field, inputClass } from '../../inspector/Field';
import { errorsByPath, flatten, num, type FormValues } from '../../inspector/formValues';
import { StreamPicker } from '../../inspector/StreamPicker';

type Editable = Omit<ProducerChanges, 'stream' | 'seed'> & Pick<ProducerConfig, 'rate' | 'size' | 'keys' | 'enabled'>;

function toConfig(v: FormValues): Editable {
  const rate: ProducerConfig['rate'] =
    v['rate.kind'] === 'periodic'
      ? {
          kind: 'periodic',
          base: num(v, 'rate.base'),
          amplitude: num(v, 'rate.amplitude'),
          periodSeconds: num(v, 'rate.periodSeconds'),
        }
      : v['rate.kind'] === 'burst'
        ? {
            kind: 'burst',
            base: num(v, 'rate.base'),
            burst: num(v, 'rate.burst'),
            everySeconds: num(v, 'rate.everySeconds'),
            burstSeconds: num(v, 'rate.burstSeconds'),
          }
        : { kind: 'constant', recordsPerSecond: num(v, 'rate.recordsPerSecond') };
  const size: ProducerConfig['size'] =
    v['size.kind'] === 'uniform'
      ? { kind: 'uniform', min: num(v, 'size.min'), max: num(v, 'size.max') }
      : { kind: 'fixed', bytes: num(v, 'size.bytes') };
  const kind = v['keys.kind'];
  const keys: ProducerConfig['keys'] =
    kind === 'constant'
      ? { kind, key: v['keys.key'] ?? '' }
      : kind === 'uniform'
        ? { kind, count: num(v, 'keys.count') }
        : kind === 'zipf'
          ? { kind, count: num(v, 'keys.count'), exponent: num(v, 'keys.exponent') }
          : kind === 'explicitHash'
            ? { kind, hashKey: v['keys.hashKey'] ?? '' }
            : { kind: 'uuid' };
  // null, not undefined, removes a setting in a way the command log (JSON) keeps.
  const template = v.template?.trim() ? v.template : null;
  const retry =
    v['retry.on'] === 'true'
      ? {
          maxAttempts: num(v, 'retry.maxAttempts'),
          baseDelayMs: num(v, 'retry.baseDelayMs'),
          lostAckRate: num(v, 'retry.lostAckRate'),
        }
      : null;
  const aggregation =
    v['aggregation.on'] === 'true'
      ? {
          maxUserRecordsPerRecord: num(v, 'aggregation.maxUserRecordsPerRecord'),
          ...(v['aggregation.maxBufferedTimeMs']?.trim()
            ? { maxBufferedTimeMs: num(v, 'aggregation.maxBufferedTimeMs') }
            : {}),
        }
      : null;
  return { rate, size, keys, template, retry, aggregation, enabled: v.enabled !== 'false' };
}

const DEFAULTS: FormValues = {
  'rate.base': '500',
  'rate.amplitude': '300',
  'rate.periodSeconds': '3600',
  'rate.burst': '3000',
  'rate.everySeconds': '60',
  'rate.burstSeconds': '10',
  'rate.recordsPerSecond': '100',
  'size.bytes': '512',
  'size.min': '200',
  'size.max': '2000',
  'keys.key': 'user-1',
  'keys.count': '100',
  'keys.exponent': '1.1',
  'keys.hashKey': '0',
  'retry.maxAttempts': '3',
  'retry.baseDelayMs': '100',
  'retry.lostAckRate': '0',
  'aggregation.maxUserRecordsPerRecord': '4',
  'aggregation.maxBufferedTimeMs': '',
};

/** Every setting of a synthetic producer, validated with the scenario schema, with the limits beside it. */
export function ProducerInspector({ id, onMessage }: { id: string; onMessage: (m: string) => void }) {
  const editor = useEditor();
  const draft = useCanvas((c) => c.drafts.find((d) => d.kind === 'producer' && d.config.id === id));
  const live = useSimValue((sim) => sim.producers.find((p) => p.config.id === id && !p.removed)?.config ?? null);
  const config = (draft?.config ?? live) as Omit<ProducerConfig, 'stream'> | null;
  const stream = live?.stream ?? null;
  const maxRecordKiB = useSimValue((sim) => (stream ? sim.streams[stream]?.maxRecordSizeKiB : undefined) ?? 1024);
  const [values, setValues] = useState<FormValues>(() =>
    config
      ? {
          ...DEFAULTS,
          ...flatten(config),
          'retry.on': String(Boolean(config.retry)),
          'aggregation.on': String(Boolean(config.aggregation)),
        }
      : DEFAULTS,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!config) return <p>This producer no longer exists.</p>;

  const set = (path: string) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [path]: e.target.value }));
  const field = (path: string, label: string, hint?: string, type = 'number') => (
    <Field label={label} hint={hint} error={errors[path]}>
      {(p) => <input {...p} type={type} value={values[path] ?? ''} onChange={set(path)} className={inputClass} />}
    </Field>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const changes = toConfig(values);
    const parsed = scenarioProducerSchema.safeParse({
      ...changes,
      template: changes.template ?? undefined,
      retry: changes.retry ?? undefined,
      aggregation: changes.aggregation ?? undefined,
      id,
      stream: stream ?? 'unconnected',
    });
    const found = parsed.success ? {} : errorsByPath(parsed.error.issues);
    const templateProblem = changes.template ? checkTemplate(changes.template) : null;
    if (templateProblem) found.template = templateProblem;
    if (changes.size.kind === 'fixed' && changes.size.bytes > maxRecordKiB * 1024)
      found['size.bytes'] = `Larger than the stream's maximum record size (${maxRecordKiB} KiB).`;
    setErrors(found);
    if (Object.keys(found).length > 0) {
      onMessage(`Not applied: ${Object.keys(found).length} field(s) need attention.`);
      return;
    }
    const result = updateProducerConfig(editor, id, changes);
    onMessage(result.ok ? `Applied the settings of ${id}.` : result.error);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Settings of producer ${id}`}>
      <StreamPicker node={`producer:${id}`} current={stream} label="Writes to stream" onMessage={onMessage} />
      <Field label="Sending">
        {(p) => (
          <select {...p} value={values.enabled ?? 'true'} onChange={set('enabled')} className={inputClass}>
            <option value="true">On</option>
            <option value="false">Paused</option>
          </select>
        )}
      </Field>
      <fieldset className="mb-2 rounded border border-border p-2">
        <legend className="px-1 text-sm font-semibold">Rate (records per second)</legend>
        <Field label="Profile">
          {(p) => (
            <select {...p} value={values['rate.kind']} onChange={set('rate.kind')} className={inputClass}>
              <option value="constant">Constant</option>
              <option value="periodic">Daily wave (sine)</option>
              <option value="burst">Bursts</option>
            </select>
          )}
        </Field>
        {values['rate.kind'] === 'constant' &&
          field(
            'rate.recordsPerSecond',
            'Records per second',
            `A shard takes ${SHARD_WRITE_RECORDS_PER_SECOND.toLocaleString('en-US')} records/s or 1 MB/s.`,
          )}
        {values['rate.kind'] === 'periodic' && (
          <>
            {field('rate.base', 'Base records/s')}
            {field('rate.amplitude', 'Amplitude records/s')}
            {field('rate.periodSeconds', 'Period (s)')}
          </>
        )}
        {values['rate.kind'] === 'burst' && (
          <>
            {field('rate.base', 'Base records/s')}
            {field('rate.burst', 'Burst records/s')}
            {field('rate.everySeconds', 'A burst every (s)')}
            {field('rate.burstSeconds', 'Burst length (s)')}
          </>
        )}
      </fieldset>
      <fieldset className="mb-2 rounded border border-border p-2">
        <legend className="px-1 text-sm font-semibold">Record size (data bytes)</legend>
        <Field label="Distribution">
          {(p) => (
            <select {...p} value={values['size.kind']} onChange={set('size.kind')} className={inputClass}>
              <option value="fixed">Fixed</option>
              <option value="uniform">Uniform between two sizes</option>
            </select>
          )}
        </Field>
        {values['size.kind'] === 'uniform' ? (
          <>
            {field('size.min', 'Smallest (bytes)')}
            {field('size.max', 'Largest (bytes)')}
          </>
        ) : (
          field(
            'size.bytes',
            'Bytes',
            `The partition key's bytes count too. This stream's maximum record: ${maxRecordKiB.toLocaleString('en-US')} KiB.`,
          )
        )}
      </fieldset>
      <fieldset className="mb-2 rounded border border-border p-2">
        <legend className="px-1 text-sm font-semibold">Partition keys</legend>
        <Field label="Strategy" hint="MD5 of the key picks the shard; one key always lands on one shard.">
          {(p) => (
            <select {...p} value={values['keys.kind']} onChange={set('keys.kind')} className={inputClass}>
              <option value="uuid">Random UUID per record</option>
              <option value="constant">One constant key</option>
              <option value="uniform">N keys, evenly used</option>
              <option value="zipf">N keys, a few hot (Zipf)</option>
              <option value="explicitHash">Explicit hash key</option>
            </select>
          )}
        </Field>
        {values['keys.kind'] === 'constant' && field('keys.key', 'Key', '1–256 characters.', 'text')}
        {(values['keys.kind'] === 'uniform' || values['keys.kind'] === 'zipf') && field('keys.count', 'Number of keys')}
        {values['keys.kind'] === 'zipf' &&
          field('keys.exponent', 'Skew (exponent)', 'Higher means hotter top keys; 1 is classic Zipf.')}
        {values['keys.kind'] === 'explicitHash' &&
          field('keys.hashKey', 'Hash key (decimal)', '0 to 2^128 − 1.', 'text')}
      </fieldset>
      <fieldset className="mb-2 rounded border border-border p-2">
        <legend className="px-1 text-sm font-semibold">Retries</legend>
        <Field label="Retry throttled records">
          {(p) => (
            <select {...p} value={values['retry.on']} onChange={set('retry.on')} className={inputClass}>
              <option value="false">No: throttled records are dropped</option>
              <option value="true">Yes, with backoff</option>
            </select>
          )}
        </Field>
        {values['retry.on'] === 'true' && (
          <>
            {field('retry.maxAttempts', 'Attempts')}
            {field('retry.baseDelayMs', 'First backoff (ms)')}
            {field(
              'retry.lostAckRate',
              'Lost acknowledgements (0–1)',
              'A put that succeeded but whose reply was lost is sent again: a duplicate.',
            )}
          </>
        )}
      </fieldset>
      <fieldset className="mb-2 rounded border border-border p-2">
        <legend className="px-1 text-sm font-semibold">KPL aggregation</legend>
        <Field
          label="Aggregate user records"
          hint="The 1,000 records/s limit counts Kinesis records: packing small user records into one lifts it. Consumers must de-aggregate (KCL does)."
        >
          {(p) => (
            <select {...p} value={values['aggregation.on']} onChange={set('aggregation.on')} className={inputClass}>
              <option value="false">Off: one record per put</option>
              <option value="true">On: pack user records</option>
            </select>
          )}
        </Field>
        {values['aggregation.on'] === 'true' && (
          <>
            {field(
              'aggregation.maxUserRecordsPerRecord',
              'User records per Kinesis record (at most)',
              'Capped so a record stays within the maximum record size.',
            )}
            {field(
              'aggregation.maxBufferedTimeMs',
              'Buffer time (ms, optional)',
              'Like RecordMaxBufferedTime: a record is sent when this time is up, full or not.',
            )}
          </>
        )}
      </fieldset>
      <Field
        label="Data template (optional)"
        hint='Kinesis Data Generator style, e.g. {"temp": {{random.number(10,30)}}}.'
        error={errors.template}
      >
        {(p) => (
          <textarea
            {...p}
            rows={3}
            value={values.template ?? ''}
            onChange={set('template')}
            className={`${inputClass} font-mono`}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" size="lg" fullWidth>
        Apply
      </Button>
    </form>
  );
}
