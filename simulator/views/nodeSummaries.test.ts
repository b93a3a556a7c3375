import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { addConsumerApp } from '../engine/consumers';
import { addProducer, removeProducer } from '../engine/producers';
import { updateShardCount } from '../engine/resharding';
import { startScenario } from '../scenarios/loadScenario';
import { consumerSummary, describeKeys, producerSummary, streamSummary } from './nodeSummaries';
import { loadScenarioFile } from '../scenarios/testing/loadScenarioFile';

const load = loadScenarioFile;

const HOUR = 3_600_000;

describe('describeKeys', () => {
  it('says each key strategy in a few words', () => {
    expect(describeKeys({ kind: 'uuid' })).toBe('random UUID keys');
    expect(describeKeys({ kind: 'constant', key: 'leaderboard' })).toBe('constant key "leaderboard"');
    expect(describeKeys({ kind: 'uniform', count: 20_000 })).toBe('20,000 keys, even');
    expect(describeKeys({ kind: 'zipf', count: 1000, exponent: 1.2 })).toBe('1,000 keys, Zipf 1.2');
    expect(describeKeys({ kind: 'explicitHash', hashKey: '0' })).toBe('one explicit hash key');
  });
});

describe('producerSummary', () => {
  it('hot key: 1,500 records/s, 1,000 accepted and 500 throttled each second, all throttled ones dropped', () => {
    const sim = startScenario(load('hot-key'));
    // A consumer polling every 300 ms cuts each second into several engine steps, each with its own
    // throttle event: the last second's count must still add up to 500, not one step's share of it.
    addConsumerApp(sim, {
      name: 'reader',
      stream: 'game-events',
      workers: 2,
      pollIntervalMs: 300,
      maxRecords: 10_000,
      processingMsPerRecord: 0,
      initialPosition: 'TRIM_HORIZON',
      enabled: true,
    });
    advance(sim, sim.now + 3_000);
    expect(sim.events.filter((e) => e.type === 'record/throttled').length).toBeGreaterThan(3);
    expect(producerSummary(sim, 'game-servers')).toEqual({
      exists: true,
      enabled: true,
      recordsPerSecond: 1500,
      keys: 'constant key "leaderboard"',
      accepted: 3000,
      throttledLastSecond: 500,
      // No retry policy: every throttled record is given up, 500 in each of 3 seconds.
      dropped: 1500,
    });
  });

  it('adds up throttles on every shard: random keys at 3,000 records/s over two shards', () => {
    const sim = startScenario(load('under-provisioned'));
    advance(sim, sim.now + 3_000);
    // Both shards are over 1,000 records/s, so 2,000 are accepted and 1,000 throttled each second.
    expect(producerSummary(sim, 'web-frontends')).toMatchObject({
      recordsPerSecond: 3000,
      keys: 'random UUID keys',
      accepted: 6000,
      throttledLastSecond: 1000,
      dropped: 3000,
    });
  });

  it('treats a removed producer as gone, and a new one with its id as new', () => {
    const sim = startScenario(load('hot-key'));
    advance(sim, sim.now + 1_000);
    const config = sim.producers[0]!.config;
    removeProducer(sim, 'game-servers');
    expect(producerSummary(sim, 'game-servers')).toEqual({
      exists: false,
      enabled: false,
      recordsPerSecond: 0,
      keys: '',
      accepted: 0,
      throttledLastSecond: 0,
      dropped: 0,
    });
    advance(sim, sim.now + 2_000);
    addProducer(sim, { ...config, rate: { kind: 'constant', recordsPerSecond: 800 } });
    expect(producerSummary(sim, 'game-servers')).toMatchObject({ exists: true, recordsPerSecond: 800, accepted: 0 });
    advance(sim, sim.now + 1_000);
    // 800 records/s fit under the 1,000 records/s limit.
    expect(producerSummary(sim, 'game-servers')).toMatchObject({ accepted: 800, throttledLastSecond: 0, dropped: 0 });
  });
});

describe('streamSummary', () => {
  it('counts open shards and the shards that throttled in the last second', () => {
    const sim = startScenario(load('hot-key'));
    advance(sim, sim.now + 2_000);
    expect(streamSummary(sim, 'game-events')).toEqual({
      exists: true,
      status: 'ACTIVE',
      mode: 'PROVISIONED',
      openShards: 4,
      retentionHours: 24,
      throttlingShards: 1,
    });
    updateShardCount(sim, 'game-events', 8);
    expect(streamSummary(sim, 'game-events')).toMatchObject({ status: 'UPDATING', openShards: 4 });
    advance(sim, sim.now + 2_000);
    // Eight shards, but one key still goes to one shard.
    expect(streamSummary(sim, 'game-events')).toMatchObject({ status: 'ACTIVE', openShards: 8, throttlingShards: 1 });
  });

  it('describes a missing stream as deleted', () => {
    const sim = startScenario(load('hot-key'));
    expect(streamSummary(sim, 'gone')).toEqual({
      exists: false,
      status: 'DELETED',
      mode: '',
      openShards: 0,
      retentionHours: 0,
      throttlingShards: 0,
    });
  });
});

describe('consumerSummary', () => {
  it('consumer falls behind: 13,410 records processed and 2,259 s behind after an hour, nothing lost yet', () => {
    const sim = startScenario(load('consumer-falls-behind'));
    advance(sim, sim.now + HOUR);
    // See shardRows.test.ts: batches of 10, 40, 160, 640, 2,560 and 10,000 at 400 ms a record.
    expect(consumerSummary(sim, 'analytics')).toEqual({
      exists: true,
      enabled: true,
      workers: 1,
      leases: 1,
      iteratorAgeMs: 2_259_000,
      processed: 13_410,
      lost: 0,
      readThrottles: 0,
    });
  });

  it('after 41 hours: every record written is processed, lost or still ahead of the checkpoint', () => {
    const sim = startScenario(load('consumer-falls-behind'));
    advance(sim, sim.now + 41 * HOUR);
    const summary = consumerSummary(sim, 'analytics');
    // Full batches of 10,000 take 4,000 s from 1,365 s on: 37 of them fit in 147,600 s.
    expect(summary.processed).toBe(3_410 + 37 * 10_000);
    expect(summary.lost).toBeGreaterThan(0);
    const lease = sim.consumerApps[0]!.leases[0]!;
    expect(summary.processed + summary.lost).toBe(lease.checkpoint);
    expect(sim.streams.sensors!.shards[0]!.nextOrdinal).toBe(41 * 36_000);
    // Unread records are as old as the 24-hour retention allows (measured before the second's expiry).
    expect(summary.iteratorAgeMs).toBeGreaterThanOrEqual(24 * HOUR);
    expect(summary.iteratorAgeMs).toBeLessThanOrEqual(24 * HOUR + 1000);
  });

  it('reports a missing application as gone', () => {
    const sim = startScenario(load('hot-key'));
    expect(consumerSummary(sim, 'nobody')).toEqual({
      exists: false,
      enabled: false,
      workers: 0,
      leases: 0,
      iteratorAgeMs: 0,
      processed: 0,
      lost: 0,
      readThrottles: 0,
    });
  });
});
