import { describe, expect, it } from 'vitest';
import { advance } from './advance';
import { createSimulation } from './createSimulation';
import { addProducer, updateProducer } from './producers';
import type { ProducerConfig } from './producerTypes';
import { openShards } from './shards';
import { createStream } from './streams';
import { testProducer } from './testing/testProducer';

const MINUTE = 60_000;

function onDemandStream() {
  const sim = createSimulation({ seed: 2 });
  createStream(sim, { name: 'od', mode: 'ON_DEMAND' });
  advance(sim, sim.now + 2000);
  return sim;
}

const load = (recordsPerSecond: number, keys: ProducerConfig['keys'] = { kind: 'uuid' }) =>
  testProducer({ id: 'load', stream: 'od', rate: { kind: 'constant', recordsPerSecond }, keys });

const throttledIn = (sim: ReturnType<typeof onDemandStream>, from: number) =>
  sim.metrics.od!.perSecond.WriteProvisionedThroughputExceeded!.values.slice(-from).reduce((a, b) => a + b, 0);

describe('on-demand capacity', () => {
  it('starts with 4 shards and scales to twice the peak at the next 15-minute step', () => {
    const sim = onDemandStream();
    expect(openShards(sim.streams.od!)).toHaveLength(4);
    addProducer(sim, load(3000));
    advance(sim, sim.now + 16 * MINUTE);
    // 3,000 records/s peak → capacity for 6,000 records/s = 6 shards.
    expect(openShards(sim.streams.od!)).toHaveLength(6);
    expect(throttledIn(sim, 60)).toBe(0);
  });

  it('absorbs a doubling but throttles a sharper rise until the next step', () => {
    const sim = onDemandStream();
    addProducer(sim, load(3000));
    advance(sim, sim.now + 16 * MINUTE);
    updateProducer(sim, 'load', { rate: { kind: 'constant', recordsPerSecond: 6000 } });
    advance(sim, sim.now + MINUTE);
    expect(throttledIn(sim, 60)).toBe(0);
    updateProducer(sim, 'load', { rate: { kind: 'constant', recordsPerSecond: 9000 } });
    advance(sim, sim.now + MINUTE);
    expect(throttledIn(sim, 60)).toBeGreaterThan(0);
    advance(sim, sim.now + 15 * MINUTE);
    expect(openShards(sim.streams.od!).length).toBeGreaterThanOrEqual(18);
    expect(throttledIn(sim, 60)).toBe(0);
  });

  it("still throttles a hot key at one shard's limit", () => {
    const sim = onDemandStream();
    addProducer(sim, load(1500, { kind: 'constant', key: 'hot' }));
    advance(sim, sim.now + 40 * MINUTE);
    expect(throttledIn(sim, 60)).toBe(500 * 60);
  });
});
