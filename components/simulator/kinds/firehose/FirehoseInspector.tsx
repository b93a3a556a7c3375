'use client';

import { Button } from '@/components/ui/Button';
import { useState, type FormEvent } from 'react';
import {
  DEFAULT_TRANSFORM_RETRIES,
  MAX_BUFFER_INTERVAL_SECONDS,
  MAX_BUFFER_SIZE_MIB,
  MIN_BUFFER_SIZE_MIB_WITH_CONVERSION,
} from '@/simulator/engine/firehose/firehoseLimits';
import { scenarioFirehoseSchema } from '@/simulator/scenarios/firehoseScenarioSchema';
import { useSimulationHandle } from '../../SimulationContext';
import { useSimValue } from '../../useSimulation';
import { Field, inputClass } from '../../inspector/Field';
import { errorsByPath, num, type FormValues } from '../../inspector/formValues';

const LAMBDA_ARN = 'arn:aws:lambda:us-east-1:000000000000:function:firehose-transform';

/**
 * A Firehose stream's destination settings: buffering hints, prefixes, the Lambda transform and format
 * conversion. Changes go through UpdateDestination as a `firehose/call` command, so they are in the
 * command log and share links like every other edit.
 */
export function FirehoseInspector({ name, onMessage }: { name: string; onMessage: (m: string) => void }) {
  const { store } = useSimulationHandle();
  const live = useSimValue((sim) => {
    const stream = sim.firehose?.deliveryStreams[name];
    return stream ? { config: stream.config, version: stream.version, status: stream.status } : null;
  });
  const [values, setValues] = useState<FormValues>(() => {
    const c = live?.config;
    return {
      sizeMiB: String(c?.buffering.sizeMiB ?? 5),
      intervalSeconds: String(c?.buffering.intervalSeconds ?? 300),
      prefix: c?.prefix ?? '',
      errorOutputPrefix: c?.errorOutputPrefix ?? '',
      transform: c?.transform ? 'on' : 'off',
      'transform.durationMsPerBatch': String(c?.transform?.durationMsPerBatch ?? 1000),
      'transform.dropRate': String(c?.transform?.dropRate ?? 0),
      'transform.failureRate': String(c?.transform?.failureRate ?? 0),
      conversion: c?.conversion ? 'on' : 'off',
      'conversion.sizeRatio': String(c?.conversion?.sizeRatio ?? 0.3),
    };
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!live) return <p>This Firehose stream no longer exists.</p>;
  const { config } = live;
  const set = (path: string) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [path]: e.target.value }));
  const field = (path: string, label: string, hint: string, type: 'number' | 'text' = 'number') => (
    <Field label={label} hint={hint} error={errors[path]}>
      {(p) => <input {...p} type={type} value={values[path] ?? ''} onChange={set(path)} className={inputClass} />}
    </Field>
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const transform =
      values.transform === 'on'
        ? {
            durationMsPerBatch: num(values, 'transform.durationMsPerBatch'),
            dropRate: num(values, 'transform.dropRate'),
            failureRate: num(values, 'transform.failureRate'),
          }
        : undefined;
    const conversion =
      values.conversion === 'on'
        ? { format: 'PARQUET' as const, sizeRatio: num(values, 'conversion.sizeRatio') }
        : undefined;
    const candidate = {
      name,
      source: config.source,
      bucket: config.bucket,
      sizeMiB: num(values, 'sizeMiB'),
      intervalSeconds: num(values, 'intervalSeconds'),
      ...(values.prefix ? { prefix: values.prefix } : {}),
      ...(values.errorOutputPrefix ? { errorOutputPrefix: values.errorOutputPrefix } : {}),
      ...(transform ? { transform } : {}),
      ...(conversion ? { conversion } : {}),
    };
    const parsed = scenarioFirehoseSchema.safeParse(candidate);
    const found = parsed.success ? {} : errorsByPath(parsed.error.issues);
    if (transform && transform.dropRate + transform.failureRate > 1)
      found['transform.failureRate'] = 'Drop rate and failure rate add up to more than 1.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      onMessage(`Not applied: ${Object.keys(found).length} field(s) need attention.`);
      return;
    }
    const update = {
      BufferingHints: { SizeInMBs: candidate.sizeMiB, IntervalInSeconds: candidate.intervalSeconds },
      ...(values.prefix || config.prefix !== undefined ? { Prefix: values.prefix } : {}),
      ...(values.errorOutputPrefix || config.errorOutputPrefix !== undefined
        ? { ErrorOutputPrefix: values.errorOutputPrefix }
        : {}),
      ProcessingConfiguration: {
        Enabled: !!transform,
        Processors: transform
          ? [
              {
                Type: 'Lambda',
                Parameters: [
                  { ParameterName: 'LambdaArn', ParameterValue: config.arns?.lambda ?? LAMBDA_ARN },
                  {
                    ParameterName: 'NumberOfRetries',
                    ParameterValue: String(config.transform?.retries ?? DEFAULT_TRANSFORM_RETRIES),
                  },
                ],
              },
            ]
          : [],
      },
      DataFormatConversionConfiguration: conversion
        ? { Enabled: true, OutputFormatConfiguration: { Serializer: { ParquetSerDe: {} } } }
        : { Enabled: false },
    };
    store.getState().dispatch({
      type: 'firehose/call',
      operation: 'UpdateDestination',
      input: {
        DeliveryStreamName: name,
        CurrentDeliveryStreamVersionId: String(live.version),
        DestinationId: 'destinationId-000000000001',
        ExtendedS3DestinationUpdate: update,
        ShardlabModel: {
          ...(transform
            ? {
                Transform: {
                  DurationMsPerBatch: transform.durationMsPerBatch,
                  DropRate: transform.dropRate,
                  FailureRate: transform.failureRate,
                },
              }
            : {}),
          ...(conversion ? { ConversionSizeRatio: conversion.sizeRatio } : {}),
        },
      },
    });
    const error = store.getState().lastError;
    onMessage(
      error
        ? `UpdateDestination failed: ${error.name}: ${error.message}`
        : `Applied: ${name} is now at version ${live.version + 1}.`,
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Settings of Firehose stream ${name}`}>
      <p className="mt-0 text-sm">
        Source: {config.source.kind === 'DirectPut' ? 'Direct PUT' : `Kinesis data stream ${config.source.stream}`}.
        Destination: s3://{config.bucket}. Firehose has no read API and no replay: records leave only into this bucket,
        so to read them again you read the objects (or keep a data stream in front).
      </p>
      {field(
        'sizeMiB',
        'Buffer size (MiB)',
        `1–${MAX_BUFFER_SIZE_MIB} MiB, default 5; at least ${MIN_BUFFER_SIZE_MIB_WITH_CONVERSION} with Parquet or dynamic partitioning. Size or interval, whichever is reached first, delivers.`,
      )}
      {field('intervalSeconds', 'Buffer interval (s)', `0–${MAX_BUFFER_INTERVAL_SECONDS} s, default 300.`)}
      {field(
        'prefix',
        'S3 prefix',
        'Empty: YYYY/MM/dd/HH/ (UTC). Expressions: !{timestamp:yyyy/MM/dd}, !{firehose:random-string}; without a timestamp expression the hour is appended.',
        'text',
      )}
      {field(
        'errorOutputPrefix',
        'Error output prefix',
        'Empty: processing-failed/YYYY/MM/dd/HH/. Use !{firehose:error-output-type}; required once the prefix uses expressions.',
        'text',
      )}
      <Field
        label="Lambda transformation"
        hint="Returns Ok, Dropped or ProcessingFailed per record; a failed invocation is retried 3 times."
      >
        {(p) => (
          <select {...p} value={values.transform} onChange={set('transform')} className={inputClass}>
            <option value="off">Off</option>
            <option value="on">On</option>
          </select>
        )}
      </Field>
      {values.transform === 'on' && (
        <>
          {field(
            'transform.durationMsPerBatch',
            'Function time per batch (ms)',
            'Delays each delivery by this much per attempt.',
          )}
          {field(
            'transform.dropRate',
            'Share returned as Dropped (0–1)',
            'Filtered out on purpose, not delivered anywhere.',
          )}
          {field(
            'transform.failureRate',
            'Share returned as ProcessingFailed (0–1)',
            'Written under the error output prefix.',
          )}
        </>
      )}
      <Field
        label="Convert JSON to Apache Parquet"
        hint="Needs a Glue table schema on AWS; here only its effect on object size is modelled."
      >
        {(p) => (
          <select {...p} value={values.conversion} onChange={set('conversion')} className={inputClass}>
            <option value="off">Off</option>
            <option value="on">On</option>
          </select>
        )}
      </Field>
      {values.conversion === 'on' &&
        field(
          'conversion.sizeRatio',
          'Parquet bytes per JSON byte',
          'A stated simplification (default 0.3); real ratios depend on the data.',
        )}
      <p className="text-xs text-muted">
        Dynamic partitioning:{' '}
        {config.partitioning
          ? `by .${config.partitioning.jsonField} as ${config.partitioning.keyName} (up to ${config.partitioning.maxActivePartitions} active partitions).`
          : 'off.'}{' '}
        It can only be chosen when the Firehose stream is created.
      </p>
      <Button type="submit" variant="primary" size="lg" fullWidth>
        Apply (UpdateDestination)
      </Button>
    </form>
  );
}
