import { functionNameOfArn } from '../../engine/firehose/codeTransforms';
import type { SimState } from '../../engine/types';
import { KinesisError } from '../KinesisError';

/**
 * Checks the LambdaArn of a Lambda processor that names a real function: a request without the
 * simulator's `ShardlabModel.Transform` describes the transform by its function, so the function must
 * exist in this account and Region, where Firehose will invoke it. Requests that model the transform by
 * rates (the playground, scenarios) name no real function and are not checked.
 * @example checkTransformFunction(sim, 'arn:aws:lambda:us-east-1:000000000000:function:clean-readings')
 */
export function checkTransformFunction(sim: SimState, lambdaArn: string): void {
  const name = functionNameOfArn(sim, lambdaArn);
  if (name === null)
    throw new KinesisError(
      'InvalidArgumentException',
      `LambdaArn ${lambdaArn} is not a Lambda function ARN in this account and Region: use arn:aws:lambda:${sim.region}:${sim.account}:function:<name>.`,
    );
  if (!sim.lambda?.functions.some((f) => f.config.name === name))
    throw new KinesisError(
      'InvalidArgumentException',
      `The Lambda function ${name} in LambdaArn does not exist. Create the function first, then point the Firehose stream at it.`,
    );
}
