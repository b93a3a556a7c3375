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

/** Advances in steps, noting how often the goal failed and each application's largest iterator age. */
function watch(sim: SimState, goal: GoalConstraint[], ms: number, stepMs: number) {
  let failures = 0;
  const maxAge: Record<string, number> = {};
  for (let t = 0; t < ms; t += stepMs) {
    advance(sim, sim.now + stepMs);
    if (!checkGoal(sim, goal).every((c) => c.met)) failures++;
    for (const a of sim.consumerApps) maxAge[a.config.name] = Math.max(maxAge[a.config.name] ?? 0, maxIteratorAge(a));
  }
  return { failures, maxAge };
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

  it('payments-fraud: five pollers book all 5 calls/s; polling faster is throttled, enhanced fan-out gets the scorer under 500 ms', () => {
    const scenario = load('payments-fraud');
    const goal = scenario.goal!.constraints;
    const run = (fix: (sim: SimState) => void) => {
      const sim = startScenario(scenario);
      advance(sim, sim.now + 30_000);
      const before = watch(sim, goal, 60_000, 100);
      fix(sim);
      advance(sim, sim.now + 10_000);
      return { sim, before, after: watch(sim, goal, 120_000, 100) };
    };

    // As set up: every reader polls each shard once a second and is up to ~0.9 s behind, so the goal
    // fails in about half of the moments checked.
    const asIs = run(() => {});
    expect(asIs.before.maxAge).toEqual({
      'fraud-scorer': 902,
      ledger: 902,
      notifications: 902,
      'loyalty-points': 902,
    });
    expect(asIs.before.failures).toBe(265);
    expect(asIs.sim.consumerApps.map((a) => a.stats.readThrottles)).toEqual([0, 0, 0, 0]);
    // The gateway's retries store about one payment in a thousand twice: at-least-once.
    expect(asIs.sim.producers[0]!.stats).toMatchObject({ accepted: 176_175, duplicates: 176 });

    // Polling every 200 ms asks for more calls than the shard has left: the scorer's reads are throttled
    // and it is no faster.
    const polling = run((sim) => updateConsumerApp(sim, 'fraud-scorer', { pollIntervalMs: 200 }));
    expect(polling.after.failures).toBe(529);
    expect(polling.after.maxAge['fraud-scorer']).toBe(902);
    expect(app(polling.sim, 'fraud-scorer').stats.readThrottles).toBe(1032);

    // Enhanced fan-out: the scorer's own pipe, pushed; the goal holds at every check for two minutes.
    const efo = run((sim) => updateConsumerApp(sim, 'fraud-scorer', { fanOut: 'enhanced' }));
    expect(efo.after.failures).toBe(0);
    expect(efo.after.maxAge).toEqual({
      'fraud-scorer': 103,
      ledger: 902,
      notifications: 902,
      'loyalty-points': 902,
    });
    expect(efo.sim.consumerApps.map((a) => a.stats.readThrottles)).toEqual([0, 0, 0, 0]);
    expect(efo.sim.firehose!.deliveryStreams['payments-audit']!.stats.readThrottles).toBe(0);
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
    expect(shared.seconds).toBe(655);
    expect(shared.worst).toEqual({ 'cache-invalidator': 26_899, 'search-indexer': 42_899 });
    expect(shared.sim.consumerApps.map((a) => a.stats.readThrottles)).toEqual([959, 910, 837]);
    expect(shared.sim.firehose!.deliveryStreams['orders-history']!.stats.readThrottles).toBe(909);

    const efo = rebuild('enhanced');
    expect(efo.seconds).toBe(517);
    expect(efo.worst).toEqual({ 'cache-invalidator': 955, 'search-indexer': 0 });
    expect(efo.sim.consumerApps.map((a) => a.stats.readThrottles)).toEqual([0, 0, 0]);
    expect(efo.sim.firehose!.deliveryStreams['orders-history']!.stats.readThrottles).toBe(0);
  });
});
