import type { SimState } from '../../engine/types';
import { LambdaError } from '../../engine/lambda/lambdaErrors';
import {
  CreateEventSourceMapping,
  DeleteEventSourceMapping,
  GetEventSourceMapping,
  ListEventSourceMappings,
  UpdateEventSourceMapping,
} from './mappingOperations';
import {
  CreateFunction,
  DeleteFunction,
  GetFunction,
  GetFunctionConfiguration,
  ListFunctions,
  UpdateFunctionCode,
  UpdateFunctionConfiguration,
} from './functionOperations';
import { readLambdaInput, type LambdaInput } from './readLambdaInput';

const operations: Record<string, (sim: SimState, input: LambdaInput) => unknown> = {
  CreateEventSourceMapping,
  UpdateEventSourceMapping,
  DeleteEventSourceMapping,
  GetEventSourceMapping,
  ListEventSourceMappings,
  CreateFunction,
  UpdateFunctionCode,
  UpdateFunctionConfiguration,
  GetFunction,
  GetFunctionConfiguration,
  ListFunctions,
  DeleteFunction,
};

/** The Lambda operations this API layer implements: functions with code, and event source mappings on Kinesis streams. */
export const LAMBDA_OPERATIONS = Object.keys(operations);

/**
 * Lambda's function and event source mapping API over a simulation: AWS's operation names, PascalCase
 * shapes and Lambda's error names. The engine runs no code: a function created here waits for a lab's
 * sandbox to report each invocation (`lambda/completeInvocation`).
 * @example createLambdaApi(sim)('CreateEventSourceMapping', { FunctionName: 'enrich', EventSourceArn: arn, StartingPosition: 'LATEST' })
 */
export function createLambdaApi(sim: SimState) {
  return (operation: string, input: Record<string, unknown>): unknown => {
    const run = operations[operation];
    if (!run)
      throw new LambdaError(
        'InvalidParameterValueException',
        `The Lambda operation ${operation} is not modelled by this simulator.`,
      );
    return run(sim, readLambdaInput(input ?? {}));
  };
}
