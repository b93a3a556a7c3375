import { describe, expect, it } from 'vitest';
import { advance } from './advance';
import { createSimulation } from './createSimulation';
import { addProducer } from './producers';
import { setEnhancedMonitoring } from './streamSettings';
import { createStream } from './streams';
import { testProducer } from './testing/testProducer';

describe('CloudWatch metrics', () => {
  it('records stream metrics every second and minute, and shard metrics only with enhanced monitoring', () => {
    const sim = createSimulation({ seed: 1 });
    createStream(sim, { name: 'demo', shardCount: 2 });
    advance(sim, sim.now + 2000);
    addProducer(sim, testProducer({ size: { kind: 'fixed', bytes: 200 }, keys: { kind: 'constant', key: 'user-1' } }));
    advance(sim, sim.now + 58_000);
    expect(sim.metrics.demo!.shards).toEqual({});
    setEnhancedMonitoring(sim, 'demo', ['IncomingRecords', 'WriteProvisionedThroughputExceeded'], true);
    advance(sim, sim.now + 60_000);
    const m = sim.metrics.demo!;
    expect(m.perSecond.IncomingBytes!.values.at(-1)).toBe(200_000);
    // The first whole minute after the producer started (58 of its 60 seconds had traffic).
    expect(m.perMinute.IncomingRecords!.values).toEqual([58_000, 60_000]);
    expect(m.perMinute.WriteProvisionedThroughputExceeded!.values).toEqual([29_000, 30_000]);
    // user-1 hashes into the second shard.
    expect(m.shards['shardId-000000000001']!.IncomingRecords!.values.at(-1)).toBe(1000);
    expect(m.shardMinutes['shardId-000000000001']!.WriteProvisionedThroughputExceeded!.values).toEqual([30_000]);
    expect(m.shards['shardId-000000000000']!.IncomingRecords!.values.at(-1)).toBe(0);
    expect(m.shards['shardId-000000000000']!.OutgoingBytes).toBeUndefined();
  });
});
