import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import type { ConsumerAppState } from '../engine/consumerTypes';
import { addConsumerApp, maxIteratorAge, updateConsumerApp } from '../engine/consumers';
import { updateProducer } from '../engine/producers';
import { updateShardCount } from '../engine/resharding';
import type { SimState } from '../engine/types';
import { defaultConsumer } from '../runtime/canvasActions';
import { checkGoal } from './checkGoal';
import { startScenario } from './loadScenario';
import type { GoalConstraint } from './scenarioSchema';
import { loadScenarioFile } from './testing/loadScenarioFile';
import { chartColumns, METRIC_CHARTS } from '../views/chartSeries';
import { describeEvent } from '../views/describeEvent';
import { measureUsage } from '../views/estimateCost';
import { formatDuration, formatMBps } from '../views/format';
import { consumerSummary } from '../views/nodeSummaries';
import { shardRows } from '../views/shardRows';

// The stories of the reference-architecture scenarios (the chapter "Architectures").

const load = loadScenarioFile;

/** Records accepted and throttled per open shard in the last second, as the shard table shows them. */
const lastSecond = (sim: SimState, stream: string) =>
  Object.entries(sim.metrics[stream]!.lastSecond).map(([id, m]) => [
    id,
    m.IncomingRecords,
    m.WriteProvisionedThroughputExceeded,
  ]);

const app = (sim: SimState, name: string): ConsumerAppState => sim.consumerApps.find((a) => a.config.name === name)!;

const READ_THROTTLES = METRIC_CHARTS.find((c) => c.id === 'read-throttled')!;

/** The newest point of the Charts tab's "Throttled reads" (whole stream, 1-second points). */
const throttledReads = (sim: SimState, stream: string) =>
  chartColumns(sim.metrics[stream], READ_THROTTLES, { kind: 'stream' }, 'second')[1]!.at(-1);

/**
 * Advances one virtual second at a time, as the simulator's clock does (it only ever stops on whole
 * seconds), and notes what the goal checklist, the consumer nodes and the "Throttled reads" chart show.
 */
function watchSeconds(sim: SimState, stream: string, goal: GoalConstraint[], seconds: number) {
  let failures = 0;
  const maxAge: Record<string, number> = {};
  const reads: number[] = [];
  for (let s = 0; s < seconds; s++) {
    advance(sim, sim.now + 1_000);
    if (!checkGoal(sim, goal).every((c) => c.met)) failures++;
    for (const a of sim.consumerApps)
      maxAge[a.config.name] = Math.max(maxAge[a.config.name] ?? 0, consumerSummary(sim, a.config.name).iteratorAgeMs);
    reads.push(throttledReads(sim, stream)!);
  }
  return { failures, maxAge, throttledReads: reads };
}

describe('architecture scenarios', () => {
  it('iot-telemetry: twelve gateway keys put seven on one shard; device ids spread the same 2,400 readings/s over four', () => {
    const scenario = load('iot-telemetry');
    const goal = scenario.goal!.constraints;
    const sim = startScenario(scenario);
    advance(sim, sim.now + 30_000);
    expect(checkGoal(sim, goal).map((c) => [c.met, c.detail])).toEqual([
      [false, 'shardId-000000000002 throttled 400 records in the last second'],
      [true, 'telemetry has 4 open shards (≤ 4).'],
      [true, 'sensor-gateways sends 2400 user records/s (≥ 2400).'],
    ]);
    // 200 readings/s per gateway: 1, 3, 7 and 1 gateways per shard.
    expect(lastSecond(sim, 'telemetry')).toEqual([
      ['shardId-000000000000', 200, 0],
      ['shardId-000000000001', 600, 0],
      ['shardId-000000000002', 1000, 400],
      ['shardId-000000000003', 200, 0],
    ]);
    // Without retries the throttled readings are gone: one in six, for the alerts and the archive alike.
    expect(sim.producers[0]!.stats).toMatchObject({ attempted: 72_000, accepted: 60_000, dropped: 12_000 });

    // The tempting fix: twice the shards. Throttling stops, but the goal rules the fix out, and two of the
    // eight new shards get no gateway at all.
    const doubled = startScenario(scenario);
    advance(doubled, doubled.now + 10_000);
    updateShardCount(doubled, 'telemetry', 8);
    advance(doubled, doubled.now + 10_000);
    expect(checkGoal(doubled, goal).map((c) => [c.met, c.detail])).toEqual([
      [true, 'No shard of telemetry throttled writes in the last second.'],
      [false, 'telemetry has 8 open shards > 4'],
      [true, 'sensor-gateways sends 2400 user records/s (≥ 2400).'],
    ]);
    expect(lastSecond(doubled, 'telemetry').slice(4)).toEqual([
      ['shardId-000000000004', 0, 0],
      ['shardId-000000000005', 200, 0],
      ['shardId-000000000006', 400, 0],
      ['shardId-000000000007', 200, 0],
      ['shardId-000000000008', 600, 0],
      ['shardId-000000000009', 800, 0],
      ['shardId-000000000010', 200, 0],
      ['shardId-000000000011', 0, 0],
    ]);

    // The fix: key by device id, thousands of keys evenly used.
    updateProducer(sim, 'sensor-gateways', { keys: { kind: 'uniform', count: 20_000 } });
    advance(sim, sim.now + 2_000);
    for (let i = 0; i < 120; i++) {
      advance(sim, sim.now + 1_000);
      expect(checkGoal(sim, goal).every((c) => c.met)).toBe(true);
    }
    expect(lastSecond(sim, 'telemetry')).toEqual([
      ['shardId-000000000000', 615, 0],
      ['shardId-000000000001', 603, 0],
      ['shardId-000000000002', 594, 0],
      ['shardId-000000000003', 588, 0],
    ]);
    // The alert function keeps up with everything accepted; the archive lands one object every 120 s.
    const mapping = sim.lambda!.mappings[0]!;
    expect(Math.max(...mapping.shards.map((s) => s.iteratorAgeMs))).toBeLessThanOrEqual(1_000);
    expect(
      sim.firehose!.buckets['telemetry-lake']!.objects.map((o) => [o.size, o.records, o.createdAt - o.firstArrival]),
    ).toEqual([[55_199_600, 275_998, 120_000]]);
  });

  it('payments-fraud: at whole seconds five pollers are caught up; polling faster only adds read throttles; enhanced fan-out stops them', () => {
    const scenario = load('payments-fraud');
    const goal = scenario.goal!.constraints;
    expect(scenario.goal!.challenge).toBe(false);
    const sim = startScenario(scenario);
    const readers = ['fraud-scorer', 'ledger', 'notifications', 'loyalty-points'];
    const nodes = () => readers.map((name) => [name, consumerSummary(sim, name)] as const);
    /** The Table tab: incoming records/s, Read MB/s and each reader's iterator age, per shard. */
    const table = () =>
      shardRows(sim, 'payments').map((r) => [
        r.shardId,
        r.incomingRecords,
        formatMBps(r.outgoingBytes),
        r.iteratorAges.map((a) => formatDuration(a.ms!)),
      ]);
    const events = (from: number) =>
      sim.events
        .filter((e) => e.at >= from && e.type.startsWith('consumer/'))
        .map((e) => [(e.at - from) / 1_000, describeEvent(e)]);

    // As set up: four applications and the Firehose archive each poll every shard once a second, all five
    // GetRecords calls a shard serves. The simulator stops on whole seconds, just after those polls, so
    // every reader shows 0 ms and the health check holds at every second for a minute.
    const asIs = watchSeconds(sim, 'payments', goal, 60);
    expect(asIs.failures).toBe(0);
    expect(asIs.maxAge).toEqual({ 'fraud-scorer': 0, ledger: 0, notifications: 0, 'loyalty-points': 0 });
    expect(new Set(asIs.throttledReads)).toEqual(new Set([0]));
    expect(checkGoal(sim, goal).map((c) => c.detail)).toEqual([
      'fraud-scorer is 0 ms behind (≤ 500 ms).',
      'ledger is 0 ms behind (≤ 5000 ms).',
      'notifications is 0 ms behind (≤ 5000 ms).',
      'loyalty-points is 0 ms behind (≤ 5000 ms).',
    ]);
    // 400 payments of 600 bytes a second per shard, read by five: 1.2 MB, inside 2 MB/s.
    expect(table()).toEqual([
      ['shardId-000000000000', 400, '1.14 MB/s', ['0 ms', '0 ms', '0 ms', '0 ms']],
      ['shardId-000000000001', 401, '1.15 MB/s', ['0 ms', '0 ms', '0 ms', '0 ms']],
    ]);
    expect(nodes().map(([name, n]) => [name, n.processed, n.readThrottles])).toEqual(
      readers.map((name) => [name, 47_247, 0]),
    );
    // The gateway loses one acknowledgement in a thousand and sends those payments again: stored twice.
    expect(scenario.producers[0]!.retry?.lostAckRate).toBe(0.001);
    expect(sim.producers[0]!.stats).toMatchObject({ accepted: 48_046, duplicates: 48 });

    // Polling every 200 ms: the shard has served its five calls each second before the scorer's extra
    // four, so all eight extra calls a second (four per shard) are throttled, from the second second on.
    // The scorer reads no sooner (still once a second), and nothing else changes.
    updateConsumerApp(sim, 'fraud-scorer', { pollIntervalMs: 200 });
    const polling = watchSeconds(sim, 'payments', goal, 60);
    expect(polling.throttledReads).toEqual([0, ...Array<number>(59).fill(8)]);
    expect(polling.failures).toBe(0);
    expect(polling.maxAge).toEqual({ 'fraud-scorer': 0, ledger: 0, notifications: 0, 'loyalty-points': 0 });
    expect(nodes().map(([name, n]) => [name, n.processed, n.readThrottles])).toEqual([
      ['fraud-scorer', 95_295, 472],
      ['ledger', 95_295, 0],
      ['notifications', 95_295, 0],
      ['loyalty-points', 95_295, 0],
    ]);
    expect(sim.firehose!.deliveryStreams['payments-audit']!.stats.readThrottles).toBe(0);
    expect(table()).toEqual([
      ['shardId-000000000000', 400, '1.14 MB/s', ['0 ms', '0 ms', '0 ms', '0 ms']],
      ['shardId-000000000001', 400, '1.14 MB/s', ['0 ms', '0 ms', '0 ms', '0 ms']],
    ]);

    // Enhanced fan-out (the idle time no longer matters: the pipe pushes every 200 ms). The stream consumer
    // registers, is ACTIVE two seconds later, and the scorer's read throttles stop at once and for good.
    const switchedAt = sim.now;
    updateConsumerApp(sim, 'fraud-scorer', { fanOut: 'enhanced' });
    const efo = watchSeconds(sim, 'payments', goal, 120);
    expect(events(switchedAt)).toEqual([
      [0, 'Enhanced fan-out consumer fraud-scorer registered on payments.'],
      [2, 'Enhanced fan-out consumer fraud-scorer of payments is ACTIVE.'],
    ]);
    expect(new Set(efo.throttledReads)).toEqual(new Set([0]));
    expect(efo.failures).toBe(0);
    expect(efo.maxAge).toEqual({ 'fraud-scorer': 0, ledger: 0, notifications: 0, 'loyalty-points': 0 });
    expect(nodes().map(([name, n]) => [name, n.processed, n.readThrottles])).toEqual([
      ['fraud-scorer', 191_392, 472],
      ['ledger', 191_392, 0],
      ['notifications', 191_392, 0],
      ['loyalty-points', 191_392, 0],
    ]);
    // The table's Read MB/s counts every byte leaving the shard, pushed or polled, so it does not change.
    expect(table()).toEqual([
      ['shardId-000000000000', 401, '1.15 MB/s', ['0 ms', '0 ms', '0 ms', '0 ms']],
      ['shardId-000000000001', 400, '1.14 MB/s', ['0 ms', '0 ms', '0 ms', '0 ms']],
    ]);
    // The Cost tab bills one enhanced fan-out consumer on two shards: 2 consumer-shard-hours per hour.
    expect(measureUsage(sim)[0]).toMatchObject({ stream: 'payments', efoConsumers: 1, openShards: 2 });
  });

  it('cdc-fan-out: a polling rebuild from TRIM_HORIZON starves the live readers; as an EFO consumer it does not', () => {
    const scenario = load('cdc-fan-out');
    const rebuild = (fanOut: 'shared' | 'enhanced') => {
      const sim = startScenario(scenario);
      advance(sim, sim.now + 2 * 3_600_000);
      expect(sim.consumerApps.map((a) => [a.config.name, a.stats.readThrottles])).toEqual([
        ['cache-invalidator', 0],
        ['search-indexer', 0],
      ]);
      // What the palette adds, set to replay from the oldest retained change.
      const base =
        fanOut === 'enhanced'
          ? { ...defaultConsumer('efo-app-1'), fanOut, pollIntervalMs: 200 }
          : defaultConsumer('consumer-app-1');
      addConsumerApp(sim, { ...base, stream: 'orders-cdc', initialPosition: 'TRIM_HORIZON' });
      const replay = sim.consumerApps[2]!;
      advance(sim, sim.now + 10_000);
      const startAge = maxIteratorAge(replay);
      const worst = { 'cache-invalidator': 0, 'search-indexer': 0 };
      let seconds = 10;
      while (maxIteratorAge(replay) > 5_000) {
        advance(sim, sim.now + 1_000);
        seconds++;
        for (const name of ['cache-invalidator', 'search-indexer'] as const)
          worst[name] = Math.max(worst[name], maxIteratorAge(app(sim, name)));
      }
      return { sim, startAge, seconds, worst };
    };

    const shared = rebuild('shared');
    // Two hours of changes to replay: 2,880,000 records, about 2 GB.
    expect(shared.startAge).toBe(7_060_245);
    expect(shared.seconds).toBe(656);
    expect(shared.worst).toEqual({ 'cache-invalidator': 26_698, 'search-indexer': 46_651 });
    expect(shared.sim.consumerApps.map((a) => a.stats.readThrottles)).toEqual([1032, 978, 718]);
    expect(shared.sim.firehose!.deliveryStreams['orders-history']!.stats.readThrottles).toBe(1083);

    const efo = rebuild('enhanced');
    expect(efo.seconds).toBe(517);
    expect(efo.worst).toEqual({ 'cache-invalidator': 0, 'search-indexer': 0 });
    expect(efo.sim.consumerApps.map((a) => a.stats.readThrottles)).toEqual([0, 0, 0]);
    expect(efo.sim.firehose!.deliveryStreams['orders-history']!.stats.readThrottles).toBe(0);
  });
});
