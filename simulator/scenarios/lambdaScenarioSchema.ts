// zod/mini, like scenarioSchema.ts: scenarios are validated in the browser too.
import * as z from 'zod/mini';
import {
  BATCHING_WINDOW_SECONDS,
  BATCH_SIZE,
  PARALLELIZATION_FACTOR,
  RECORD_AGE_SECONDS,
  RETRY_ATTEMPTS,
} from '../engine/lambda/lambdaLimits';

/** Lambda's function names: 1–64 letters, digits, - and _. */
export const functionName = z
  .string()
  .check(z.regex(/^[a-zA-Z0-9_-]{1,64}$/, 'must be 1–64 characters of letters, digits, - and _'));

const between = (limits: { min: number; max: number }) => z.int().check(z.gte(limits.min), z.lte(limits.max));

export const functionFailureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('errorRate'), rate: z.number().check(z.gte(0), z.lte(1)) }),
  z.object({ kind: z.literal('poisonKey'), partitionKey: z.string().check(z.minLength(1), z.maxLength(256)) }),
]);

/** A function's settings (the engine's LambdaFunctionConfig). */
export const lambdaFunctionSchema = z.object({
  name: functionName,
  durationMsPerRecord: z.number().check(z.nonnegative()),
  /** Reserved concurrent executions; null or absent for unreserved. */
  concurrency: z.optional(z.nullable(z.int().check(z.positive(), z.lte(1000)))),
  failure: z.optional(functionFailureSchema),
});

/** An event source mapping's settings, with Lambda's ranges for Kinesis (fact 21). */
export const mappingSettingsSchema = z.object({
  batchSize: z.optional(between(BATCH_SIZE)),
  maximumBatchingWindowInSeconds: z.optional(between(BATCHING_WINDOW_SECONDS)),
  parallelizationFactor: z.optional(between(PARALLELIZATION_FACTOR)),
  bisectBatchOnFunctionError: z.optional(z.boolean()),
  maximumRetryAttempts: z.optional(between(RETRY_ATTEMPTS)),
  maximumRecordAgeInSeconds: z.optional(between(RECORD_AGE_SECONDS)),
  onFailure: z.optional(
    z.nullable(
      z
        .string()
        .check(
          z.regex(
            /^arn:aws[a-zA-Z-]*:(sqs|sns):[a-z]{2}(-gov)?-[a-z]+-\d:\d{12}:[a-zA-Z0-9_.-]+$|^arn:aws[a-zA-Z-]*:s3:::[a-z0-9.-]{3,63}$/,
            'must be an SQS queue, SNS topic or S3 bucket ARN',
          ),
        ),
    ),
  ),
  reportBatchItemFailures: z.optional(z.boolean()),
  enabled: z.optional(z.boolean()),
});

/** A scenario's Lambda function with its event source mapping on one of the scenario's streams. */
export const scenarioLambdaSchema = z.object({
  ...lambdaFunctionSchema.shape,
  mapping: z.object({
    stream: z.string(),
    startingPosition: z.enum(['TRIM_HORIZON', 'LATEST']),
    ...mappingSettingsSchema.shape,
  }),
});

export type ScenarioLambda = z.infer<typeof scenarioLambdaSchema>;
