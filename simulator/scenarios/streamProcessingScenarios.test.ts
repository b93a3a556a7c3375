import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { updateProducer } from '../engine/producers';
import { splitShard } from '../engine/resharding';
import { shardRows } from '../views/shardRows';
import { checkGoal } from './checkGoal';
import { startScenario } from './loadScenario';
import { loadScenarioFile } from './testing/loadScenarioFile';

// The story of the stream-processing chapter's scenario: the stream a Flink job would read.

const scenario = loadScenarioFile('ride-events-hot-city');
const useOf = (sim: ReturnType<typeof startScenario>) =>
  shardRows(sim, 'ride-events').map((r) => [r.shardId, r.open, Math.round(r.writeUtilization * 100)]);

describe('ride-events-hot-city', () => {
  it('keying by city sends São Paulo to one shard, which throttles and drops almost 4 in 10 of its events', () => {
    const sim = startScenario(scenario);
    advance(sim, sim.now + 5_000);
    // 1,300 São Paulo events plus about 406 from the other cities that share its shard, against 1,000 records/s.
    expect(useOf(sim)).toEqual([
      ['shardId-000000000000', true, 43],
      ['shardId-000000000001', true, 171],
      ['shardId-000000000002', true, 33],
      ['shardId-000000000003', true, 33],
    ]);
    const hot = shardRows(sim, 'ride-events')[1]!;
    expect(hot.incomingRecords).toBe(1_000);
    expect(hot.throttledRecords).toBeGreaterThanOrEqual(706);
    expect(hot.throttledRecords).toBeLessThanOrEqual(707);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => c.met)).toEqual([false, true, true]);

    // Five minutes: the length of the alert's window. Nothing retries, so what is throttled is gone.
    advance(sim, sim.now + 295_000);
    const [saoPaulo] = sim.producers;
    expect(saoPaulo!.stats).toMatchObject({ attempted: 390_000, accepted: 239_187, dropped: 150_813 });
    // The reader standing in for the Flink source keeps up: the loss is at the write, not in lag.
    expect(shardRows(sim, 'ride-events').map((r) => r.iteratorAges[0]!.ms)).toEqual([0, 0, 0, 0]);
    expect(sim.consumerApps[0]!.stats.lostRecords).toBe(0);
  });

  it('splitting the hot shard does not help: the one key lands on one child, and a fifth shard breaks the goal', () => {
    const sim = startScenario(scenario);
    advance(sim, sim.now + 5_000);
    const shard = sim.streams['ride-events']!.shards[1]!;
    const middle = (BigInt(shard.hashKeyStart) + BigInt(shard.hashKeyEnd) + 1n) / 2n;
    splitShard(sim, 'ride-events', 'shardId-000000000001', middle.toString());
    advance(sim, sim.now + 10_000);
    expect(useOf(sim)).toEqual([
      ['shardId-000000000000', true, 43],
      ['shardId-000000000001', false, 0],
      ['shardId-000000000002', true, 33],
      ['shardId-000000000003', true, 33],
      ['shardId-000000000004', true, 18],
      ['shardId-000000000005', true, 153],
    ]);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => [c.met, c.detail])).toEqual([
      [false, 'shardId-000000000005 throttled 529 records in the last second'],
      [true, 'rides-sao-paulo sends 1300 user records/s (≥ 1300).'],
      [false, 'ride-events has 5 open shards > 4'],
    ]);
  });

  it('slowing São Paulo down is not a fix: the goal wants every event', () => {
    const sim = startScenario(scenario);
    updateProducer(sim, 'rides-sao-paulo', { rate: { kind: 'constant', recordsPerSecond: 550 } });
    advance(sim, sim.now + 5_000);
    expect(checkGoal(sim, scenario.goal!.constraints).map((c) => [c.met, c.detail])).toEqual([
      [true, 'No shard of ride-events throttled writes in the last second.'],
      [false, 'rides-sao-paulo sends 550 user records/s < 1300 user records/s'],
      [true, 'ride-events has 4 open shards (≤ 4).'],
    ]);
  });

  it('a key with many values (a ride id) spreads São Paulo over all four shards, and the goal holds', () => {
    const sim = startScenario(scenario);
    advance(sim, sim.now + 30_000);
    expect(checkGoal(sim, scenario.goal!.constraints)[0]!.met).toBe(false);
    updateProducer(sim, 'rides-sao-paulo', { keys: { kind: 'uuid' } });
    advance(sim, sim.now + 2_000);
    expect(useOf(sim)).toEqual([
      ['shardId-000000000000', true, 76],
      ['shardId-000000000001', true, 73],
      ['shardId-000000000002', true, 66],
      ['shardId-000000000003', true, 66],
    ]);
    // It keeps holding, second after second: the playground solves the challenge after a minute of this.
    for (let i = 0; i < 60; i++) {
      advance(sim, sim.now + 1_000);
      expect(checkGoal(sim, scenario.goal!.constraints).every((c) => c.met)).toBe(true);
    }
  });
});
