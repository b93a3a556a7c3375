import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import { advance } from '../engine/advance';
import { addConsumerApp, removeConsumerApp } from '../engine/consumers';
import { createSimulation } from '../engine/createSimulation';
import { eventsSince } from '../engine/events';
import { addProducer, removeProducer } from '../engine/producers';
import type { SimEvent, SimState } from '../engine/types';
import { startScenario } from '../scenarios/loadScenario';
import { describeEvent } from './describeEvent';
import { loadScenarioFile } from '../scenarios/testing/loadScenarioFile';

const load = loadScenarioFile;

/** Every event of a simulation, read after each action so none falls out of the bounded event log. */
function recorder(sim: SimState) {
  const events: SimEvent[] = [];
  let seen = sim.eventCount;
  const take = () => {
    events.push(...eventsSince(sim, seen));
    seen = sim.eventCount;
  };
  return {
    events,
    act: <T>(action: () => T): T => {
      try {
        return action();
      } finally {
        take();
      }
    },
    /** Runs time in steps of `step` ms (few enough events each to fit the event log), until `stop` sees a wanted event or `ms` has passed. */
    run: (ms: number, stop: (e: SimEvent) => boolean = () => false, step = 1000) => {
      const end = sim.now + ms;
      while (sim.now < end) {
        advance(sim, Math.min(end, sim.now + step));
        const before = events.length;
        take();
        if (events.slice(before).some(stop)) return;
      }
    },
  };
}

/** A stream's life through the API: puts, reads, throttles, resharding, settings, consumers, deletion. */
function apiTour(): SimEvent[] {
  const sim = createSimulation({ seed: 3 });
  const { events, act, run } = recorder(sim);
  const call = (operation: string, input: Record<string, unknown>) => act(() => callApi(sim, operation, input));
  call('CreateStream', { StreamName: 'orders', ShardCount: 2 });
  run(2_000);
  const arn = sim.streams.orders!.arn;
  act(() =>
    addConsumerApp(sim, {
      name: 'billing',
      stream: 'orders',
      workers: 1,
      pollIntervalMs: 1000,
      maxRecords: 10_000,
      processingMsPerRecord: 0,
      initialPosition: 'TRIM_HORIZON',
      enabled: true,
    }),
  );
  call('PutRecord', { StreamName: 'orders', Data: 'aGk=', PartitionKey: 'user-1' });
  call('PutRecords', {
    StreamName: 'orders',
    Records: [
      { Data: 'YQ==', PartitionKey: 'a' },
      { Data: 'Yg==', PartitionKey: 'b' },
    ],
  });
  // 1,500 more records on one key in the same second: past the 1,000 records/s of its shard.
  const batch = Array.from({ length: 500 }, () => ({ Data: 'YQ==', PartitionKey: 'user-1' }));
  for (let i = 0; i < 3; i++) call('PutRecords', { StreamName: 'orders', Records: batch });
  const iterator = (
    call('GetShardIterator', {
      StreamName: 'orders',
      ShardId: 'shardId-000000000001',
      ShardIteratorType: 'TRIM_HORIZON',
    }) as { ShardIterator: string }
  ).ShardIterator;
  // Six GetRecords calls in one second: the sixth is past the 5 calls/s of a shard.
  const reads = Array.from({ length: 6 }, () => {
    try {
      call('GetRecords', { ShardIterator: iterator });
      return 'ok';
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(reads).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ProvisionedThroughputExceededException']);
  act(() =>
    addProducer(sim, {
      id: 'web',
      stream: 'orders',
      rate: { kind: 'constant', recordsPerSecond: 10 },
      size: { kind: 'fixed', bytes: 100 },
      keys: { kind: 'uuid' },
      enabled: true,
      seed: 1,
    }),
  );
  run(2_000);
  call('SplitShard', {
    StreamName: 'orders',
    ShardToSplit: 'shardId-000000000000',
    NewStartingHashKey: (2n ** 126n).toString(),
  });
  run(5_000);
  call('MergeShards', {
    StreamName: 'orders',
    ShardToMerge: 'shardId-000000000002',
    AdjacentShardToMerge: 'shardId-000000000003',
  });
  run(5_000);
  call('UpdateShardCount', { StreamName: 'orders', TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' });
  run(5_000);
  call('IncreaseStreamRetentionPeriod', { StreamName: 'orders', RetentionPeriodHours: 48 });
  call('UpdateMaxRecordSize', { StreamARN: arn, MaxRecordSizeInKiB: 2048 });
  call('RegisterStreamConsumer', { StreamARN: arn, ConsumerName: 'fanout' });
  run(2_000);
  call('DeregisterStreamConsumer', { StreamARN: arn, ConsumerName: 'fanout' });
  call('UpdateStreamMode', { StreamARN: arn, StreamModeDetails: { StreamMode: 'ON_DEMAND' } });
  act(() => removeProducer(sim, 'web'));
  act(() => removeConsumerApp(sim, 'billing'));
  call('DeleteStream', { StreamName: 'orders' });
  run(1_000);
  return events;
}

/** Events only long runs produce: a producer's throttles, on-demand scaling, expiry and data loss. */
function scenarioTour(): SimEvent[] {
  const hot = startScenario(load('hot-key'));
  const hotLog = recorder(hot);
  hotLog.run(1_000);
  const burst = startScenario(load('on-demand-burst'));
  const burstLog = recorder(burst);
  burstLog.run(16 * 60_000, (e) => e.type === 'stream/onDemandScaled');
  const behind = startScenario(load('consumer-falls-behind'));
  // Nothing expires in the first 24 hours; the application loses records some hours later.
  advance(behind, behind.now + 24 * 3_600_000);
  const behindLog = recorder(behind);
  // About sixty events a minute (an expiry each second, a poll every 4,000 s): minute steps lose none.
  behindLog.run(24 * 3_600_000, (e) => e.type === 'records/lost', 60_000);
  return [...hotLog.events, ...burstLog.events, ...behindLog.events];
}

const tour = [...apiTour(), ...scenarioTour()];
const first = (type: string, where: (e: SimEvent) => boolean = () => true) =>
  tour.find((e) => e.type === type && where(e))!;

/** Event types named in the engine's emit(…) calls, read from its source. */
function emittedTypes(): string[] {
  const dir = path.join(import.meta.dirname, '../engine');
  const types = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const call of source.matchAll(/emit\(\w+, \{[\s\S]*?\}\);/g))
      for (const literal of call[0].matchAll(/'([a-z]+\/[a-zA-Z]+)'/g)) types.add(literal[1]!);
  }
  return [...types].sort();
}

describe('describeEvent', () => {
  it('the tour below meets every event type the engine emits', () => {
    const types = emittedTypes();
    // Guards the scan itself: it must find the engine's event types (30 of them in the stream engine).
    expect(types.length).toBeGreaterThanOrEqual(30);
    expect([...new Set(tour.map((e) => e.type))].sort()).toEqual(types);
  });

  it.each([
    ['stream/created', 'Stream orders created (2 shards), status CREATING.'],
    ['stream/activated', 'Stream orders is ACTIVE.'],
    ['consumer/added', 'Consumer application billing now reads orders.'],
    ['record/put', 'A record with partition key "user-1" went to shardId-000000000001 of orders.'],
    ['records/put', 'PutRecords to orders: 2 accepted, 0 failed.'],
    [
      'read/throttled',
      'A read of shardId-000000000001 of orders was throttled (ProvisionedThroughputExceededException).',
    ],
    ['producer/added', 'Producer web now writes to orders.'],
    ['lease/taken', 'billing: worker-1 took the lease on shardId-000000000000.'],
    ['shard/splitting', 'orders: splitting shardId-000000000000, status UPDATING.'],
    ['shard/split', 'orders: shardId-000000000000 split into shardId-000000000002, shardId-000000000003.'],
    ['lease/shardEnded', 'billing finished shardId-000000000000 (SHARD_END) and moves on to its children.'],
    ['shards/merging', 'orders: merging shardId-000000000002 with shardId-000000000003, status UPDATING.'],
    ['shards/merged', 'orders: shardId-000000000002, shardId-000000000003 merged into shardId-000000000004.'],
    ['stream/scaling', 'orders: UpdateShardCount from 2 to 4 shards, status UPDATING.'],
    ['stream/retentionChanged', 'orders: retention changed from 24 h to 48 h.'],
    ['stream/maxRecordSizeChanged', 'orders: maximum record size is now 2,048 KiB.'],
    ['consumer/registered', 'Enhanced fan-out consumer fanout registered on orders.'],
    ['consumer/deregistered', 'Enhanced fan-out consumer fanout deregistered from orders.'],
    ['stream/modeChanged', 'orders: capacity mode is now on-demand.'],
    ['producer/removed', 'Producer web stopped and was removed.'],
    ['consumer/removed', 'Consumer application billing was removed.'],
    ['stream/deleting', 'Stream orders is being deleted.'],
    ['stream/deleted', 'Stream orders was deleted with its data.'],
  ])('%s: %s', (type, sentence) => {
    expect(describeEvent(first(type))).toBe(sentence);
  });

  it('describes counts, resharding and on-demand growth with the numbers the event carries', () => {
    // An API put over the limit is one record; a synthetic producer's throttles come per step, with a count.
    expect(describeEvent(first('record/throttled', (e) => e.count === undefined))).toBe(
      'shardId-000000000001 of orders throttled a record (ProvisionedThroughputExceededException).',
    );
    expect(describeEvent(first('record/throttled', (e) => e.stream === 'game-events'))).toBe(
      'shardId-000000000001 of game-events throttled 500 records from game-servers (ProvisionedThroughputExceededException).',
    );
    // Two shards become four even ones: both old shards close.
    expect(describeEvent(first('stream/scaled', (e) => e.stream === 'orders'))).toBe(
      'orders: now 4 open shards; shardId-000000000001, shardId-000000000004 closed.',
    );
    // 9,000 records/s against a 4,000 records/s start: capacity goes to twice the peak, 18 shards.
    expect(describeEvent(first('stream/onDemandScaled'))).toBe(
      'flash-sale: on-demand capacity grew from 4 to 18 shards.',
    );
    const read = first('records/read', (e) => Number(e.count) > 1);
    expect(describeEvent(read)).toBe(
      `${Number(read.count).toLocaleString('en-US')} records read from ${read.shard} of orders.`,
    );
    const expired = first('records/expired');
    // 10 records/s: each second past the 24-hour retention expires the 10 written 24 hours earlier.
    expect(expired.count).toBe(10);
    expect(describeEvent(expired)).toBe(
      '10 records of shardId-000000000000 (sensors) passed the retention period and expired.',
    );
    const lost = first('records/lost');
    expect(describeEvent(lost)).toMatch(
      new RegExp(`^analytics lost ${Number(lost.count).toLocaleString('en-US')} records of shardId-000000000000`),
    );
  });

  // records/lost carries its stream, but the sentence leaves it out; the shard id alone is ambiguous
  // when several streams each have a shardId-000000000000.
  const knownGaps = new Set(['records/lost']);

  it('names the stream and the shard whenever the event carries them', () => {
    const unnamed = tour
      .filter((e) => !knownGaps.has(e.type))
      .map((e) => ({ e, sentence: describeEvent(e) }))
      .filter(
        ({ e, sentence }) =>
          (e.stream && !sentence.includes(e.stream)) ||
          (e.shard && !sentence.includes(e.shard)) ||
          !/^[A-Za-z0-9].*\.$/.test(sentence),
      );
    expect(unnamed).toEqual([]);
  });

  it('records/lost names its stream', () => {
    expect(describeEvent(first('records/lost'))).toContain('sensors');
  });

  it('uses the singular for one record', () => {
    const one = { at: 0, stream: 'orders', shard: 'shardId-000000000000', count: 1 };
    expect(describeEvent({ ...one, type: 'records/read' })).toBe('1 record read from shardId-000000000000 of orders.');
    expect(describeEvent({ ...one, type: 'records/expired' })).toBe(
      '1 record of shardId-000000000000 (orders) passed the retention period and expired.',
    );
  });

  it('says an on-demand stream was created without a shard count', () => {
    expect(describeEvent({ at: 0, type: 'stream/created', stream: 'flash-sale', mode: 'ON_DEMAND' })).toBe(
      'Stream flash-sale created (on-demand), status CREATING.',
    );
  });

  it('still gives a readable line for an event type it does not know', () => {
    expect(describeEvent({ at: 0, type: 'lease/stolen', stream: 'orders', shard: 'shardId-000000000001' })).toBe(
      'lease/stolen on orders, shardId-000000000001.',
    );
    expect(describeEvent({ at: 0, type: 'lease/stolen', stream: 'orders' })).toBe('lease/stolen on orders.');
    expect(describeEvent({ at: 0, type: 'clock/ticked' })).toBe('clock/ticked.');
  });
});
