import { describe, expect, it } from 'vitest';
import { advance } from '../advance';
import { addConsumerApp } from '../consumers';
import type { ConsumerAppConfig } from '../consumerTypes';
import { createSimulation } from '../createSimulation';
import { addProducer } from '../producers';
import { registerConsumer } from '../streamSettings';
import { createStream } from '../streams';
import { testProducer } from '../testing/testProducer';
import type { SimState } from '../types';
import { createEventSourceMapping } from './eventSourceMappings';
import { createFunction } from './functions';
import type { EventSourceMapping } from './lambdaTypes';
import { eventsOf } from './testing/lambdaSetup';

const pollingApp = (name: string): ConsumerAppConfig => ({
  name,
  stream: 'demo',
  workers: 1,
  pollIntervalMs: 200,
  maxRecords: 10_000,
  processingMsPerRecord: 0,
  initialPosition: 'LATEST',
  enabled: true,
});

/**
 * A one-shard stream `demo` taking 200 records/s of 1,000 bytes, three polling applications that each
 * want 5 GetRecords a second (so the shard's 5 calls/s are saturated), and optionally a function whose
 * mapping reads through the stream consumer `fan` (enhanced) or polls (shared).
 */
function crowdedShard(reader: 'none' | 'enhanced' | 'shared'): { sim: SimState; mapping: EventSourceMapping | null } {
  const sim = createSimulation({ seed: 11 });
  createStream(sim, { name: 'demo', shardCount: 1 });
  // Registered first, as on AWS, so the consumer is ACTIVE by the time the mapping is created.
  if (reader === 'enhanced') registerConsumer(sim, 'demo', 'fan');
  advance(sim, sim.now + 2_000);
  addProducer(
    sim,
    testProducer({
      rate: { kind: 'constant', recordsPerSecond: 200 },
      size: { kind: 'fixed', bytes: 1000 },
      keys: { kind: 'uuid' },
    }),
  );
  for (const name of ['a', 'b', 'c']) addConsumerApp(sim, pollingApp(name));
  let mapping: EventSourceMapping | null = null;
  if (reader !== 'none') {
    createFunction(sim, { name: 'fn', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } });
    mapping = createEventSourceMapping(sim, {
      functionName: 'fn',
      stream: 'demo',
      startingPosition: 'LATEST',
      consumerName: reader === 'enhanced' ? 'fan' : null,
    });
  }
  advance(sim, sim.now + 60_000);
  return { sim, mapping };
}

describe('an event source mapping through an enhanced fan-out consumer', () => {
  it('keeps up on a shard whose 5 GetRecords calls/s are saturated, and takes none of them', () => {
    const alone = crowdedShard('none');
    const enhanced = crowdedShard('enhanced');
    const shared = crowdedShard('shared');
    const shardOf = (sim: SimState) => sim.streams.demo!.shards[0]!;
    const throttles = (sim: SimState) => sim.consumerApps.map((a) => a.stats.readThrottles);

    // Three pollers wanting 15 calls/s get 5: two of every three polls are refused.
    // Three pollers wanting 15 calls/s share 5: they are refused 590 times in a minute.
    expect(shardOf(alone.sim).stats.readThrottles).toBe(590);
    expect(throttles(alone.sim)).toEqual([177, 177, 236]);
    // Pushed records use the mapping's own pipe: the pollers see exactly the shard they saw without it.
    expect(throttles(enhanced.sim)).toEqual(throttles(alone.sim));
    expect(shardOf(enhanced.sim).stats.readThrottles).toBe(shardOf(alone.sim).stats.readThrottles);
    expect(shardOf(enhanced.sim).read).toEqual(shardOf(alone.sim).read);
    const efo = enhanced.mapping!;
    expect(efo.stats.readThrottles).toBe(0);
    expect(efo.stats.subscriptions).toBe(1);
    expect(efo.stats.processedRecords).toBe(11_960);
    // Records waited out the mapping's Creating second; from then on each push is at most 200 ms old.
    const [creating, ...enabled] = efo.iteratorAgeSeries.values;
    expect(creating).toBe(1_000);
    expect(Math.max(...enabled)).toBe(200);

    // The same mapping polling once a second queues for the 5 calls with the pollers and nearly always
    // loses: 59 refused reads, two batches in a minute, and a minute behind.
    const polled = shared.mapping!;
    expect(polled.stats.readThrottles).toBe(59);
    expect(polled.stats.invocations).toBe(2);
    expect(polled.stats.processedRecords).toBe(200);
    expect(Math.max(...polled.iteratorAgeSeries.values)).toBe(59_000);
    expect(shardOf(shared.sim).stats.readThrottles).toBe(651);
  });

  it('is refused, in Lambda’s words, when the named stream consumer is not registered', () => {
    const sim = createSimulation({ seed: 3 });
    createStream(sim, { name: 'demo', shardCount: 1 });
    createFunction(sim, { name: 'fn', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } });
    expect(() =>
      createEventSourceMapping(sim, {
        functionName: 'fn',
        stream: 'demo',
        startingPosition: 'LATEST',
        consumerName: 'missing',
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'InvalidParameterValueException',
        message:
          'Stream consumer not found: missing under arn:aws:kinesis:us-east-1:000000000000:stream/demo. Register it first (RegisterStreamConsumer); the mapping reads through it once it is ACTIVE.',
      }),
    );
    expect(sim.lambda!.mappings).toHaveLength(0);
  });

  it('delivers nothing until its consumer is ACTIVE, then pushes every 200 ms', () => {
    const sim = createSimulation({ seed: 3 });
    createStream(sim, { name: 'demo', shardCount: 1 });
    advance(sim, sim.now + 2_000);
    addProducer(sim, testProducer({ rate: { kind: 'constant', recordsPerSecond: 100 }, keys: { kind: 'uuid' } }));
    createFunction(sim, { name: 'fn', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } });
    const start = sim.now;
    registerConsumer(sim, 'demo', 'fan');
    const mapping = createEventSourceMapping(sim, {
      functionName: 'fn',
      stream: 'demo',
      startingPosition: 'TRIM_HORIZON',
      consumerName: 'fan',
    });
    expect(mapping.consumerArn).toBe('arn:aws:kinesis:us-east-1:000000000000:stream/demo/consumer/fan:1767225602');
    // The mapping is Enabled after one second, the consumer ACTIVE after two.
    advance(sim, start + 1_950);
    expect(mapping.state).toBe('Enabled');
    expect(sim.streams.demo!.consumers[0]!.status).toBe('CREATING');
    expect(eventsOf(sim, 'lambda/invoked')).toHaveLength(0);
    expect(mapping.iteratorAgeMs).toBe(0);
    advance(sim, start + 3_000);
    // The two seconds of backlog first (two full batches of 100), then 20 records pushed every 200 ms.
    const invoked = eventsOf(sim, 'lambda/invoked').map((e) => [
      e.at - start,
      e.type === 'lambda/invoked' ? e.records : 0,
    ]);
    expect(invoked).toEqual([
      [2_000, 100],
      [2_100, 100],
      [2_200, 20],
      [2_400, 20],
      [2_600, 20],
      [2_800, 20],
      [3_000, 20],
    ]);
    expect(mapping.stats.processedRecords).toBe(280);
  });
});
