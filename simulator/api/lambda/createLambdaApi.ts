import type { SimState } from '../../engine/types';
import { LambdaError } from '../../engine/lambda/lambdaErrors';
import {
  CreateEventSourceMapping,
  DeleteEventSourceMapping,
  GetEventSourceMapping,
  ListEventSourceMappings,
  UpdateEventSourceMapping,
} from './mappingOperations';
import { readLambdaInput, type LambdaInput } from './readLambdaInput';

const operations: Record<string, (sim: SimState, input: LambdaInput) => unknown> = {
  CreateEventSourceMapping,
  UpdateEventSourceMapping,
  DeleteEventSourceMapping,
  GetEventSourceMapping,
  ListEventSourceMappings,
};

/** The Lambda operations this API layer implements (event source mappings on Kinesis streams). */
export const LAMBDA_OPERATIONS = Object.keys(operations);

/**
 * Lambda's event source mapping API over a simulation: AWS's operation names, PascalCase shapes and
 * Lambda's error names. Functions themselves are engine commands (`lambda/createFunction`), since the
 * simulator runs no code.
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
