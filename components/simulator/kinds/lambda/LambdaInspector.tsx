'use client';

import { Button } from '@/components/ui/Button';
import { useState, type FormEvent } from 'react';
import { withDefaults } from '@/simulator/engine/lambda/mappingConfig';
import {
  BATCHING_WINDOW_SECONDS,
  BATCH_SIZE,
  PARALLELIZATION_FACTOR,
  RECORD_AGE_SECONDS,
  RETRY_ATTEMPTS,
} from '@/simulator/engine/lambda/lambdaLimits';
import type { LambdaFunctionConfig, MappingConfig } from '@/simulator/engine/lambda/lambdaTypes';
import type { SimCommand } from '@/simulator/engine/commands';
import { lambdaFunctionSchema, mappingSettingsSchema } from '@/simulator/scenarios/lambdaScenarioSchema';
import { useSimulationHandle } from '../../SimulationContext';
import { useSimValue } from '../../useSimulation';
import { Field, inputClass } from '../../inspector/Field';
import { errorsByPath, flatten, num, type FormValues } from '../../inspector/formValues';
import { LambdaDestinationMessages } from './LambdaDestinationMessages';

const n = (v: number) => v.toLocaleString('en-US');
const range = (l: { min: number; max: number; default: number }, unit = '') =>
  `${n(l.min)}–${n(l.max)}${unit}, default ${n(l.default)}${unit}`;

function initialValues(fn: LambdaFunctionConfig | null, mapping: MappingConfig | null): FormValues {
  // Before a mapping exists, its fields start at Lambda's defaults, as the console shows them.
  const shown = mapping ?? withDefaults({ functionName: fn?.name ?? '', stream: '', startingPosition: 'LATEST' });
  return {
    ...flatten({ fn: { ...fn, concurrency: fn?.concurrency ?? '' } }),
    ...flatten({ mapping: { ...shown, onFailure: shown.onFailure ?? '', consumerName: shown.consumerName ?? '' } }),
    'mapping.stream': mapping?.stream ?? '',
    'mapping.readMode': shown.consumerName ? 'enhanced' : 'shared',
    'mapping.startingPosition': mapping?.startingPosition ?? 'LATEST',
  };
}

/**
 * A Lambda function's settings and its event source mapping's, every one with Lambda's limits, validated
 * before they are applied as `lambda/updateFunction`, `lambda/createMapping` or `lambda/updateMapping`.
 */
export function LambdaInspector({ name, onMessage }: { name: string; onMessage: (m: string) => void }) {
  const { store } = useSimulationHandle();
  const fn = useSimValue((sim) => sim.lambda?.functions.find((f) => f.config.name === name)?.config ?? null);
  // Primitives and the (replaced-on-update) config, so a state change re-renders and nothing else does.
  const mapping = useSimValue((sim) => {
    const m = sim.lambda?.mappings.find((x) => x.config.functionName === name);
    return m ? { uuid: m.uuid, state: m.state, config: m.config } : null;
  });
  const config = mapping?.config ?? null;
  const [values, setValues] = useState<FormValues>(() => initialValues(fn, config));
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!fn) return <p>This function no longer exists.</p>;
  const set = (path: string) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [path]: e.target.value }));
  const numberField = (path: string, label: string, hint: string) => (
    <Field label={label} hint={hint} error={errors[path]}>
      {(p) => <input {...p} type="number" value={values[path] ?? ''} onChange={set(path)} className={inputClass} />}
    </Field>
  );
  const choice = (path: string, label: string, options: [string, string][], hint?: string) => (
    <Field label={label} hint={hint} error={errors[path]}>
      {(p) => (
        <select {...p} value={values[path] ?? options[0]![0]} onChange={set(path)} className={inputClass}>
          {options.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const run = (command: SimCommand) => {
    store.getState().dispatch(command);
    return store.getState().lastError;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const kind = values['fn.failure.kind'] ?? 'none';
    const fnChanges = {
      durationMsPerRecord: num(values, 'fn.durationMsPerRecord'),
      concurrency: values['fn.concurrency']?.trim() ? num(values, 'fn.concurrency') : null,
      failure:
        kind === 'errorRate'
          ? { kind, rate: num(values, 'fn.failure.rate') }
          : kind === 'poisonKey'
            ? { kind, partitionKey: values['fn.failure.partitionKey'] ?? '' }
            : { kind: 'none' as const },
    } as Omit<LambdaFunctionConfig, 'name'>;
    const mappingChanges = {
      batchSize: num(values, 'mapping.batchSize'),
      maximumBatchingWindowInSeconds: num(values, 'mapping.maximumBatchingWindowInSeconds'),
      parallelizationFactor: num(values, 'mapping.parallelizationFactor'),
      bisectBatchOnFunctionError: values['mapping.bisectBatchOnFunctionError'] === 'true',
      maximumRetryAttempts: num(values, 'mapping.maximumRetryAttempts'),
      maximumRecordAgeInSeconds: num(values, 'mapping.maximumRecordAgeInSeconds'),
      onFailure: values['mapping.onFailure']?.trim() || null,
      reportBatchItemFailures: values['mapping.reportBatchItemFailures'] === 'true',
      enabled: values['mapping.enabled'] !== 'false',
    };
    const fnCheck = lambdaFunctionSchema.safeParse({ name, ...fnChanges });
    const mappingCheck = mappingSettingsSchema.safeParse(mappingChanges);
    const consumerName =
      values['mapping.readMode'] === 'enhanced' ? (values['mapping.consumerName'] ?? '').trim() : null;
    const found = {
      ...(fnCheck.success ? {} : prefixed('fn', errorsByPath(fnCheck.error.issues))),
      ...(mappingCheck.success ? {} : prefixed('mapping', errorsByPath(mappingCheck.error.issues))),
      ...(!mapping && !values['mapping.stream']?.trim() ? { 'mapping.stream': 'Name the stream to read from.' } : {}),
      ...(!mapping && consumerName === ''
        ? { 'mapping.consumerName': 'Name the registered stream consumer to read through.' }
        : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0) {
      onMessage(`Not applied: ${Object.keys(found).length} field(s) need attention.`);
      return;
    }
    const fnError = run({ type: 'lambda/updateFunction', name, changes: fnChanges });
    if (fnError) return onMessage(`${fnError.name}: ${fnError.message}`);
    const mappingError = mapping
      ? run({ type: 'lambda/updateMapping', uuid: mapping.uuid, changes: mappingChanges })
      : run({
          type: 'lambda/createMapping',
          config: {
            ...mappingChanges,
            functionName: name,
            stream: values['mapping.stream']!.trim(),
            consumerName: consumerName ?? null,
            startingPosition: values['mapping.startingPosition'] as MappingConfig['startingPosition'],
          },
        });
    onMessage(mappingError ? `${mappingError.name}: ${mappingError.message}` : `Applied the settings of ${name}.`);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Settings of Lambda function ${name}`}>
      <fieldset className="m-0 border-0 p-0">
        <legend className="text-sm font-semibold">Function</legend>
        {numberField('fn.durationMsPerRecord', 'Duration per record (ms)', 'An invocation of n records runs n × this.')}
        {numberField(
          'fn.concurrency',
          'Reserved concurrency',
          'Empty for unreserved; batches wait while all are busy.',
        )}
        {choice('fn.failure.kind', 'Fails', [
          ['none', 'Never'],
          ['errorRate', 'At random (error rate)'],
          ['poisonKey', 'On a poison partition key, every time'],
        ])}
        {values['fn.failure.kind'] === 'errorRate' &&
          numberField('fn.failure.rate', 'Error rate (0–1)', 'Drawn from the simulation’s seeded generator.')}
        {values['fn.failure.kind'] === 'poisonKey' && (
          <Field
            label="Poison partition key"
            hint="Any batch holding a record with this key fails."
            error={errors['fn.failure.partitionKey']}
          >
            {(p) => (
              <input
                {...p}
                value={values['fn.failure.partitionKey'] ?? ''}
                onChange={set('fn.failure.partitionKey')}
                className={inputClass}
              />
            )}
          </Field>
        )}
      </fieldset>
      <fieldset className="m-0 mt-2 border-0 p-0">
        <legend className="text-sm font-semibold">
          Event source mapping{mapping ? ` (${mapping.state})` : ' (not created yet)'}
        </legend>
        {mapping ? (
          <p className="m-0 mb-2 text-xs text-muted">
            Reads {config!.stream}
            {config!.consumerName
              ? ` through the enhanced fan-out consumer ${config!.consumerName}`
              : ' with shared throughput'}{' '}
            from {config!.startingPosition}; UUID {mapping.uuid}. The event source and starting position are fixed once
            created.
          </p>
        ) : (
          <>
            <Field label="Stream" error={errors['mapping.stream']}>
              {(p) => (
                <input
                  {...p}
                  value={values['mapping.stream'] ?? ''}
                  onChange={set('mapping.stream')}
                  className={inputClass}
                />
              )}
            </Field>
            {choice(
              'mapping.readMode',
              'Reads with',
              [
                ['shared', 'Shared throughput (polls once a second)'],
                ['enhanced', 'Enhanced fan-out consumer'],
              ],
              values['mapping.readMode'] === 'enhanced'
                ? 'Its own 2 MB/s per shard, pushed every 200 ms, and none of the shard’s 5 GetRecords calls/s. Register the consumer on the stream first; records flow once it is ACTIVE.'
                : 'One GetRecords per shard a second, sharing the shard’s 5 calls/s and 2 MB/s with every other poller.',
            )}
            {values['mapping.readMode'] === 'enhanced' && (
              <Field
                label="Stream consumer"
                hint="The name it was registered under (RegisterStreamConsumer)."
                error={errors['mapping.consumerName']}
              >
                {(p) => (
                  <input
                    {...p}
                    value={values['mapping.consumerName'] ?? ''}
                    onChange={set('mapping.consumerName')}
                    className={inputClass}
                  />
                )}
              </Field>
            )}
            {choice('mapping.startingPosition', 'Starting position', [
              ['TRIM_HORIZON', 'TRIM_HORIZON (oldest retained)'],
              ['LATEST', 'LATEST (new records only)'],
            ])}
          </>
        )}
        {choice('mapping.enabled', 'Enabled', [
          ['true', 'On'],
          ['false', 'Paused (Disabled)'],
        ])}
        {numberField('mapping.batchSize', 'BatchSize', `${range(BATCH_SIZE)} records.`)}
        {numberField(
          'mapping.maximumBatchingWindowInSeconds',
          'MaximumBatchingWindowInSeconds',
          `${range(BATCHING_WINDOW_SECONDS, ' s')}.`,
        )}
        {numberField(
          'mapping.parallelizationFactor',
          'ParallelizationFactor',
          `${range(PARALLELIZATION_FACTOR)} batches per shard at once; order kept per partition key.`,
        )}
        {choice(
          'mapping.bisectBatchOnFunctionError',
          'BisectBatchOnFunctionError',
          [
            ['false', 'Off (default)'],
            ['true', 'On: split a failed batch in two and retry'],
          ],
          'Splitting does not use up retries.',
        )}
        {numberField(
          'mapping.maximumRetryAttempts',
          'MaximumRetryAttempts',
          `${range(RETRY_ATTEMPTS)}; −1 retries until the record expires.`,
        )}
        {numberField(
          'mapping.maximumRecordAgeInSeconds',
          'MaximumRecordAgeInSeconds',
          `${range(RECORD_AGE_SECONDS, ' s')}; −1 means no limit (retention still applies).`,
        )}
        <Field
          label="On-failure destination ARN"
          hint="SQS queue or SNS topic (batch info), or S3 bucket (with the records); empty for none."
          error={errors['mapping.onFailure']}
        >
          {(p) => (
            <input
              {...p}
              value={values['mapping.onFailure'] ?? ''}
              onChange={set('mapping.onFailure')}
              placeholder="arn:aws:sqs:us-east-1:000000000000:orders-dlq"
              className={inputClass}
            />
          )}
        </Field>
        {choice('mapping.reportBatchItemFailures', 'FunctionResponseTypes', [
          ['false', 'None (a failure fails the whole batch)'],
          ['true', 'ReportBatchItemFailures (checkpoint at the lowest failed record)'],
        ])}
      </fieldset>
      <Button type="submit" variant="primary" size="lg" fullWidth>
        Apply
      </Button>
      {mapping && <LambdaDestinationMessages functionName={name} />}
    </form>
  );
}

function prefixed(prefix: string, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${prefix}.${k}`, v]));
}
