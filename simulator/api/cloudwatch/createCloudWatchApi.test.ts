import { describe, expect, it } from 'vitest';
import { advance } from '../../engine/advance';
import { textToBase64 } from '../../engine/base64';
import { startScenario } from '../../scenarios/loadScenario';
import { loadScenarioFile } from '../../scenarios/testing/loadScenarioFile';
import { createKinesisApi } from '../createKinesisApi';
import { createCloudWatchApi } from './createCloudWatchApi';

const STREAM = 'sensor-readings';
/** 2026-01-01T00:00:00Z, where simulations start, in epoch seconds. */
const T0 = 1_767_225_600;
const stream = [{ Name: 'StreamName', Value: STREAM }];
const shard = (n: number) => [...stream, { Name: 'ShardId', Value: `shardId-00000000000${n}` }];

/** lab-hot-key at 00:00:10 after six PutRecords of 500 readings with one key ('plant-7' hashes into shard 1). */
function hotKeyBurst(options: { shardMetrics: boolean }) {
  const sim = startScenario(loadScenarioFile('lab-hot-key'));
  const kinesis = createKinesisApi(sim);
  if (options.shardMetrics) kinesis('EnableEnhancedMonitoring', { StreamName: STREAM, ShardLevelMetrics: ['ALL'] });
  advance(sim, (T0 + 10) * 1000);
  for (let batch = 0; batch < 6; batch++)
    kinesis('PutRecords', {
      StreamName: STREAM,
      Records: Array.from({ length: 500 }, (_, i) => ({
        Data: textToBase64(`{"seq":${batch * 500 + i}}`),
        PartitionKey: 'plant-7',
      })),
    });
  return { sim, cloudwatch: createCloudWatchApi(sim) };
}

const query = (MetricName: string, Dimensions: unknown, extra: Record<string, unknown> = {}) => ({
  Namespace: 'AWS/Kinesis',
  MetricName,
  Dimensions,
  StartTime: T0,
  EndTime: T0 + 600,
  Period: 60,
  Statistics: ['Sum'],
  ...extra,
});

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('expected an error');
};

describe('CloudWatch GetMetricStatistics over the engine', () => {
  it('sums stream-level metrics per minute, including the minute in progress', () => {
    const { sim, cloudwatch } = hotKeyBurst({ shardMetrics: false });
    advance(sim, (T0 + 30) * 1000);
    expect(cloudwatch('GetMetricStatistics', query('IncomingRecords', stream))).toEqual({
      Label: 'IncomingRecords',
      Datapoints: [{ Timestamp: T0, Sum: 1000, Unit: 'Count' }],
    });
    advance(sim, (T0 + 90) * 1000);
    expect(
      cloudwatch(
        'GetMetricStatistics',
        query('WriteProvisionedThroughputExceeded', stream, { Statistics: ['Sum', 'Maximum', 'SampleCount'] }),
      ),
    ).toEqual({
      Label: 'WriteProvisionedThroughputExceeded',
      Datapoints: [
        { Timestamp: T0, Sum: 2000, Maximum: 2000, SampleCount: 1, Unit: 'Count' },
        { Timestamp: T0 + 60, Sum: 0, Maximum: 0, SampleCount: 1, Unit: 'Count' },
      ],
    });
    expect(cloudwatch('GetMetricStatistics', query('IncomingBytes', stream))).toEqual({
      Label: 'IncomingBytes',
      Datapoints: [
        {
          Timestamp: T0,
          // 1,000 accepted records: 9 to 11 bytes of JSON each ({"seq":0} … {"seq":999}) plus 7 bytes of key.
          Sum: 10 * 16 + 90 * 17 + 900 * 18,
          Unit: 'Bytes',
        },
        { Timestamp: T0 + 60, Sum: 0, Unit: 'Bytes' },
      ],
    });
  });

  it('serves shard-level metrics only once enhanced monitoring is on, as on AWS', () => {
    const without = hotKeyBurst({ shardMetrics: false });
    advance(without.sim, (T0 + 60) * 1000);
    expect(without.cloudwatch('GetMetricStatistics', query('IncomingRecords', shard(1)))).toEqual({
      Label: 'IncomingRecords',
      Datapoints: [],
    });

    const { sim, cloudwatch } = hotKeyBurst({ shardMetrics: true });
    advance(sim, (T0 + 60) * 1000);
    const sums = (metric: string) =>
      [0, 1, 2, 3].map(
        (n) =>
          (cloudwatch('GetMetricStatistics', query(metric, shard(n))) as { Datapoints: { Sum: number }[] })
            .Datapoints[0]!.Sum,
      );
    expect(sums('IncomingRecords')).toEqual([0, 1000, 0, 0]);
    expect(sums('WriteProvisionedThroughputExceeded')).toEqual([0, 2000, 0, 0]);
  });

  it('answers Period 1 from the per-second points', () => {
    const { sim, cloudwatch } = hotKeyBurst({ shardMetrics: true });
    advance(sim, (T0 + 15) * 1000);
    const result = cloudwatch(
      'GetMetricStatistics',
      query('IncomingRecords', shard(1), { StartTime: T0 + 9, EndTime: T0 + 12, Period: 1 }),
    );
    expect(result).toEqual({
      Label: 'IncomingRecords',
      Datapoints: [
        { Timestamp: T0 + 9, Sum: 0, Unit: 'Count' },
        { Timestamp: T0 + 10, Sum: 1000, Unit: 'Count' },
        { Timestamp: T0 + 11, Sum: 0, Unit: 'Count' },
      ],
    });
  });

  it('takes ISO 8601 times, and returns nothing for another namespace, unit or dimension set', () => {
    const { sim, cloudwatch } = hotKeyBurst({ shardMetrics: false });
    advance(sim, (T0 + 60) * 1000);
    const iso = { StartTime: '2026-01-01T00:00:00Z', EndTime: '2026-01-01T00:05:00Z' };
    expect(cloudwatch('GetMetricStatistics', query('IncomingRecords', stream, iso))).toMatchObject({
      Datapoints: [{ Sum: 1000 }],
    });
    for (const other of [
      query('IncomingRecords', stream, { Namespace: 'AWS/EC2' }),
      query('IncomingRecords', stream, { Unit: 'Bytes' }),
      query('IncomingRecords', []),
      query('IncomingRecords', [{ Name: 'StreamName', Value: 'other' }]),
      query('NoSuchMetric', stream),
    ])
      expect(cloudwatch('GetMetricStatistics', other)).toMatchObject({ Datapoints: [] });
  });

  it('rejects bad requests with CloudWatch error codes', () => {
    const { cloudwatch } = hotKeyBurst({ shardMetrics: false });
    const bad = (extra: Record<string, unknown>) =>
      errorOf(() => cloudwatch('GetMetricStatistics', query('IncomingRecords', stream, extra)));
    expect(bad({ Namespace: undefined })).toBe('MissingParameter: The parameter Namespace is required.');
    expect(bad({ Statistics: undefined })).toBe(
      'MissingParameter: The parameter Statistics or ExtendedStatistics is required.',
    );
    expect(bad({ Statistics: ['Total'] })).toMatch(
      /^InvalidParameterValue: The parameter Statistics\.member\.1 must be/,
    );
    expect(bad({ Period: 7 })).toMatch(
      /^InvalidParameterValue: The parameter Period must be 1, 5, 10, 30 or a multiple of 60/,
    );
    expect(bad({ StartTime: T0 + 600, EndTime: T0 })).toBe(
      'InvalidParameterValue: The parameter StartTime must be less than the parameter EndTime.',
    );
    expect(bad({ StartTime: 'yesterday' })).toMatch(
      /^InvalidParameterValue: The parameter StartTime must be a timestamp/,
    );
    expect(bad({ Dimensions: ['StreamName=sensor-readings'] })).toMatch(
      /^InvalidParameterValue: The parameter Dimensions/,
    );
    expect(bad({ EndTime: T0 + 2 * 86_400 })).toBe(
      'InvalidParameterCombination: You have requested up to 2880 datapoints, which exceeds the limit of 1440. You may reduce the datapoints requested by increasing Period, or decreasing the time range.',
    );
    expect(errorOf(() => cloudwatch('PutMetricData', {}))).toMatch(/^InvalidAction: /);
  });
});

describe('CloudWatch ListMetrics', () => {
  it('lists stream metrics, and shard metrics once recorded, filtered by name and dimension', () => {
    const { sim, cloudwatch } = hotKeyBurst({ shardMetrics: true });
    advance(sim, (T0 + 11) * 1000);
    const all = cloudwatch('ListMetrics', { Namespace: 'AWS/Kinesis' }) as { Metrics: unknown[] };
    // 7 stream-level metrics, and 7 shard-level ones for each of the 4 shards.
    expect(all.Metrics).toHaveLength(7 + 4 * 7);
    expect(
      cloudwatch('ListMetrics', {
        MetricName: 'IncomingRecords',
        Dimensions: [{ Name: 'ShardId' }],
      }),
    ).toEqual({
      Metrics: [0, 1, 2, 3].map((n) => ({
        Namespace: 'AWS/Kinesis',
        MetricName: 'IncomingRecords',
        Dimensions: shard(n),
      })),
    });
    expect(cloudwatch('ListMetrics', { Namespace: 'AWS/Lambda' })).toEqual({ Metrics: [] });
  });
});
