import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../scenarios/testing/loadScenarioFile';
import { startScenario } from '../scenarios/loadScenario';
import { advance } from './advance';
import { applyCommand } from './commands';
import { addConsumerApp, maxIteratorAge, removeConsumerApp, updateConsumerApp } from './consumers';
import type { ConsumerAppConfig } from './consumerTypes';
import { createSimulation } from './createSimulation';
import { KinesisError } from './errors';
import { registerConsumer } from './streamSettings';
import { createStream } from './streams';
import { addProducer } from './producers';
import { testProducer } from './testing/testProducer';

const app = (name: string, changes: Partial<ConsumerAppConfig> = {}): ConsumerAppConfig => ({
  name,
  stream: 'demo',
  workers: 1,
  pollIntervalMs: 200,
  maxRecords: 10_000,
  processingMsPerRecord: 0,
  initialPosition: 'LATEST',
  enabled: true,
  ...changes,
});

function demo(shards = 1) {
  const sim = createSimulation({ seed: 4 });
  createStream(sim, { name: 'demo', shardCount: shards });
  advance(sim, sim.now + 2_000);
  return sim;
}

function error(f: () => unknown): KinesisError {
  try {
    f();
  } catch (e) {
    if (e instanceof KinesisError) return e;
  }
  throw new Error('expected a KinesisError');
}

describe('RegisterStreamConsumer', () => {
  it('is CREATING for two seconds, then ACTIVE; a sixth at once is refused', () => {
    const sim = demo();
    for (let i = 1; i <= 5; i++) registerConsumer(sim, 'demo', `c${i}`);
    expect(sim.streams.demo!.consumers.map((c) => c.status)).toEqual(Array(5).fill('CREATING'));
    const refused = error(() => registerConsumer(sim, 'demo', 'c6'));
    expect(refused.name).toBe('LimitExceededException');
    expect(refused.message).toBe(
      'Stream demo under account 000000000000 already has 5 consumers in CREATING status. Wait for one to become ACTIVE.',
    );
    advance(sim, sim.now + 1_999);
    expect(sim.streams.demo!.consumers[0]!.status).toBe('CREATING');
    advance(sim, sim.now + 1);
    expect(sim.streams.demo!.consumers.every((c) => c.status === 'ACTIVE')).toBe(true);
    registerConsumer(sim, 'demo', 'c6');
    expect(sim.events.filter((e) => e.type === 'consumer/activated')).toHaveLength(5);
  });
});

describe('enhanced fan-out consumer applications', () => {
  it('each get their own 2 MB/s per shard, so three readers of 1 MB/s keep up where polling could not', () => {
    const readers = (fanOut: 'shared' | 'enhanced') => {
      const sim = demo();
      // 1,000 records/s of 1,000 bytes: about 1 MB/s in, 3 MB/s wanted out by three readers.
      addProducer(
        sim,
        testProducer({
          rate: { kind: 'constant', recordsPerSecond: 1000 },
          size: { kind: 'fixed', bytes: 1000 },
          keys: { kind: 'uuid' },
        }),
      );
      for (const name of ['a', 'b', 'c']) addConsumerApp(sim, app(name, { fanOut }));
      advance(sim, sim.now + 60_000);
      return sim;
    };
    const shared = readers('shared');
    const enhanced = readers('enhanced');
    const ages = (sim: ReturnType<typeof demo>) => sim.consumerApps.map((a) => a.leases[0]?.iteratorAgeMs ?? -1);
    expect(Math.max(...ages(shared))).toBeGreaterThan(5_000);
    expect(shared.consumerApps.reduce((n, a) => n + a.stats.readThrottles, 0)).toBeGreaterThan(0);
    // Pushed every 200 ms: never more than a delivery behind, never throttled, and the shard's shared
    // read allowance untouched.
    expect(Math.max(...ages(enhanced))).toBeLessThanOrEqual(200);
    expect(enhanced.consumerApps.map((a) => a.stats.readThrottles)).toEqual([0, 0, 0]);
    expect(enhanced.streams.demo!.shards[0]!.read.calls).toBe(0);
    // Each received everything written after its consumer became ACTIVE two seconds in: 58 s × 1,000.
    expect(enhanced.consumerApps.map((a) => a.stats.processedRecords)).toEqual([58_000, 58_000, 58_000]);
  });

  it('renews its SubscribeToShard subscription every 5 minutes, per shard', () => {
    const sim = demo(2);
    addConsumerApp(sim, app('dash', { fanOut: 'enhanced' }));
    advance(sim, sim.now + 2_000 + 10 * 60_000);
    // Subscribed at 2 s on both shards, again at 5 min 2 s and at 10 min 2 s.
    expect(sim.consumerApps[0]!.stats.subscriptions).toBe(6);
  });

  it('registers on switching to enhanced and deregisters on switching back or removal', () => {
    const sim = demo();
    addConsumerApp(sim, app('dash'));
    expect(sim.streams.demo!.consumers).toEqual([]);
    updateConsumerApp(sim, 'dash', { fanOut: 'enhanced' });
    expect(sim.streams.demo!.consumers.map((c) => c.name)).toEqual(['dash']);
    updateConsumerApp(sim, 'dash', { fanOut: 'shared' });
    expect(sim.streams.demo!.consumers).toEqual([]);
    updateConsumerApp(sim, 'dash', { fanOut: 'enhanced' });
    removeConsumerApp(sim, 'dash');
    expect(sim.streams.demo!.consumers).toEqual([]);
  });

  it('refuses a 21st consumer without adding the application', () => {
    const sim = demo();
    for (let i = 0; i < 20; i++) {
      registerConsumer(sim, 'demo', `c${i}`);
      if (i % 5 === 4) advance(sim, sim.now + 2_000);
    }
    expect(error(() => addConsumerApp(sim, app('late', { fanOut: 'enhanced' }))).name).toBe('LimitExceededException');
    expect(sim.consumerApps).toEqual([]);
  });
});

describe('efo-vs-shared scenario', () => {
  it('three polling readers fall behind; switched to enhanced fan-out, all three keep up', () => {
    const scenario = loadScenarioFile('efo-vs-shared');
    const sim = startScenario(scenario);
    advance(sim, sim.now + 60_000);
    const unmet = () => sim.consumerApps.filter((a) => Math.max(...a.leases.map((l) => l.iteratorAgeMs)) > 2_000);
    expect(unmet().length).toBeGreaterThanOrEqual(2);
    for (const a of sim.consumerApps) updateConsumerApp(sim, a.config.name, { fanOut: 'enhanced' });
    advance(sim, sim.now + 120_000);
    expect(unmet()).toEqual([]);
  });
});

describe('an enhanced fan-out application whose workers hold several leases', () => {
  /** The many-consumers scenario (50 shards, 15,000 records/s) after `change`, its consumer ACTIVE. */
  function manyConsumers(change: (sim: ReturnType<typeof startScenario>) => void) {
    const sim = startScenario(loadScenarioFile('many-consumers'));
    change(sim);
    advance(sim, sim.now + 2_000);
    return sim;
  }
  /** How far each of the application's leases reads in the next minute. */
  function readInAMinute(sim: ReturnType<typeof startScenario>, name: string): number[] {
    const leases = () => sim.consumerApps.find((a) => a.config.name === name)!.leases;
    const start = leases().map((l) => l.checkpoint as number);
    advance(sim, sim.now + 60_000);
    return leases().map((l, i) => (l.checkpoint as number) - start[i]!);
  }

  it('reads all 50 shards with 10 workers of 5 leases each: all 15,000 records/s, not 12,000', () => {
    const sim = manyConsumers((s) => updateConsumerApp(s, 'billing', { fanOut: 'enhanced' }));
    const read = readInAMinute(sim, 'billing');
    const billing = sim.consumerApps[0]!;
    // Each shard takes 300 records/s, pushed to its subscription every 200 ms. Before the fix each
    // worker's fifth lease (shards 40–49) was never read and the application fell behind by 3,000/s.
    expect(read).toEqual(Array(50).fill(18_000));
    expect(billing.leases.map((l) => l.iteratorAgeMs)).toEqual(Array(50).fill(0));
    expect(billing.stats.subscriptions).toBe(50);
    expect(billing.stats.readThrottles).toBe(0);
  });

  it('reads all 50 shards with one worker, which its processing cost still limits to 10,000 records/s', () => {
    const oneWorker = (processingMsPerRecord: number) =>
      manyConsumers((s) =>
        addConsumerApp(s, { ...app('solo', { stream: 'telemetry', processingMsPerRecord }), fanOut: 'enhanced' }),
      );
    // At 0.05 ms a record the 15,000 records/s are 750 ms of work a second: it keeps up.
    const fast = oneWorker(0.05);
    const fastRead = readInAMinute(fast, 'solo');
    expect(Math.min(...fastRead)).toBe(17_955);
    expect(fastRead.reduce((a, b) => a + b, 0)).toBe(898_920);
    expect(maxIteratorAge(fast.consumerApps[4]!)).toBe(150);
    // At 0.1 ms they are 1.5 s of work a second: every shard is still read, but only 10,000 records a
    // second are processed and the lag grows (before the fix, shards 4–49 were never read at all).
    const slow = oneWorker(0.1);
    const slowRead = readInAMinute(slow, 'solo');
    expect(Math.min(...slowRead)).toBe(9_532);
    expect(slowRead.reduce((a, b) => a + b, 0)).toBe(599_499);
    expect(maxIteratorAge(slow.consumerApps[4]!)).toBe(28_600);
  });
});

describe('a stream consumer shared with a Lambda mapping', () => {
  it('stays registered when the application that registered it goes', () => {
    const sim = demo();
    addConsumerApp(sim, app('dash', { fanOut: 'enhanced' }));
    advance(sim, sim.now + 2_000);
    applyCommand(sim, {
      type: 'lambda/createFunction',
      config: { name: 'enrich', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } },
    });
    applyCommand(sim, {
      type: 'lambda/createMapping',
      config: { functionName: 'enrich', stream: 'demo', startingPosition: 'LATEST', consumerName: 'dash' },
    });
    removeConsumerApp(sim, 'dash');
    expect(sim.streams.demo!.consumers.map((c) => c.name)).toEqual(['dash']);
  });
});
