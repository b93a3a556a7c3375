// Engine figures: throughput, memory after a week, and cost of one animation frame.
import { callApi } from '../simulator/api/callApi';
import { advance } from '../simulator/engine/advance';
import { applyCommand } from '../simulator/engine/commands';
import { addConsumerApp } from '../simulator/engine/consumers';
import { createSimulation } from '../simulator/engine/createSimulation';
import { addProducer } from '../simulator/engine/producers';
import { setRetention } from '../simulator/engine/streamSettings';
import { createStream } from '../simulator/engine/streams';
import type { SimState } from '../simulator/engine/types';

const DAY = 24 * 3_600_000;

/** A stream of `shards` shards with random-key producers writing at full shard capacity. */
export function fullCapacity(shards: number, options: { retentionHours?: number; consumer?: boolean } = {}): SimState {
  const sim = createSimulation({ seed: 1 });
  createStream(sim, { name: 'bench', shardCount: shards });
  advance(sim, sim.now + 2_000);
  if (options.retentionHours) setRetention(sim, 'bench', options.retentionHours, 'increase');
  addProducer(sim, {
    id: 'load',
    stream: 'bench',
    rate: { kind: 'constant', recordsPerSecond: shards * 1000 },
    size: { kind: 'fixed', bytes: 512 },
    keys: { kind: 'uuid' },
    enabled: true,
    seed: 1,
  });
  if (options.consumer) {
    addConsumerApp(sim, {
      name: 'reader',
      stream: 'bench',
      workers: 4,
      pollIntervalMs: 1000,
      maxRecords: 10_000,
      processingMsPerRecord: 0.01,
      initialPosition: 'LATEST',
      enabled: true,
    });
  }
  return sim;
}

const incoming = (sim: SimState) => sim.streams.bench!.shards.reduce((sum, s) => sum + s.stats.incomingRecords, 0);

/** (a) Simulated records per wall-clock second, 50 shards at full write capacity, one virtual hour. */
export function simRecordsPerSecond(): number {
  const sim = fullCapacity(50);
  const before = incoming(sim);
  const start = performance.now();
  advance(sim, sim.now + 3_600_000);
  const seconds = (performance.now() - start) / 1000;
  return Math.round((incoming(sim) - before) / seconds);
}

/** (b) Heap after 7 virtual days at that load with 168 h retention (needs node --expose-gc). */
export function heapMBAfter7Days(): { heapMB: number; retainedRecords: number; wallSeconds: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  // Run tables are typed arrays, whose memory V8 counts outside heapUsed: count both.
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const base = used();
  const start = performance.now();
  const sim = fullCapacity(50, { retentionHours: 168 });
  advance(sim, sim.now + 7 * DAY);
  gc?.();
  const heapMB = (used() - base) / 2 ** 20;
  const retainedRecords = sim.streams.bench!.shards.reduce((sum, s) => sum + s.nextOrdinal, 0);
  return {
    heapMB: Math.round(heapMB * 10) / 10,
    retainedRecords,
    wallSeconds: Math.round((performance.now() - start) / 100) / 10,
  };
}

/**
 * (c) Engine cost of one animation frame at 200 shards with a consumer application: the mean wall time
 * of advancing one frame of virtual time at 60× speed (16.7 ms × 60 ≈ 1 s per frame).
 */
export function frameMsAt200Shards(): number {
  const sim = fullCapacity(200, { consumer: true });
  advance(sim, sim.now + 10_000); // warm up
  const frames = 600;
  const frameVirtualMs = (1000 / 60) * 60;
  const start = performance.now();
  for (let i = 0; i < frames; i++) advance(sim, sim.now + frameVirtualMs);
  return Math.round(((performance.now() - start) / frames) * 1000) / 1000;
}

/** Attaches every kind of reader to the bench stream: a polling KCL app, an EFO app, a Lambda mapping and Firehose. */
function attachReaders(sim: SimState): void {
  const app = {
    stream: 'bench',
    workers: 4,
    pollIntervalMs: 1000,
    maxRecords: 10_000,
    processingMsPerRecord: 0.01,
    initialPosition: 'LATEST' as const,
    enabled: true,
  };
  addConsumerApp(sim, { ...app, name: 'polling' });
  addConsumerApp(sim, { ...app, name: 'fan-out', fanOut: 'enhanced' });
  applyCommand(sim, {
    type: 'lambda/createFunction',
    config: { name: 'enrich', durationMsPerRecord: 0.2, concurrency: null, failure: { kind: 'none' } },
  });
  applyCommand(sim, {
    type: 'lambda/createMapping',
    config: { functionName: 'enrich', stream: 'bench', startingPosition: 'LATEST', batchSize: 1000 },
  });
  const role = 'arn:aws:iam::000000000000:role/bench';
  applyCommand(
    sim,
    {
      type: 'firehose/call',
      operation: 'CreateDeliveryStream',
      input: {
        DeliveryStreamName: 'archive',
        DeliveryStreamType: 'KinesisStreamAsSource',
        KinesisStreamSourceConfiguration: { KinesisStreamARN: sim.streams.bench!.arn, RoleARN: role },
        ExtendedS3DestinationConfiguration: {
          RoleARN: role,
          BucketARN: 'arn:aws:s3:::bench-archive',
          BufferingHints: { SizeInMBs: 64, IntervalInSeconds: 60 },
        },
      },
    },
    callApi,
  );
  advance(sim, sim.now + 5_000);
}

/**
 * (e) The same figures with every reader attached (a polling app, an EFO app, a Lambda mapping and a
 * Firehose stream): simulated records per wall second at 50 shards over ten virtual minutes, and the
 * engine cost of one 60× frame.
 */
export function withReaders(): { simRecordsPerSecondWithReaders: number; frameMsAt50ShardsWithReaders: number } {
  const sim = fullCapacity(50);
  attachReaders(sim);
  const before = incoming(sim);
  const start = performance.now();
  advance(sim, sim.now + 600_000);
  const seconds = (performance.now() - start) / 1000;
  const frames = 300;
  const frameStart = performance.now();
  for (let i = 0; i < frames; i++) advance(sim, sim.now + 1000);
  return {
    simRecordsPerSecondWithReaders: Math.round((incoming(sim) - before) / seconds),
    frameMsAt50ShardsWithReaders: Math.round(((performance.now() - frameStart) / frames) * 1000) / 1000,
  };
}
