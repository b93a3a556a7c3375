import { describe, expect, it } from 'vitest';
import { textToBase64 } from '@/simulator/engine/base64';
import { HOT_KEY_CHECKS } from './hotKeyChecks';
import { producerRuns } from './producerRuns';
import { labSession, T0 } from './testing/labSession';

const STREAM = 'sensor-readings';
const sensorOf = (seq: number) => `sensor-${String((seq % 25) + 1).padStart(2, '0')}`;
const entry = (seq: number, key: string) => ({ Data: textToBase64(`{"seq":${seq}}`), PartitionKey: key });

type Lab = ReturnType<typeof labSession>;
type PutResult = { FailedRecordCount: number; Records: { ErrorCode?: string }[] };

/** Six PutRecords of 500 readings, as the producers send them; `keyOf` picks each reading's key. */
function putBatches(lab: Lab, keyOf: (seq: number) => string, batches = [0, 1, 2, 3, 4, 5]) {
  return batches.map(
    (b) =>
      lab.kinesis('PutRecords', {
        StreamName: STREAM,
        Records: Array.from({ length: 500 }, (_, i) => entry(b * 500 + i, keyOf(b * 500 + i))),
      }) as PutResult,
  );
}

const check = (lab: Lab, name: string, params: Record<string, string | number>) =>
  HOT_KEY_CHECKS[name]!.run({ sim: lab.sim, log: lab.log }, params);
const ALL_ACCEPTED = { stream: STREAM, atLeast: 3000, shards: 3 };
const throttled = (lab: Lab) => lab.sim.streams[STREAM]!.shards.map((s) => s.stats.throttledRecords);
const stored = (lab: Lab) => lab.sim.streams[STREAM]!.shards.map((s) => s.records.length);

describe('lab 2 on the engine: the starter throttles, the fix does not', () => {
  it('the hot key within one second: 1,000 accepted on shard 1, 2,000 throttled', () => {
    const lab = labSession('lab-hot-key');
    expect(check(lab, 'writesThrottled', { stream: STREAM })).toEqual({
      done: false,
      detail: 'No write to sensor-readings has been throttled yet: run the producer.',
    });
    lab.advanceTo(T0 + 10_000);
    const results = putBatches(lab, () => 'plant-7');
    expect(results.map((r) => r.FailedRecordCount)).toEqual([0, 0, 500, 500, 500, 500]);
    expect(stored(lab)).toEqual([0, 1000, 0, 0]);
    expect(throttled(lab)).toEqual([0, 2000, 0, 0]);
    expect(check(lab, 'writesThrottled', { stream: STREAM })).toEqual({
      done: true,
      detail: '2,000 write(s) to sensor-readings were rejected with ProvisionedThroughputExceededException.',
    });
    expect(check(lab, 'allAccepted', ALL_ACCEPTED)).toEqual({
      done: false,
      detail:
        'Your last run sent 3,000 records and 2,000 of them were never accepted: retry the failed entries until none is left.',
    });
  });

  it('the hot key across a second boundary: 2,000 accepted, 1,000 throttled', () => {
    const lab = labSession('lab-hot-key');
    lab.advanceTo(T0 + 10_000);
    putBatches(lab, () => 'plant-7', [0, 1, 2]);
    lab.advanceTo(T0 + 11_000);
    putBatches(lab, () => 'plant-7', [3, 4, 5]);
    expect(stored(lab)).toEqual([0, 2000, 0, 0]);
    expect(throttled(lab)).toEqual([0, 1000, 0, 0]);
  });

  it('sensor ids as keys within one second: all 3,000 accepted, 840/600/720/840, none throttled', () => {
    const lab = labSession('lab-hot-key');
    lab.advanceTo(T0 + 10_000);
    putBatches(lab, () => 'plant-7');
    lab.advanceTo(T0 + 120_000);
    const results = putBatches(lab, sensorOf);
    expect(results.map((r) => r.FailedRecordCount)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(stored(lab)).toEqual([840, 1000 + 600, 720, 840]);
    expect(throttled(lab)).toEqual([0, 2000, 0, 0]);
    expect(producerRuns(lab.sim, lab.log, STREAM).map((r) => [r.attempted, r.accepted])).toEqual([
      [3000, 1000],
      [3000, 3000],
    ]);
    expect(check(lab, 'allAccepted', ALL_ACCEPTED)).toEqual({
      done: true,
      detail:
        'A run put 3,000 records to sensor-readings and every one was accepted: 840 on shardId-000000000000, 600 on shardId-000000000001, 720 on shardId-000000000002, 840 on shardId-000000000003.',
    });
  });

  it('retrying the hot key gets everything in, on one shard only, which the check does not accept', () => {
    const lab = labSession('lab-hot-key');
    lab.advanceTo(T0 + 10_000);
    let pending = putBatches(lab, () => 'plant-7').flatMap((r, b) =>
      r.Records.flatMap((rec, i) => (rec.ErrorCode ? [b * 500 + i] : [])),
    );
    for (let second = 11; pending.length > 0; second++) {
      lab.advanceTo(T0 + second * 1000);
      const result = lab.kinesis('PutRecords', {
        StreamName: STREAM,
        Records: pending.slice(0, 500).map((seq) => entry(seq, 'plant-7')),
      }) as PutResult;
      pending = [...pending.slice(0, 500).filter((_, i) => result.Records[i]!.ErrorCode), ...pending.slice(500)];
    }
    expect(stored(lab)).toEqual([0, 3000, 0, 0]);
    expect(check(lab, 'allAccepted', ALL_ACCEPTED)).toEqual({
      done: false,
      detail:
        "Your last run's 3,000 records were all accepted, but only on 3,000 on shardId-000000000001: the partition keys still send them to fewer than 3 shards.",
    });
  });

  it('counts runs apart by the clock, and says when no run is big enough', () => {
    const lab = labSession('lab-hot-key');
    expect(check(lab, 'allAccepted', ALL_ACCEPTED).detail).toBe(
      'No records have been put to sensor-readings yet: run the producer.',
    );
    lab.advanceTo(T0 + 10_000);
    putBatches(lab, sensorOf, [0, 1]);
    lab.advanceTo(T0 + 15_000);
    putBatches(lab, sensorOf, [2, 3]);
    expect(producerRuns(lab.sim, lab.log, STREAM).map((r) => r.attempted)).toEqual([2000]);
    lab.advanceTo(T0 + 40_000);
    putBatches(lab, sensorOf, [4]);
    expect(producerRuns(lab.sim, lab.log, STREAM).map((r) => r.attempted)).toEqual([2000, 500]);
    expect(check(lab, 'allAccepted', ALL_ACCEPTED)).toEqual({
      done: false,
      detail: 'Your last run sent 500 records; the lab expects at least 3,000.',
    });
  });
});

describe('shardMetricsRead', () => {
  const metricsCall = (shard: string | null) => ({
    type: 'cloudwatch/call' as const,
    operation: 'GetMetricStatistics',
    input: {
      Namespace: 'AWS/Kinesis',
      MetricName: 'IncomingRecords',
      Dimensions: [{ Name: 'StreamName', Value: STREAM }, ...(shard ? [{ Name: 'ShardId', Value: shard }] : [])],
      StartTime: T0 / 1000,
      EndTime: T0 / 1000 + 3600,
      Period: 60,
      Statistics: ['Sum'],
    },
  });

  it('needs enhanced monitoring, then a per-shard GetMetricStatistics', () => {
    const lab = labSession('lab-hot-key');
    lab.run(metricsCall('shardId-000000000001'));
    expect(check(lab, 'shardMetricsRead', { stream: STREAM }).detail).toBe(
      'Shard-level metrics of sensor-readings are off: turn them on with aws kinesis enable-enhanced-monitoring.',
    );
    lab.kinesis('EnableEnhancedMonitoring', { StreamName: STREAM, ShardLevelMetrics: ['IncomingRecords'] });
    lab.run(metricsCall(null));
    expect(check(lab, 'shardMetricsRead', { stream: STREAM }).done).toBe(false);
    lab.run(metricsCall('shardId-000000000001'));
    expect(check(lab, 'shardMetricsRead', { stream: STREAM })).toEqual({
      done: true,
      detail: 'You read shard-level metrics of sensor-readings (shardId-000000000001).',
    });
  });

  it('also accepts enhanced monitoring and a ListShards (the hash key route)', () => {
    const lab = labSession('lab-hot-key');
    lab.kinesis('EnableEnhancedMonitoring', { StreamName: STREAM, ShardLevelMetrics: ['ALL'] });
    lab.kinesis('ListShards', { StreamName: STREAM });
    expect(check(lab, 'shardMetricsRead', { stream: STREAM }).done).toBe(true);
  });
});
