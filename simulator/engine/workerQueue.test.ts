import { describe, expect, it } from 'vitest';
import { advance } from './advance';
import { addConsumerApp } from './consumers';
import type { ConsumerAppConfig } from './consumerTypes';
import { createSimulation } from './createSimulation';
import { addProducer } from './producers';
import { serializeSimulation } from './serialize';
import { createStream } from './streams';
import { testProducer } from './testing/testProducer';
import type { SimState } from './types';

const oneWorker = (changes: Partial<ConsumerAppConfig> = {}): ConsumerAppConfig => ({
  name: 'reader',
  stream: 'demo',
  workers: 1,
  pollIntervalMs: 1000,
  maxRecords: 10_000,
  processingMsPerRecord: 0,
  initialPosition: 'LATEST',
  enabled: true,
  ...changes,
});

/** A stream of `shards` shards taking `recordsPerSecond` spread over random keys, read by one worker. */
function stream(shards: number, recordsPerSecond: number, reader: Partial<ConsumerAppConfig>): SimState {
  const sim = createSimulation({ seed: 9 });
  createStream(sim, { name: 'demo', shardCount: shards });
  advance(sim, sim.now + 2_000);
  addProducer(sim, testProducer({ rate: { kind: 'constant', recordsPerSecond }, keys: { kind: 'uuid' } }));
  addConsumerApp(sim, oneWorker(reader));
  return sim;
}

/** Runs a minute once the lease table exists; returns how far each lease read in that minute. */
function readInAMinute(sim: SimState): number[] {
  // The lease table is created at the application's first step, at each shard's tip (LATEST).
  advance(sim, sim.now + 1_000);
  const start = sim.consumerApps[0]!.leases.map((l) => l.checkpoint as number);
  advance(sim, sim.now + 60_000);
  return sim.consumerApps[0]!.leases.map((l, i) => (l.checkpoint as number) - start[i]!);
}

describe('a worker holding many leases', () => {
  it('reads every one of 30 shards polled once a second, where it used to read only the first 20', () => {
    // 3,000 records/s at 0.1 ms each is 300 ms of work a second: one worker has time for all of it.
    const sim = stream(30, 3_000, { processingMsPerRecord: 0.1 });
    const read = readInAMinute(sim);
    const app = sim.consumerApps[0]!;
    // Its 10 ms batches fill the 50 ms queue six at a time, so the leases settle 50 ms apart and the
    // last ones were read 950 ms before the minute ended. Before, leases 21–30 read nothing.
    expect(read.slice(0, 7)).toEqual([6_000, 6_000, 6_000, 6_000, 6_000, 6_000, 5_905]);
    expect(Math.min(...read)).toBe(5_905);
    expect(Math.max(...app.leases.map((l) => l.iteratorAgeMs))).toBe(950);
    // Each record read once: what the leases moved past is what the application counts.
    expect(app.stats.processedRecords).toBe(read.reduce((a, b) => a + b, 0));
    expect(app.stats.processedRecords).toBe(178_000);
    expect(app.stats.readThrottles).toBe(0);
  });

  it('takes turns between two leases when each batch outlasts the poll interval', () => {
    // 100 records/s at 20 ms each is 2 s of work a second: the worker falls behind on both shards.
    const sim = stream(2, 100, { pollIntervalMs: 200, processingMsPerRecord: 20 });
    const read = readInAMinute(sim);
    const app = sim.consumerApps[0]!;
    // Before, the first lease took the worker every time it came free and the second read nothing.
    expect(read).toEqual([1_962, 1_210]);
    expect(app.leases.map((l) => l.iteratorAgeMs)).toEqual([20_760, 35_800]);
    // A minute of work at 20 ms a record is 3,000 records: of the 3,172 read, 182 (3.64 s) still wait.
    expect(app.workers[0]!.busyUntil - sim.now).toBe(3_640);
  });

  it('sees the same polls whether a minute passes in one jump or second by second', () => {
    const jump = stream(50, 15_000, { processingMsPerRecord: 0.1 });
    const steps = stream(50, 15_000, { processingMsPerRecord: 0.1 });
    advance(jump, jump.now + 60_000);
    for (let i = 0; i < 60; i++) advance(steps, steps.now + 1_000);
    expect(serializeSimulation(steps)).toBe(serializeSimulation(jump));
  });
});
