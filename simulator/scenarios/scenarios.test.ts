import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { addConsumerApp, maxIteratorAge } from '../engine/consumers';
import { getRecords } from '../engine/getRecords';
import { getShardIterator } from '../engine/iterators';
import { syntheticRecords } from '../engine/materialize';
import { updateProducer } from '../engine/producers';
import { splitShard, updateShardCount } from '../engine/resharding';
import { checkGoal } from './checkGoal';
import { parseScenario, startScenario } from './loadScenario';
import { loadScenarioFile } from './testing/loadScenarioFile';

const dir = path.join(import.meta.dirname, '../../content/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

const load = loadScenarioFile;

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

  it('KPL aggregation: 4,000 small events throttle on records, not bytes; aggregating by 4 fits one shard, adding shards does not count', () => {
    const scenario = load('kpl-aggregation');
    const goal = scenario.goal!.constraints;
    const sim = startScenario(scenario);
    advance(sim, sim.now + 10_000);
    const perSecond = sim.metrics['game-events']!.perSecond;
    expect(perSecond.IncomingRecords!.values.at(-1)).toBe(1000);
    expect(perSecond.IncomingBytes!.values.at(-1)).toBe(100_000);
    expect(checkGoal(sim, goal).map((c) => c.detail)).toEqual([
      'shardId-000000000000 throttled 3000 records in the last second',
      'game-events has 1 open shard (≤ 1).',
      'game-clients sends 4000 user records/s (≥ 4000).',
    ]);

    // Four shards take the 4,000 records, but that is the fix the goal rules out.
    const scaled = startScenario(scenario);
    updateShardCount(scaled, 'game-events', 2);
    advance(scaled, scaled.now + 5_000);
    updateShardCount(scaled, 'game-events', 4);
    advance(scaled, scaled.now + 5_000);
    expect(checkGoal(scaled, goal).map((c) => [c.met, c.detail])).toEqual([
      [true, 'No shard of game-events throttled writes in the last second.'],
      [false, 'game-events has 4 open shards > 1'],
      [true, 'game-clients sends 4000 user records/s (≥ 4000).'],
    ]);

    // Sending fewer events does not count either.
    updateProducer(sim, 'game-clients', { rate: { kind: 'constant', recordsPerSecond: 1000 } });
    advance(sim, sim.now + 2_000);
    expect(checkGoal(sim, goal)[2]).toMatchObject({
      met: false,
      detail: 'game-clients sends 1000 user records/s < 4000 user records/s',
    });

    updateProducer(sim, 'game-clients', {
      rate: { kind: 'constant', recordsPerSecond: 4000 },
      aggregation: { maxUserRecordsPerRecord: 4 },
    });
    const stats = sim.consumerApps[0]!.stats;
    const before = { records: stats.processedRecords, users: stats.processedUserRecords };
    advance(sim, sim.now + 10_000);
    expect(checkGoal(sim, goal).every((c) => c.met)).toBe(true);
    // 1,000 records/s of 4 × (100 + 8) + 20 = 452 bytes: at the record limit, under half the byte limit.
    expect(perSecond.IncomingRecords!.values.at(-1)).toBe(1000);
    expect(perSecond.IncomingBytes!.values.at(-1)).toBe(452_000);
    // The leaderboard de-aggregates, as KCL does: 10 s of 4,000 events arrive as 10,000 records.
    expect([stats.processedRecords - before.records, stats.processedUserRecords - before.users]).toEqual([
      10_000, 40_000,
    ]);
  });

  it('many consumers: four applications keep up on 50 shards; six exceed 5 GetRecords/s per shard and fall behind', () => {
    const scenario = load('many-consumers');
    const sim = startScenario(scenario);
    advance(sim, sim.now + 60_000);
    const statuses = checkGoal(sim, scenario.goal!.constraints);
    // Ten workers each hold five of the 50 leases and read all five every second.
    expect(statuses.map((c) => c.detail)).toEqual(
      ['billing', 'fraud-checks', 'dashboards', 'archive'].map((n) => `${n} is 950 ms behind (≤ 5000 ms).`),
    );
    expect(sim.consumerApps.every((a) => a.stats.readThrottles === 0)).toBe(true);
    for (const name of ['search', 'ml-features'])
      addConsumerApp(sim, { ...scenario.consumers[0]!, name, enabled: true });
    advance(sim, sim.now + 60_000);
    // The newcomers' calls come after the original four's: on every shard one of the two is refused each
    // second, and each has shards it never reads, so both fall a second further behind every second.
    const throttled = sim.consumerApps.filter((a) => a.stats.readThrottles > 0);
    expect(throttled.map((a) => [a.config.name, maxIteratorAge(a)])).toEqual([
      ['search', 59_950],
      ['ml-features', 59_950],
    ]);
    expect(throttled.reduce((n, a) => n + a.stats.readThrottles, 0)).toBe(60 * 50);
    expect(checkGoal(sim, scenario.goal!.constraints).every((c) => c.met)).toBe(true);
  });

  it('ordering per key: the ledger finishes the parent shard before its children, one worker per child', () => {
    const scenario = load('ordering-per-key');
    const goal = scenario.goal!.constraints;
    const sim = startScenario(scenario);
    advance(sim, sim.now + 30_000);
    expect(checkGoal(sim, goal).map((c) => c.detail)).toEqual([
      'shardId-000000000000 throttled 400 records in the last second',
      'ledger has no child shards yet: no shard of payments has been split or merged',
      'ledger is 0 ms behind (≤ 10000 ms).',
    ]);
    const shard = sim.streams.payments!.shards[0]!;
    splitShard(
      sim,
      'payments',
      'shardId-000000000000',
      ((BigInt(shard.hashKeyStart) + BigInt(shard.hashKeyEnd) + 1n) / 2n).toString(),
    );
    advance(sim, sim.now + 2_000);
    expect(checkGoal(sim, goal)[1]!.detail).toBe(
      'ledger is still finishing shardId-000000000000 (2000 records left) before its children shardId-000000000001, shardId-000000000002',
    );
    advance(sim, sim.now + 38_000);
    expect(checkGoal(sim, goal).map((c) => [c.met, c.detail])).toEqual([
      [true, 'No shard of payments throttled writes in the last second.'],
      [
        true,
        'ledger finished shardId-000000000000 before reading its children shardId-000000000001, shardId-000000000002.',
      ],
      // Its lag rises and falls with each batch; 40 s after the split it is about a second.
      [true, 'ledger is 1000 ms behind (≤ 10000 ms).'],
    ]);
    const leaseEvents = sim.events
      .filter((e) => e.type.startsWith('lease/'))
      .map((e) => [e.at - sim.events[0]!.at, e.type, e.shard, e.worker]);
    expect(leaseEvents).toEqual([
      [3_000, 'lease/taken', 'shardId-000000000000', 'worker-1'],
      // Split at 32 s, ACTIVE at 34 s: the ledger's worker is still busy with a batch taken before the
      // split and reaches the parent's end at 39.15 s; only then are the children leased.
      [39_150, 'lease/shardEnded', 'shardId-000000000000', undefined],
      [40_000, 'lease/taken', 'shardId-000000000001', 'worker-1'],
      [40_000, 'lease/taken', 'shardId-000000000002', 'worker-2'],
    ]);

    // Read through GetRecords, each account's payments sit in exactly one child, and that key's
    // payments in the parent all arrived before any of them in the child.
    const read = (id: string, timestamp?: number) => {
      const type = timestamp === undefined ? 'TRIM_HORIZON' : 'AT_TIMESTAMP';
      const iterator = getShardIterator(sim, { stream: 'payments', shardId: id, type, timestamp });
      return getRecords(sim, iterator, 10_000, syntheticRecords(sim));
    };
    // The parent's last 5 seconds, to its end (every one of the 200 accounts pays several times in them).
    const tail = read('shardId-000000000000', shard.createdAt + 27_000);
    expect(tail.nextShardIterator).toBeNull();
    const parent = tail.records;
    const children = ['shardId-000000000001', 'shardId-000000000002'].map((id) => read(id).records);
    const keysOf = (records: { partitionKey: string }[]) => new Set(records.map((r) => r.partitionKey));
    const [left, right] = children.map(keysOf);
    expect([...left!].filter((k) => right!.has(k))).toEqual([]);
    const lastInParent = new Map(parent.map((r) => [r.partitionKey, r.arrival]));
    for (const record of children.flat())
      expect(record.arrival).toBeGreaterThan(lastInParent.get(record.partitionKey) ?? -Infinity);
    expect([keysOf(parent).size, left!.size + right!.size]).toEqual([200, 200]);
  });
});
