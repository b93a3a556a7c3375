import { describe, expect, it } from 'vitest';
import { advance } from '@/simulator/engine/advance';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import { loadScenarioFile } from '@/simulator/scenarios/testing/loadScenarioFile';
import { trafficOf } from '@/simulator/views/traffic';
import { dotRadius, MAX_DOTS, recordsPerDotFor, TrafficModel, travelMs } from './trafficModel';

const HOT_SHARD = 'shard:game-events:shardId-000000000001';

/** The hot-key scenario after `seconds` of running, sampled into a fresh model. */
function hotKey(seconds: number) {
  const sim = startScenario(loadScenarioFile('hot-key'));
  const model = new TrafficModel();
  model.sample(trafficOf(sim));
  advance(sim, sim.now + seconds * 1000);
  model.sample(trafficOf(sim));
  return { sim, model };
}

/** Advances the model by `ms` in 60 frames a second. */
function run(model: TrafficModel, ms: number) {
  for (let t = 0; t < ms; t += 1000 / 60) model.advance(1000 / 60);
}

describe('the traffic model', () => {
  it('picks 1, 2, 5 × 10ⁿ records per dot: at most 10 dots a second on the busiest wire, 80 on all', () => {
    expect([0, 10, 11, 1500, 15_000, 60_000].map((r) => recordsPerDotFor(r))).toEqual([1, 1, 2, 200, 2000, 10_000]);
    // Fifteen producers of 1,000 records/s and four readers of all of it: 75,000 records/s in all.
    expect(recordsPerDotFor(1000, 75_000)).toBe(1000);
  });

  it('sizes and times dots by bytes: bigger records are bigger dots, fuller wires move faster', () => {
    expect(dotRadius(100)).toBeCloseTo(3.33, 2);
    expect(dotRadius(1024 * 1024)).toBe(5);
    expect(travelMs(0)).toBe(2400);
    expect(travelMs(1024 * 1024)).toBe(1440);
  });

  it('sends a hot key’s dots to its one shard, a third of them throttled, 1,500 records/s at 200 a dot', () => {
    const { model } = hotKey(3);
    expect(model.recordsPerDot).toBe(200);
    run(model, 1000);
    // 7.5 dots a second; a dot takes 2.2 s at 450,000 B/s, so none has arrived yet after one second.
    expect(model.dots).toHaveLength(7);
    expect(new Set(model.dots.map((d) => d.to))).toEqual(new Set([HOT_SHARD]));
    const throttled = model.dots.filter((d) => d.kind === 'throttled').length;
    expect(throttled).toBeGreaterThan(0);
    expect(throttled).toBeLessThan(7);
  });

  it('turns a throttled dot back at the shard and drops it when it is home', () => {
    const { model } = hotKey(3);
    run(model, 20_000);
    const back = model.dots.filter((d) => d.back);
    expect(back.length).toBeGreaterThan(0);
    expect(back.every((d) => d.kind === 'throttled')).toBe(true);
    // Written dots live one way (about 2.2 s), throttled ones both ways: the wire holds a steady number.
    expect(model.dots.length).toBeLessThan(7.5 * 2.2 * 2 + 2);
  });

  it('derives read rates from how far readers moved between two samples', () => {
    const sim = startScenario(loadScenarioFile('consumer-falls-behind'));
    advance(sim, sim.now + 60_000);
    const model = new TrafficModel();
    model.sample(trafficOf(sim));
    const before = trafficOf(sim).reads[0]!.shards[0]!.cursor;
    advance(sim, sim.now + 60_000);
    model.sample(trafficOf(sim));
    const after = trafficOf(sim).reads[0]!.shards[0]!.cursor;
    expect(model.readRates()).toEqual([
      {
        reader: 'consumer:analytics',
        shard: 'shard:sensors:shardId-000000000000',
        recordsPerSecond: (after - before) / 60,
      },
    ]);
    expect(model.backlog.get('consumer:analytics')!.records).toBe(trafficOf(sim).reads[0]!.shards[0]!.backlog);
  });

  it('lets nothing new out without a sample, and never more than MAX_DOTS at once', () => {
    const idle = new TrafficModel();
    idle.advance(1000);
    expect(idle.dots).toEqual([]);
    const sim = startScenario(loadScenarioFile('many-consumers'));
    const model = new TrafficModel();
    model.sample(trafficOf(sim));
    advance(sim, sim.now + 2000);
    model.sample(trafficOf(sim));
    // Shrink the dot's worth so the cap is what binds.
    model.recordsPerDot = 1;
    run(model, 2000);
    expect(model.dots.length).toBe(MAX_DOTS);
  });
});
