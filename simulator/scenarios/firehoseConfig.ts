import {
  DEFAULT_CONVERSION_RATIO,
  DEFAULT_MAX_ACTIVE_PARTITIONS,
  DEFAULT_TRANSFORM_RETRIES,
} from '../engine/firehose/firehoseLimits';
import type { DeliveryStreamConfig } from '../engine/firehose/firehoseTypes';
import type { ScenarioFirehose } from './firehoseScenarioSchema';

/** A scenario's Firehose stream as engine configuration, with AWS's defaults. */
export function firehoseConfig(f: ScenarioFirehose): DeliveryStreamConfig {
  const needsBigBuffer = !!f.conversion || !!f.partitioning;
  return {
    name: f.name,
    source: f.source,
    bucket: f.bucket,
    buffering: { sizeMiB: f.sizeMiB ?? (needsBigBuffer ? 128 : 5), intervalSeconds: f.intervalSeconds ?? 300 },
    ...(f.prefix !== undefined ? { prefix: f.prefix } : {}),
    ...(f.errorOutputPrefix !== undefined ? { errorOutputPrefix: f.errorOutputPrefix } : {}),
    ...(f.transform
      ? {
          transform: {
            durationMsPerBatch: f.transform.durationMsPerBatch,
            dropRate: f.transform.dropRate,
            failureRate: f.transform.failureRate,
            invocationFailureRate: f.transform.invocationFailureRate ?? 0,
            retries: f.transform.retries ?? DEFAULT_TRANSFORM_RETRIES,
          },
        }
      : {}),
    ...(f.conversion
      ? { conversion: { format: f.conversion.format, sizeRatio: f.conversion.sizeRatio ?? DEFAULT_CONVERSION_RATIO } }
      : {}),
    ...(f.partitioning
      ? {
          partitioning: {
            keyName: f.partitioning.keyName,
            jsonField: f.partitioning.jsonField,
            maxActivePartitions: DEFAULT_MAX_ACTIVE_PARTITIONS,
            syntheticValues: f.partitioning.syntheticValues ?? ['synthetic'],
          },
        }
      : {}),
    ...(f.load ? { load: f.load } : {}),
  };
}
