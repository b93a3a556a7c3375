// zod/mini, like scenarioSchema.ts: scenarios are validated in the browser too.
import * as z from 'zod/mini';
import {
  MAX_BUFFER_INTERVAL_SECONDS,
  MAX_BUFFER_SIZE_MIB,
  MIN_BUFFER_INTERVAL_SECONDS,
  MIN_BUFFER_SIZE_MIB,
} from '../engine/firehose/firehoseLimits';

/** Firehose stream names: 1–64 letters, digits, _ . - (the API model's DeliveryStreamName). */
export const firehoseName = z
  .string()
  .check(z.regex(/^[a-zA-Z0-9_.-]{1,64}$/, 'must be 1–64 characters of letters, digits, _ . -'));

const rate = z.number().check(z.gte(0), z.lte(1));

/** A Firehose stream delivering to S3 (the engine's DeliveryStreamConfig, with AWS's defaults filled in). */
export const scenarioFirehoseSchema = z.object({
  name: firehoseName,
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('DirectPut') }),
    z.object({ kind: z.literal('KinesisStream'), stream: z.string() }),
  ]),
  bucket: z.string().check(z.regex(/^[a-z0-9.-]{3,63}$/, 'must be an S3 bucket name: 3–63 of a-z 0-9 . -')),
  /** Buffering hints (fact 25); default 5 MiB and 300 s. */
  sizeMiB: z.optional(z.int().check(z.gte(MIN_BUFFER_SIZE_MIB), z.lte(MAX_BUFFER_SIZE_MIB))),
  intervalSeconds: z.optional(z.int().check(z.gte(MIN_BUFFER_INTERVAL_SECONDS), z.lte(MAX_BUFFER_INTERVAL_SECONDS))),
  prefix: z.optional(z.string().check(z.maxLength(1024))),
  errorOutputPrefix: z.optional(z.string().check(z.maxLength(1024))),
  transform: z.optional(
    z.object({
      durationMsPerBatch: z.number().check(z.nonnegative()),
      dropRate: rate,
      failureRate: rate,
      invocationFailureRate: z.optional(rate),
      retries: z.optional(z.int().check(z.gte(0), z.lte(300))),
    }),
  ),
  conversion: z.optional(
    z.object({ format: z.enum(['PARQUET', 'ORC']), sizeRatio: z.optional(z.number().check(z.positive())) }),
  ),
  partitioning: z.optional(
    z.object({
      keyName: z.string().check(z.regex(/^[A-Za-z0-9_]{1,64}$/)),
      jsonField: z.string().check(z.regex(/^[A-Za-z0-9_]{1,64}$/)),
      syntheticValues: z.optional(z.array(z.string()).check(z.minLength(1))),
    }),
  ),
  /** Synthetic Direct PUT traffic. */
  load: z.optional(
    z.object({ recordsPerSecond: z.number().check(z.nonnegative()), recordBytes: z.int().check(z.positive()) }),
  ),
});

export type ScenarioFirehose = z.infer<typeof scenarioFirehoseSchema>;

/** Goal constraints about Firehose delivery; each says, when it fails, what fails and by how much. */
export const firehoseGoalSchemas = [
  /** Data waits at most maxSeconds between arriving and landing in S3 (DeliveryToS3.DataFreshness). */
  z.object({ kind: z.literal('maxDataFreshness'), firehose: firehoseName, maxSeconds: z.number().check(z.positive()) }),
  /** The newest object the Firehose stream wrote holds at least minBytes (small objects cost S3 requests and slow queries). */
  z.object({ kind: z.literal('minObjectSize'), firehose: firehoseName, minBytes: z.int().check(z.positive()) }),
] as const;
