import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import { advance } from '../engine/advance';
import { applyCommand } from '../engine/commands';
import { updateEventSourceMapping } from '../engine/lambda/eventSourceMappings';
import { checkGoal } from './checkGoal';
import { startScenario } from './loadScenario';
import { loadScenarioFile } from './testing/loadScenarioFile';

// The stories of the Lambda and Firehose scenarios (the stream scenarios are in scenarios.test.ts).

const load = loadScenarioFile;

describe('Lambda scenarios', () => {
  it('poison pill: one bad record blocks exactly one shard until bisect, a retry limit and a destination set it aside', () => {
    const scenario = load('lambda-poison-pill');
    const sim = startScenario(scenario);
    const mapping = sim.lambda!.mappings[0]!;
    advance(sim, sim.now + 30_000);
    expect(checkGoal(sim, scenario.goal!.constraints).every((c) => c.met)).toBe(true);
    advance(sim, sim.now + 90_000);
    // The first bad order (one every 50 s) landed on shard 1 at about 49 s; it has failed every second since.
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => c.detail)).toEqual([
      'enrich-orders: shardId-000000000001 blocked for 70 s > 15 s by a failing batch (67 failed invocations, 66 retries)',
      'enrich-orders is 71030 ms behind > 20000 ms (oldest unprocessed record on shardId-000000000001)',
    ]);
    expect(mapping.shards.map((s) => s.blockedSince !== null)).toEqual([false, true]);
    expect(mapping.shards[0]!.iteratorAgeMs).toBeLessThan(2_000);

    updateEventSourceMapping(sim, mapping.uuid, {
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: 2,
      onFailure: 'arn:aws:sqs:us-east-1:000000000000:orders-dlq',
    });
    advance(sim, sim.now + 30_000);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => c.met)).toEqual([true, true]);
    expect(mapping.shards[1]!.blockedMs).toBe(85_650);
    expect(mapping.stats).toMatchObject({ bisections: 11, discardedBatches: 2, discardedRecords: 2 });
    // Each message names the one record set aside: where it is and when it arrived, not its data (SQS).
    const infos = mapping.destinationMessages.map((m) => m.KinesisBatchInfo);
    expect(infos.map((i) => [i.shardId, i.batchSize])).toEqual([
      ['shardId-000000000001', 1],
      ['shardId-000000000001', 1],
    ]);
    expect(mapping.destinationMessages.map((m) => m.requestContext.condition)).toEqual([
      'RetryAttemptsExhausted',
      'RetryAttemptsExhausted',
    ]);
    // From now on every bad order is set aside within the 15 s budget: the goal holds at every second.
    for (let i = 0; i < 180; i++) {
      advance(sim, sim.now + 1_000);
      expect(checkGoal(sim, scenario.goal!.constraints).every((c) => c.met)).toBe(true);
    }
    expect(mapping.destinationMessageCount).toBe(sim.producers[1]!.stats.accepted);
  });

  it('parallelization: one batch at a time falls behind; ParallelizationFactor 3 catches up on one shard', () => {
    const scenario = load('lambda-parallelization');
    const sim = startScenario(scenario);
    const mapping = sim.lambda!.mappings[0]!;
    advance(sim, sim.now + 60_000);
    // 100 records per 500 ms invocation: 11,800 of the 18,000 clicks in the first minute.
    expect(mapping.stats.processedRecords).toBe(11_800);
    expect(checkGoal(sim, scenario.goal!.constraints)[0]!.detail).toBe(
      'score-clicks is 20667 ms behind > 5000 ms (oldest unprocessed record on shardId-000000000000)',
    );
    updateEventSourceMapping(sim, mapping.uuid, { parallelizationFactor: 3 });
    advance(sim, sim.now + 30_000);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => [c.met, c.detail])).toEqual([
      [true, 'score-clicks is 500 ms behind (≤ 5000 ms).'],
      [true, 'clicks has 1 open shard (≤ 1).'],
    ]);
    expect(mapping.stats.processedRecords).toBe(26_850);
  });
});

describe('Firehose scenarios', () => {
  const setHints = (sim: ReturnType<typeof startScenario>, version: number, intervalSeconds: number) =>
    applyCommand(
      sim,
      {
        type: 'firehose/call',
        operation: 'UpdateDestination',
        input: {
          DeliveryStreamName: 'clicks-archive',
          CurrentDeliveryStreamVersionId: String(version),
          DestinationId: 'destinationId-000000000001',
          ExtendedS3DestinationUpdate: { BufferingHints: { SizeInMBs: 5, IntervalInSeconds: intervalSeconds } },
        },
      },
      callApi,
    );

  it('firehose-buffering: 10 KB/s never fills 5 MiB, so the interval decides; 60 s meets both goals', () => {
    const scenario = load('firehose-buffering');
    const sim = startScenario(scenario);
    const bucket = () => sim.firehose!.buckets['clicks-lake']!;
    advance(sim, sim.now + 610_000);
    // Default hints: an object every 300 s of 3,000,000 bytes (300 s × 10 records of 1,000 bytes).
    expect(bucket().objects.map((o) => [o.key, o.size, o.records])).toEqual([
      ['2026/01/01/00/clicks-archive-1-2026-01-01-00-05-02-36581045-de95-4fdf-a03d-6680e68fac75', 3_000_000, 3000],
      ['2026/01/01/00/clicks-archive-1-2026-01-01-00-10-02-c4bbbd45-905a-4c0b-a37f-54a1055c15a2', 3_000_000, 3000],
    ]);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => [c.met, c.detail])).toEqual([
      [
        false,
        "clicks-archive: the last object's oldest record waited 300 s > 60 s before delivery (buffer interval 300 s)",
      ],
      [true, "clicks-archive's last object holds 3,000,000 bytes (≥ 500,000 bytes)."],
    ]);
    // Interval 0: an object a second, far too small.
    setHints(sim, 1, 0);
    advance(sim, sim.now + 300_000);
    expect(bucket().objectCount).toBe(302);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => c.detail)).toEqual([
      'clicks-archive delivers within 60 s (the last object waited 1 s).',
      "clicks-archive's last object holds 10,000 bytes < 500,000 bytes (2 % of it)",
    ]);
    // Interval 30: fresh enough, still too small.
    setHints(sim, 2, 30);
    advance(sim, sim.now + 300_000);
    expect(bucket().objectCount).toBe(312);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => c.detail)[1]).toBe(
      "clicks-archive's last object holds 300,000 bytes < 500,000 bytes (60 % of it)",
    );
    // Interval 60: one object a minute of 600,000 bytes — both goals met.
    setHints(sim, 3, 60);
    advance(sim, sim.now + 300_000);
    expect(bucket().objectCount).toBe(317);
    expect(bucket().objects.at(-1)).toMatchObject({ size: 600_000, records: 600 });
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => [c.met, c.detail])).toEqual([
      [true, 'clicks-archive delivers within 60 s (the last object waited 60 s).'],
      [true, "clicks-archive's last object holds 600,000 bytes (≥ 500,000 bytes)."],
    ]);
  });

  it('firehose-transform: 20 % dropped, 5 % failed to processing-failed/, 2 s of Lambda per batch', () => {
    const sim = startScenario(load('firehose-transform'));
    advance(sim, sim.now + 130_000);
    const stream = sim.firehose!.deliveryStreams['logs-to-s3']!;
    // 200 records/s read for 130 s; two minutes delivered (12,000 records each), the rest still buffered.
    expect(stream.stats).toMatchObject({
      readRecords: 26_000,
      transformOk: 18_000,
      transformDropped: 4800,
      transformFailed: 1200,
      deliveredObjects: 2,
      errorRecords: 1200,
      maxDataFreshnessMs: 62_000,
    });
    expect(sim.firehose!.buckets['log-archive']!.objects.map((o) => [o.key, o.size, o.records])).toEqual([
      ['2026/01/01/00/logs-to-s3-1-2026-01-01-00-01-04-ec1300c7-a228-4405-8ebc-abd37e4e09cb', 3_600_000, 9000],
      [
        'processing-failed/2026/01/01/00/logs-to-s3-1-2026-01-01-00-01-04-3e9b1c17-9fe9-45c0-8155-77576db13634',
        240_000,
        600,
      ],
      ['2026/01/01/00/logs-to-s3-1-2026-01-01-00-02-04-88d6ad65-5b23-4a1b-8b62-ee2c9307ce91', 3_600_000, 9000],
      [
        'processing-failed/2026/01/01/00/logs-to-s3-1-2026-01-01-00-02-04-f10c6cf5-6cc5-4923-8185-0ddf98a477f4',
        240_000,
        600,
      ],
    ]);
  });

  it('streams-and-firehose: the leaderboard reacts within a second, the archive lands every 35 s (size first)', () => {
    const scenario = load('streams-and-firehose');
    const sim = startScenario(scenario);
    advance(sim, sim.now + 125_000);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => [c.met, c.detail])).toEqual([
      // Its one worker reads both shards on the second, so at 125 s both leases are at the tip.
      [true, 'leaderboard is 0 ms behind (≤ 2000 ms).'],
      [true, 'events-archive delivers within 90 s (the last object waited 35 s).'],
    ]);
    // 150 KB/s reaches 5 MiB in 35 s, before the 60 s interval.
    expect(
      sim.firehose!.buckets['game-archive']!.objects.map((o) => [o.createdAt - o.firstArrival, o.size, o.records]),
    ).toEqual([
      [35_000, 5_249_700, 17_499],
      // Arrival times inside a run are interpolated, so the oldest record of the next object is a few ms off.
      [35_002, 5_250_300, 17_501],
      [34_999, 5_249_700, 17_499],
    ]);
    // Both readers share the shards' read limits without being throttled at this rate.
    expect(sim.streams['game-events']!.shards.map((s) => s.stats.readThrottles)).toEqual([0, 0]);
    // Everything written from its first poll, a second in, to 125 s: 124 s × 500.
    expect(sim.consumerApps[0]!.stats.processedRecords).toBe(62_000);
  });
});
