import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { splitShard } from '../engine/resharding';
import { checkGoal } from './checkGoal';
import { parseScenario, startScenario } from './loadScenario';
import type { Scenario } from './scenarioSchema';

const dir = path.join(import.meta.dirname, '../../content/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function load(id: string): Scenario {
  const result = parseScenario(JSON.parse(readFileSync(path.join(dir, `${id}.json`), 'utf8')), `${id}.json`);
  if (!result.ok) throw new Error(result.error);
  return result.scenario;
}

describe('content/scenarios', () => {
  it.each(files)('%s is a valid scenario whose id is a slug', (file) => {
    expect(file).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.json$/);
    const result = parseScenario(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), file);
    expect(result.ok ? 'ok' : result.error).toBe('ok');
  });
});

describe('parseScenario', () => {
  it('explains what is wrong and where', () => {
    const scenario = load('hot-key');
    const broken = {
      ...scenario,
      producers: [{ ...scenario.producers[0]!, rate: { kind: 'constant', recordsPerSecond: -5 } }],
    };
    const result = parseScenario(broken, 'link');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatch(/^link is not a valid scenario:\n- producers\.0\.rate\.recordsPerSecond: Too small/);
    const orphan = parseScenario(
      { ...scenario, producers: [{ ...scenario.producers[0]!, stream: 'elsewhere' }] },
      'link',
    );
    expect(orphan).toEqual({
      ok: false,
      error: 'link: producers.0.stream names "elsewhere", which the scenario does not create.',
    });
    expect(parseScenario('nonsense', 'x.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^x\.json is not a valid scenario/),
    });
  });
});

describe('scenario goals', () => {
  it('hot key: one shard throttles 500 records/s until the key is fixed; splitting does not help', () => {
    const scenario = load('hot-key');
    const sim = startScenario(scenario);
    advance(sim, sim.now + 10_000);
    const [status] = checkGoal(sim, scenario.goal!.constraints);
    expect(status).toMatchObject({
      met: false,
      detail: expect.stringMatching(/^shardId-00000000000\d throttled 500 records in the last second$/),
    });
    const hot = status!.detail.slice(0, 20);
    const shard = sim.streams['game-events']!.shards.find(
      (s) => `shardId-${String(s.index).padStart(12, '0')}` === hot,
    )!;
    const mid = (BigInt(shard.hashKeyStart) + BigInt(shard.hashKeyEnd) + 1n) / 2n;
    splitShard(sim, 'game-events', hot, mid.toString());
    advance(sim, sim.now + 10_000);
    expect(checkGoal(sim, scenario.goal!.constraints)[0]!.met).toBe(false);
    sim.producers[0]!.config = { ...sim.producers[0]!.config, keys: { kind: 'uuid' } };
    advance(sim, sim.now + 2_000);
    expect(checkGoal(sim, scenario.goal!.constraints)[0]).toMatchObject({ met: true });
  });

  it('under-provisioned: says by how much each shard is over', () => {
    const scenario = load('under-provisioned');
    const sim = startScenario(scenario);
    advance(sim, sim.now + 5_000);
    const [status] = checkGoal(sim, scenario.goal!.constraints);
    expect(status!.met).toBe(false);
    expect(status!.detail).toMatch(
      /^shardId-000000000000 writes 1[45]\d\d records\/s > 800 records\/s; shardId-000000000001 writes 1[45]\d\d records\/s > 800 records\/s$/,
    );
  });

  it('consumer falls behind: iterator age fails first, data loss after retention', () => {
    const scenario = load('consumer-falls-behind');
    const sim = startScenario(scenario);
    advance(sim, sim.now + 3_600_000);
    const [age, loss] = checkGoal(sim, scenario.goal!.constraints);
    expect(age).toMatchObject({ met: false, detail: expect.stringMatching(/^analytics is \d+ ms behind > 60000 ms$/) });
    expect(loss!.met).toBe(true);
    advance(sim, sim.now + 40 * 3_600_000);
    expect(checkGoal(sim, scenario.goal!.constraints)[1]).toMatchObject({
      met: false,
      detail: expect.stringMatching(/^analytics lost \d+ records that expired before it read them$/),
    });
  });

  it('split the hot shard: splitting the busiest shard at its middle meets the goal', () => {
    const scenario = load('split-hot-shard');
    const sim = startScenario(scenario);
    advance(sim, sim.now + 5_000);
    const [before] = checkGoal(sim, scenario.goal!.constraints);
    expect(before!.met).toBe(false);
    expect(before!.detail).toMatch(/^shardId-000000000002 writes 11\d\d records\/s > 1000 records\/s$/);
    const shard = sim.streams.catalogue!.shards[2]!;
    splitShard(
      sim,
      'catalogue',
      'shardId-000000000002',
      ((BigInt(shard.hashKeyStart) + BigInt(shard.hashKeyEnd) + 1n) / 2n).toString(),
    );
    advance(sim, sim.now + 5_000);
    expect(checkGoal(sim, scenario.goal!.constraints)[0]).toMatchObject({ met: true });
  });

  it('on-demand burst: throttled until the next capacity step, then scaled out', () => {
    const sim = startScenario(load('on-demand-burst'));
    advance(sim, sim.now + 60_000);
    expect(sim.metrics['flash-sale']!.perSecond.WriteProvisionedThroughputExceeded!.values.at(-1)).toBe(5000);
    advance(sim, sim.now + 15 * 60_000);
    expect(sim.streams['flash-sale']!.shards.filter((s) => s.closedAt === null)).toHaveLength(18);
    expect(sim.metrics['flash-sale']!.perSecond.WriteProvisionedThroughputExceeded!.values.at(-1)).toBe(0);
  });

  it('shared reads: two polling consumers run into the shard read limits', () => {
    const sim = startScenario(load('shared-reads'));
    advance(sim, sim.now + 30_000);
    const throttles = sim.consumerApps.reduce((sum, a) => sum + a.stats.readThrottles, 0);
    expect(throttles).toBeGreaterThan(0);
    expect(sim.consumerApps.every((a) => a.stats.processedRecords > 0)).toBe(true);
  });
});
