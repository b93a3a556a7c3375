import { describe, expect, it } from 'vitest';
import { advance } from '../advance';
import { partitionKeyHash, rangeContains } from '../hashing';
import { putRecord } from '../putRecords';
import { deleteStream } from '../streams';
import { splitShard } from '../resharding';
import { shardRange } from '../shards';
import { deserializeSimulation, serializeSimulation } from '../serialize';
import { createEventSourceMapping, updateEventSourceMapping } from './eventSourceMappings';
import { laneOf } from './batchRecords';
import { createFunction, updateFunction } from './functions';
import { eventsOf, lambdaSetup } from './testing/lambdaSetup';

const DLQ = 'arn:aws:sqs:us-east-1:000000000000:orders-dlq';
const hundredKeys = Array.from({ length: 100 }, (_, i) => `k${i}`);

describe('a poison record', () => {
  it('is isolated by bisecting 100 → 50 → 25 → 13 → 7 → 3 → 1, retried twice, then sent to the destination', () => {
    const { sim, mapping } = lambdaSetup({
      keys: hundredKeys,
      fn: { failure: { kind: 'poisonKey', partitionKey: 'k37' } },
      mapping: { bisectBatchOnFunctionError: true, maximumRetryAttempts: 2, onFailure: DLQ },
    });
    advance(sim, sim.now + 30_000);
    expect(eventsOf(sim, 'lambda/batchBisected').map((e) => [e.records, e.into])).toEqual([
      [100, [50, 50]],
      [50, [25, 25]],
      [25, [13, 12]],
      [13, [7, 6]],
      [6, [3, 3]],
      [3, [2, 1]],
    ]);
    // 9 invocations hold the poison record (6 before it is alone, then 1 + 2 retries), 6 succeed.
    expect(mapping.stats).toMatchObject({
      invocations: 15,
      failedInvocations: 9,
      retries: 2,
      bisections: 6,
      discardedBatches: 1,
      discardedRecords: 1,
      processedRecords: 99,
    });
    // Failed at 1.1 s, every retry waits for the next poll: blocked 9.7 s.
    expect(mapping.shards[0]!.blockedMs).toBe(9_700);
    expect(mapping.destinationMessageCount).toBe(1);
    const [message] = mapping.destinationMessages;
    expect(message).toMatchObject({
      requestContext: {
        functionArn: 'arn:aws:lambda:us-east-1:000000000000:function:process',
        condition: 'RetryAttemptsExhausted',
        approximateInvokeCount: 9,
      },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      version: '1.0',
      KinesisBatchInfo: {
        shardId: 'shardId-000000000000',
        startSequenceNumber: expect.stringMatching(/^\d{56}$/),
        approximateArrivalOfFirstRecord: '2026-01-01T00:00:02.000Z',
        batchSize: 1,
        streamArn: 'arn:aws:kinesis:us-east-1:000000000000:stream/orders',
      },
    });
    expect(message!.KinesisBatchInfo.endSequenceNumber).toBe(message!.KinesisBatchInfo.startSequenceNumber);
    expect(message!.payload).toBeUndefined();
    expect(mapping.lastProcessingResult).toBe('OK');
  });

  it('with default settings blocks its shard, and only its shard, until MaximumRecordAgeInSeconds', () => {
    const { sim, mapping } = lambdaSetup({
      keys: hundredKeys,
      shardCount: 2,
      fn: { failure: { kind: 'poisonKey', partitionKey: 'k37' } },
      mapping: { maximumRecordAgeInSeconds: 60, onFailure: 'arn:aws:s3:::orders-failures' },
    });
    const stream = sim.streams.orders!;
    const poisoned = stream.shards.findIndex((s) => rangeContains(shardRange(s), partitionKeyHash('k37')));
    const healthy = 1 - poisoned;
    advance(sim, sim.now + 30_000);
    expect(mapping.shards[poisoned]!.blockedSince).not.toBeNull();
    expect(mapping.shards[healthy]!.blockedSince).toBeNull();
    expect(mapping.shards[healthy]!.iteratorAgeMs).toBe(0);
    // 30 s after the records arrived, nothing of the poisoned shard is processed.
    expect(mapping.iteratorAgeMs).toBe(30_000);
    const healthyRecords = 100 - stream.shards[poisoned]!.nextOrdinal;
    expect(mapping.stats.processedRecords).toBe(healthyRecords);
    advance(sim, sim.now + 60_000);
    // The whole batch is older than 60 s at its next retry: it goes to S3 with its records.
    expect(mapping.stats.discardedRecords).toBe(100 - healthyRecords);
    expect(mapping.shards[poisoned]!.blockedSince).toBeNull();
    // Invoked at 1 s, then every 1.05 s (1 s wait + 50 ms run); the try at 60.85 s finds the batch too old.
    expect(mapping.shards[poisoned]!.blockedMs).toBe(60_850 - 1_050);
    expect(mapping.stats.failedInvocations).toBe(57);
    const [message] = mapping.destinationMessages;
    expect(message!.requestContext.condition).toBe('RecordAgeExceeded');
    expect(message!.payload!.Records).toHaveLength(100 - healthyRecords);
    expect(eventsOf(sim, 'lambda/shardBlocked').map((e) => e.shard)).toEqual([`shardId-00000000000${poisoned}`]);
  });

  it('with ReportBatchItemFailures checkpoints at the lowest failed sequence number', () => {
    const { sim, mapping } = lambdaSetup({
      keys: hundredKeys,
      fn: { failure: { kind: 'poisonKey', partitionKey: 'k37' } },
      mapping: { reportBatchItemFailures: true, maximumRetryAttempts: 0, onFailure: DLQ },
    });
    advance(sim, sim.now + 10_000);
    // k0…k36 succeed in the first invocation; the rest of the batch (from k37) is retried 0 times.
    expect(mapping.stats).toMatchObject({ invocations: 1, processedRecords: 37, discardedRecords: 63 });
    expect(mapping.destinationMessages[0]!.KinesisBatchInfo.batchSize).toBe(63);
  });

  it('is fixed by changing the function: the retry succeeds', () => {
    const { sim, mapping } = lambdaSetup({
      keys: hundredKeys,
      fn: { failure: { kind: 'poisonKey', partitionKey: 'k1' } },
    });
    advance(sim, sim.now + 5_000);
    expect(mapping.stats.processedRecords).toBe(0);
    expect(mapping.lastError).toMatch(
      /^Unhandled: cannot process the record with partition key k1 \(sequence number \d{56}\)$/,
    );
    updateFunction(sim, 'process', { failure: { kind: 'none' } });
    advance(sim, sim.now + 2_000);
    expect(mapping.stats).toMatchObject({ processedRecords: 100, retries: 4, failedInvocations: 4 });
  });
});

describe('ParallelizationFactor', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `device-${i % 20}`);
  const drainSeconds = (factor: number) => {
    const { sim, mapping } = lambdaSetup({
      keys,
      fn: { durationMsPerRecord: 10 },
      mapping: { parallelizationFactor: factor },
    });
    const t0 = sim.now;
    let seconds = 0;
    while (mapping.stats.processedRecords < 2000) advance(sim, t0 + ++seconds * 1000);
    return { seconds, sim, mapping };
  };

  it('drains a 2,000-record backlog in 21 s with 1 batch per shard and 7 s with 4', () => {
    expect(drainSeconds(1).seconds).toBe(21);
    const four = drainSeconds(4);
    expect(four.seconds).toBe(7);
    expect(four.mapping.stats.invocations).toBe(24);
  });

  it('keeps each partition key in one lane, in order', () => {
    const { sim, mapping } = drainSeconds(4);
    const base = BigInt(sim.streams.orders!.shards[0]!.sequenceBase);
    const lanesOfKey = new Map<string, Set<number>>();
    const seen: number[] = [];
    for (const e of eventsOf(sim, 'lambda/invoked')) {
      const first = Number(BigInt(e.firstSequenceNumber as string) - base);
      const last = Number(BigInt(e.lastSequenceNumber as string) - base);
      const mine = keys
        .map((k, i) => [k, i] as const)
        .filter(([k, i]) => i >= first && i <= last && laneOf(k, 4) === e.lane);
      expect(mine).toHaveLength(e.records as number);
      for (const [k, i] of mine) {
        (lanesOfKey.get(k) ?? lanesOfKey.set(k, new Set()).get(k)!).add(e.lane as number);
        seen.push(i);
      }
    }
    expect([...lanesOfKey.values()].every((lanes) => lanes.size === 1)).toBe(true);
    expect(new Set(seen).size).toBe(2000);
    expect(mapping.stats.processedRecords).toBe(2000);
  });
});

describe('batching and concurrency', () => {
  it('waits MaximumBatchingWindowInSeconds for a batch to fill', () => {
    const { sim, mapping } = lambdaSetup({ keys: ['a', 'b', 'c'], mapping: { maximumBatchingWindowInSeconds: 5 } });
    const t0 = sim.now;
    advance(sim, t0 + 5_900);
    expect(mapping.stats.invocations).toBe(0);
    advance(sim, t0 + 6_000);
    expect(eventsOf(sim, 'lambda/invoked').map((e) => [e.at - t0, e.records])).toEqual([[6_000, 3]]);
  });

  it('reserved concurrency 1 runs one batch at a time across shards', () => {
    const keys = Array.from({ length: 200 }, (_, i) => `k${i}`);
    const { sim, mapping } = lambdaSetup({ keys, shardCount: 2, fn: { durationMsPerRecord: 10, concurrency: 1 } });
    advance(sim, sim.now + 2_000);
    expect(sim.lambda!.functions[0]!.running).toBe(1);
    expect(sim.lambda!.functions[0]!.stats.throttles).toBeGreaterThan(0);
    advance(sim, sim.now + 10_000);
    expect(mapping.stats.processedRecords).toBe(200);
  });

  it('LATEST skips what is already in the stream', () => {
    const { sim, mapping } = lambdaSetup({ keys: hundredKeys, mapping: { startingPosition: 'LATEST' } });
    advance(sim, sim.now + 5_000);
    expect(mapping.stats.invocations).toBe(0);
  });
});

describe('resharding', () => {
  it('finishes a parent shard before its children', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}`);
    const { sim, mapping } = lambdaSetup({ keys, fn: { durationMsPerRecord: 10 } });
    splitShard(sim, 'orders', 'shardId-000000000000', (2n ** 127n).toString());
    advance(sim, sim.now + 2_000);
    // The parent has 300 records (3 s of work at 10 ms each); these 100 go to the children.
    keys.slice(0, 100).forEach((k) => putRecord(sim, 'orders', { partitionKey: k, data: 'eA==' }));
    advance(sim, sim.now + 10_000);
    const ended = eventsOf(sim, 'lambda/shardEnded');
    expect(ended.map((e) => e.shard)).toEqual(['shardId-000000000000']);
    expect(mapping.stats.processedRecords).toBe(400);
    const childInvocations = eventsOf(sim, 'lambda/invoked').filter((e) => e.shard !== 'shardId-000000000000');
    expect(childInvocations).toHaveLength(2);
    for (const e of childInvocations) expect(e.at).toBeGreaterThanOrEqual(ended[0]!.at);
  });
});

describe('errors and state', () => {
  it('explains bad settings in AWS words', () => {
    const { sim, mapping } = lambdaSetup({ keys: [] });
    const bad = (changes: object) => () => updateEventSourceMapping(sim, mapping.uuid, changes);
    expect(bad({ batchSize: 10_001 })).toThrow(
      "1 validation error detected: Value '10001' at 'batchSize' failed to satisfy constraint: Member must have value less than or equal to 10000",
    );
    expect(bad({ parallelizationFactor: 0 })).toThrow('Member must have value greater than or equal to 1');
    expect(bad({ maximumRetryAttempts: -2 })).toThrow("Value '-2' at 'maximumRetryAttempts'");
    expect(bad({ maximumRecordAgeInSeconds: 604_801 })).toThrow('less than or equal to 604800');
    expect(bad({ maximumBatchingWindowInSeconds: 301 })).toThrow('less than or equal to 300');
    expect(bad({ onFailure: 'arn:aws:lambda:us-east-1:000000000000:function:x' })).toThrow(
      /must be an SQS queue, SNS topic or S3 bucket ARN/,
    );
    expect(() =>
      createEventSourceMapping(sim, { functionName: 'process', stream: 'orders', startingPosition: 'LATEST' }),
    ).toThrow(
      `provided mapping already exists. Please update or delete the existing mapping with UUID ${mapping.uuid}`,
    );
    expect(() =>
      createEventSourceMapping(sim, { functionName: 'nope', stream: 'orders', startingPosition: 'LATEST' }),
    ).toThrow(
      expect.objectContaining({
        name: 'ResourceNotFoundException',
        message: 'Function not found: arn:aws:lambda:us-east-1:000000000000:function:nope',
      }),
    );
    expect(() =>
      createFunction(sim, { name: 'process', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } }),
    ).toThrow(
      expect.objectContaining({ name: 'ResourceConflictException', message: 'Function already exist: process' }),
    );
  });

  it('goes Creating → Enabled → Updating → Enabled, one second each', () => {
    const { sim, mapping } = lambdaSetup({ keys: [] });
    expect(mapping.state).toBe('Creating');
    advance(sim, sim.now + 1_000);
    expect(mapping.state).toBe('Enabled');
    updateEventSourceMapping(sim, mapping.uuid, { enabled: false });
    expect(mapping.state).toBe('Disabling');
    advance(sim, sim.now + 1_000);
    expect(mapping.state).toBe('Disabled');
  });

  it('draws errors from its own seeded generator: same seed, same failures', () => {
    const run = () => {
      const { sim, mapping } = lambdaSetup({
        keys: hundredKeys,
        fn: { failure: { kind: 'errorRate', rate: 0.5 } },
        mapping: { batchSize: 10 },
      });
      advance(sim, sim.now + 30_000);
      return mapping.stats;
    };
    expect(run()).toEqual(run());
    // 10 batches of 10, 6 failed invocations, each retried a second later.
    expect(run()).toMatchObject({ processedRecords: 100, invocations: 16, failedInvocations: 6, retries: 6 });
  });

  it('survives serialization mid-run', () => {
    const { sim } = lambdaSetup({
      keys: hundredKeys,
      fn: { failure: { kind: 'poisonKey', partitionKey: 'k37' } },
      mapping: { bisectBatchOnFunctionError: true, maximumRetryAttempts: 2 },
    });
    advance(sim, sim.now + 4_000);
    const copy = deserializeSimulation(serializeSimulation(sim));
    advance(sim, sim.now + 20_000);
    advance(copy, copy.now + 20_000);
    expect(serializeSimulation(copy)).toBe(serializeSimulation(sim));
  });
});

describe('lifecycle', () => {
  it('releases concurrency when the stream is deleted or the mapping moves to another function', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
    const { sim, mapping } = lambdaSetup({ keys, shardCount: 2, fn: { durationMsPerRecord: 100, concurrency: 5 } });
    createFunction(sim, { name: 'other', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } });
    advance(sim, sim.now + 1_500);
    const [process, other] = sim.lambda!.functions;
    expect([process!.running, other!.running]).toEqual([2, 0]);
    updateEventSourceMapping(sim, mapping.uuid, { functionName: 'other' });
    expect([process!.running, other!.running]).toEqual([0, 2]);
    deleteStream(sim, 'orders');
    advance(sim, sim.now + 2_000);
    expect([other!.running, mapping.shards.length, mapping.iteratorAgeMs]).toEqual([0, 0, 0]);
  });
});

describe('time steps', () => {
  it('one long advance and many short ones give the same run', () => {
    const keys = Array.from({ length: 1500 }, (_, i) => `k${i % 40}`);
    const make = () =>
      lambdaSetup({
        keys,
        shardCount: 2,
        fn: { durationMsPerRecord: 3, concurrency: 3, failure: { kind: 'poisonKey', partitionKey: 'k7' } },
        mapping: {
          parallelizationFactor: 3,
          bisectBatchOnFunctionError: true,
          maximumRetryAttempts: 1,
          maximumBatchingWindowInSeconds: 2,
          batchSize: 60,
        },
      }).sim;
    const jump = make();
    const frames = make();
    const end = jump.now + 40_000;
    advance(jump, end);
    while (frames.now < end) advance(frames, Math.min(end, frames.now + 1_000));
    expect(serializeSimulation(frames)).toBe(serializeSimulation(jump));
    // 38 records carry k7, all in one lane of one shard: each takes seconds of bisecting, 6 are set aside by now.
    expect(jump.lambda!.mappings[0]!.stats.discardedRecords).toBe(6);
  });
});
