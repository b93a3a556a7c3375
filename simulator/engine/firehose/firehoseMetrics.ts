import type { DeliveryStreamState } from './firehoseTypes';

/** CloudWatch metrics the engine records per Firehose stream (namespace AWS/Firehose), per minute. */
export const FIREHOSE_METRICS = [
  'IncomingBytes',
  'IncomingRecords',
  'IncomingPutRequests',
  'ThrottledRecords',
  'DataReadFromKinesisStream.Records',
  'DataReadFromKinesisStream.Bytes',
  'DeliveryToS3.Records',
  'DeliveryToS3.Bytes',
  'DeliveryToS3.Success',
  'DeliveryToS3.DataFreshness',
  'SucceedProcessing.Records',
] as const;
export type FirehoseMetric = (typeof FIREHOSE_METRICS)[number];

/** Minutes of points kept (24 hours). */
export const FIREHOSE_MINUTE_POINTS = 1440;

function totals(stream: DeliveryStreamState): Record<string, number> {
  const s = stream.stats;
  return {
    IncomingBytes: s.incomingBytes,
    IncomingRecords: s.incomingRecords,
    IncomingPutRequests: s.incomingPutRequests,
    ThrottledRecords: s.throttledRecords,
    'DataReadFromKinesisStream.Records': s.readRecords,
    'DataReadFromKinesisStream.Bytes': s.readBytes,
    'DeliveryToS3.Records': s.deliveredRecords,
    'DeliveryToS3.Bytes': s.deliveredBytes,
    objects: s.deliveredObjects,
    'SucceedProcessing.Records': s.transformOk,
  };
}

/**
 * Closes the minute ending at `now`: sums become differences of running totals; DataFreshness is the
 * age in seconds of the oldest undelivered record; DeliveryToS3.Success is 1 in a minute with S3 puts
 * (S3 never fails here) and absent otherwise.
 */
export function recordFirehoseMinute(stream: DeliveryStreamState, now: number): void {
  const current = totals(stream);
  const last = stream.metrics.last;
  const push = (name: string, value: number | null) => {
    const series = (stream.metrics.series[name] ??= []);
    series.push(value);
    if (series.length > FIREHOSE_MINUTE_POINTS) series.splice(0, series.length - FIREHOSE_MINUTE_POINTS);
  };
  for (const name of FIREHOSE_METRICS) {
    if (name === 'DeliveryToS3.DataFreshness') push(name, Math.round(stream.dataFreshnessMs / 1000));
    else if (name === 'DeliveryToS3.Success') push(name, (current.objects ?? 0) > (last.objects ?? 0) ? 1 : null);
    else push(name, (current[name] ?? 0) - (last[name] ?? 0));
  }
  stream.metrics.last = current;
  stream.metrics.at = now;
}
