// zod/mini: scenarios are validated in the browser too (links and imported files), so keep it small.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { functionName, scenarioLambdaSchema } from './lambdaScenarioSchema';
import { firehoseGoalSchemas, scenarioFirehoseSchema } from './firehoseScenarioSchema';

z.config(en());

const name = z.string().check(z.regex(/^[a-zA-Z0-9_.-]{1,128}$/, 'must be 1–128 characters of letters, digits, _ . -'));
const positive = z.number().check(z.positive());
const nonNegative = z.number().check(z.nonnegative());

const rate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('constant'), recordsPerSecond: nonNegative }),
  z.object({ kind: z.literal('periodic'), base: nonNegative, amplitude: nonNegative, periodSeconds: positive }),
  z.object({
    kind: z.literal('burst'),
    base: nonNegative,
    burst: nonNegative,
    everySeconds: positive,
    burstSeconds: positive,
  }),
]);

const size = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), bytes: z.int().check(z.positive(), z.lte(10 * 1024 * 1024)) }),
  z.object({ kind: z.literal('uniform'), min: z.int().check(z.positive()), max: z.int().check(z.positive()) }),
]);

const keys = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('uuid') }),
  z.object({ kind: z.literal('constant'), key: z.string().check(z.minLength(1), z.maxLength(256)) }),
  z.object({ kind: z.literal('uniform'), count: z.int().check(z.positive()) }),
  z.object({ kind: z.literal('zipf'), count: z.int().check(z.positive()), exponent: positive }),
  z.object({ kind: z.literal('explicitHash'), hashKey: z.string().check(z.regex(/^\d{1,39}$/)) }),
]);

export const scenarioProducerSchema = z.object({
  id: name,
  stream: name,
  rate,
  size,
  keys,
  template: z.optional(z.string()),
  retry: z.optional(
    z.object({
      maxAttempts: z.int().check(z.positive()),
      baseDelayMs: positive,
      lostAckRate: z.number().check(z.gte(0), z.lte(1)),
    }),
  ),
  /** KPL-style aggregation (fact 24): `rate` and `size` then describe user records. */
  aggregation: z.optional(
    z.object({
      maxUserRecordsPerRecord: z.int().check(z.positive(), z.lte(100_000)),
      maxBufferedTimeMs: z.optional(positive),
    }),
  ),
});

export const scenarioConsumerSchema = z.object({
  name,
  stream: name,
  workers: z.int().check(z.positive(), z.lte(100)),
  pollIntervalMs: positive,
  maxRecords: z.int().check(z.positive(), z.lte(10_000)),
  processingMsPerRecord: nonNegative,
  initialPosition: z.enum(['TRIM_HORIZON', 'LATEST']),
  fanOut: z.optional(z.enum(['shared', 'enhanced'])),
});

/** Machine-checked goals: each constraint explains, when it fails, what fails and by how much. */
export const goalConstraintSchema = z.discriminatedUnion('kind', [
  /** No shard of the stream throttled writes in the last second. */
  z.object({ kind: z.literal('noWriteThrottling'), stream: name }),
  /** Every open shard writes at most this share of its 1 MB/s and 1,000 records/s. */
  z.object({
    kind: z.literal('maxShardWriteUtilization'),
    stream: name,
    max: z.number().check(z.positive(), z.lte(1)),
  }),
  /** The consumer application's iterator age stays under a bound. */
  z.object({ kind: z.literal('maxIteratorAge'), consumer: name, maxMs: positive }),
  /** The consumer application lost no records to retention. */
  z.object({ kind: z.literal('noDataLoss'), consumer: name }),
  /** The stream has at most this many open shards (so "add shards" does not count as a fix). */
  z.object({ kind: z.literal('maxOpenShards'), stream: name, max: z.int().check(z.positive()) }),
  /** The producer is running and sends at least this many user records per second. */
  z.object({ kind: z.literal('minProducerRate'), producer: name, userRecordsPerSecond: positive }),
  /** The consumer application has finished a parent shard and reads its children, never a child first. */
  z.object({ kind: z.literal('parentsFinishedFirst'), consumer: name }),
  /** No shard of the function's event source mapping has been blocked by a failing batch for longer than maxMs. */
  z.object({ kind: z.literal('noBlockedShards'), function: functionName, maxMs: nonNegative }),
  /** The function's event source mapping stays within maxMs of the tip (Lambda's IteratorAge). */
  z.object({ kind: z.literal('maxLambdaIteratorAge'), function: functionName, maxMs: positive }),
  ...firehoseGoalSchemas,
]);

export const scenarioSchema = z.object({
  title: z.string().check(z.minLength(3), z.maxLength(80)),
  brief: z.string().check(z.minLength(20)),
  seed: z.int().check(z.nonnegative()),
  /** The streams at the start; none for an empty account (a lab where the learner creates them). */
  streams: z.array(
    z.object({
      name,
      mode: z.enum(['PROVISIONED', 'ON_DEMAND']),
      shardCount: z.optional(z.int().check(z.positive(), z.lte(200))),
      retentionHours: z.optional(z.int().check(z.gte(24), z.lte(8760))),
    }),
  ),
  producers: z.array(scenarioProducerSchema),
  consumers: z.array(scenarioConsumerSchema),
  /** Lambda functions, each with an event source mapping on one of the streams. */
  lambdas: z.optional(z.array(scenarioLambdaSchema)),
  /** Amazon Data Firehose streams delivering to S3, from Direct PUT or one of the streams. */
  firehoses: z.optional(z.array(scenarioFirehoseSchema)),
  goal: z.optional(
    z.object({
      description: z.string(),
      constraints: z.array(goalConstraintSchema).check(z.minLength(1)),
      /**
       * Simulated seconds from the start before the goal can count as solved: at least as long as the problem
       * takes to show when nobody changes anything, so a goal that merely has not failed yet is not a solution.
       */
      solvableAfterSeconds: z.optional(z.int().check(z.nonnegative())),
      /**
       * False for a goal that holds until the learner breaks it ("add readers without slowing the others"):
       * it is shown as a health check, but nothing a learner does can count as solving it.
       */
      challenge: z.optional(z.boolean()),
    }),
  ),
  /** Where the simulator simplifies what this scenario shows. */
  faithfulness: z.string().check(z.minLength(20)),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type GoalConstraint = z.infer<typeof goalConstraintSchema>;
