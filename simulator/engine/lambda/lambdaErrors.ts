import { KinesisError, type KinesisErrorName } from '../../api/KinesisError';

export type LambdaErrorName =
  | 'InvalidParameterValueException'
  | 'ResourceNotFoundException'
  | 'ResourceConflictException'
  | 'ResourceInUseException';

/**
 * An error under Lambda's name and wording. It is a KinesisError so that the store, replay and the CLI
 * console, which recognise KinesisError, report it the same way (the name is what the learner sees).
 * @example throw new LambdaError('ResourceNotFoundException', 'Function not found: arn:aws:lambda:…')
 */
export class LambdaError extends KinesisError {
  constructor(name: LambdaErrorName, message: string) {
    super(name as unknown as KinesisErrorName, message);
  }
}

/** AWS's wording for a value outside a member's range. */
export function outOfRange(member: string, value: unknown, min: number, max: number): LambdaError {
  const bound =
    typeof value === 'number' && value < min ? `greater than or equal to ${min}` : `less than or equal to ${max}`;
  return new LambdaError(
    'InvalidParameterValueException',
    `1 validation error detected: Value '${String(value)}' at '${member}' failed to satisfy constraint: Member must have value ${bound}`,
  );
}

export const mappingNotFound = () =>
  new LambdaError('ResourceNotFoundException', 'The resource you requested does not exist.');
