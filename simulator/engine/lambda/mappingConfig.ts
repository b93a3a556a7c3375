import { LambdaError, outOfRange } from './lambdaErrors';
import {
  BATCHING_WINDOW_SECONDS,
  BATCH_SIZE,
  PARALLELIZATION_FACTOR,
  RECORD_AGE_SECONDS,
  RETRY_ATTEMPTS,
} from './lambdaLimits';
import type { MappingConfig } from './lambdaTypes';

/** What `lambda/createMapping` needs; everything else takes Lambda's defaults. */
export type MappingRequest = Pick<MappingConfig, 'functionName' | 'stream' | 'startingPosition'> &
  Partial<MappingConfig>;

/** A mapping request with Lambda's defaults for Kinesis filled in (fact 21). */
export function withDefaults(request: MappingRequest): MappingConfig {
  return {
    consumerName: null,
    batchSize: BATCH_SIZE.default,
    maximumBatchingWindowInSeconds: BATCHING_WINDOW_SECONDS.default,
    parallelizationFactor: PARALLELIZATION_FACTOR.default,
    startingPositionTimestamp: null,
    bisectBatchOnFunctionError: false,
    maximumRetryAttempts: RETRY_ATTEMPTS.default,
    maximumRecordAgeInSeconds: RECORD_AGE_SECONDS.default,
    onFailure: null,
    reportBatchItemFailures: false,
    enabled: true,
    // Absent and undefined both mean "the default" (a form or a scenario may pass undefined).
    ...(Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as MappingRequest),
  };
}

const DESTINATION =
  /^arn:aws[a-zA-Z-]*:(sqs|sns):[a-z]{2}(-gov)?-[a-z]+-\d:\d{12}:[a-zA-Z0-9_.-]+$|^arn:aws[a-zA-Z-]*:s3:::[a-z0-9.-]{3,63}$/;

/** The kind of on-failure destination an ARN names. */
export function destinationKind(arn: string): 'sqs' | 'sns' | 's3' | null {
  const match = /^arn:aws[a-zA-Z-]*:(sqs|sns|s3):/.exec(arn);
  return DESTINATION.test(arn) && match ? (match[1] as 'sqs' | 'sns' | 's3') : null;
}

function range(member: string, value: number, limits: { min: number; max: number }): void {
  if (!Number.isInteger(value) || value < limits.min || value > limits.max)
    throw outOfRange(member, value, limits.min, limits.max);
}

/**
 * Checks a mapping's settings against Lambda's ranges for Kinesis, in AWS's words.
 * @example checkMappingConfig(withDefaults({ functionName: 'f', stream: 's', startingPosition: 'LATEST', batchSize: 0 })) // throws
 */
export function checkMappingConfig(config: MappingConfig): void {
  range('batchSize', config.batchSize, BATCH_SIZE);
  range('maximumBatchingWindowInSeconds', config.maximumBatchingWindowInSeconds, BATCHING_WINDOW_SECONDS);
  range('parallelizationFactor', config.parallelizationFactor, PARALLELIZATION_FACTOR);
  range('maximumRetryAttempts', config.maximumRetryAttempts, RETRY_ATTEMPTS);
  range('maximumRecordAgeInSeconds', config.maximumRecordAgeInSeconds, RECORD_AGE_SECONDS);
  if (!['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'].includes(config.startingPosition))
    throw new LambdaError(
      'InvalidParameterValueException',
      `1 validation error detected: Value '${config.startingPosition}' at 'startingPosition' failed to satisfy constraint: Member must satisfy enum value set: [TRIM_HORIZON, LATEST, AT_TIMESTAMP]`,
    );
  if (config.startingPosition === 'AT_TIMESTAMP' && config.startingPositionTimestamp === null)
    throw new LambdaError(
      'InvalidParameterValueException',
      'StartingPositionTimestamp must be provided when StartingPosition is AT_TIMESTAMP.',
    );
  if (config.onFailure !== null && destinationKind(config.onFailure) === null)
    throw new LambdaError(
      'InvalidParameterValueException',
      `The provided destination config DestinationConfig(onSuccess=null, onFailure=OnFailure(destination=${config.onFailure})) is invalid: the on-failure destination must be an SQS queue, SNS topic or S3 bucket ARN.`,
    );
}
