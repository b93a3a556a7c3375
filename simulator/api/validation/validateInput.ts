/**
 * Request validation for the Kinesis API, answering exactly as AWS does: a SerializationException for a
 * value of the wrong JSON type, else a ValidationException listing the model constraints the request
 * breaks. Only the static model is checked here; everything that depends on state (does the stream
 * exist, is the record within the stream's maximum size, is the retention in 24–8760 h) is the
 * operations' job.
 */
import { KinesisError } from '../KinesisError';
import { collectViolations } from './collectViolations';
import { validationMessage } from './constraintPhrases';
import { deserializeInput } from './deserializeInput';
import { isKinesisOperation, OPERATION_SHAPES } from './operationShapes';

/**
 * Validates a request and returns it as AWS reads it (unknown members and nulls dropped, integers
 * truncated to 32 bits, `"true"`/`"false"` as booleans). Throws a KinesisError otherwise.
 * @example parseInput('CreateStream', { StreamName: 'orders', ShardCount: 2 }) // { StreamName: 'orders', ShardCount: 2 }
 * @example parseInput('CreateStream', { ShardCount: 0 })
 * // throws ValidationException "2 validation errors detected: Value '0' at 'shardCount' failed to satisfy
 * // constraint: Member must have value greater than or equal to 1; Value null at 'streamName' failed to
 * // satisfy constraint: Member must not be null"
 */
export function parseInput(operation: string, input: unknown): Record<string, unknown> {
  // AWS answers an unknown X-Amz-Target with a bare UnknownOperationException, without a message.
  if (!isKinesisOperation(operation)) throw new KinesisError('UnknownOperationException', '');
  const shape = OPERATION_SHAPES[operation];
  const request = deserializeInput(shape, input);
  const violations = collectViolations(shape, request);
  if (violations.length > 0) throw new KinesisError('ValidationException', validationMessage(violations));
  return request;
}

/**
 * Throws the KinesisError AWS would return for a request that breaks the API model; returns otherwise.
 * @example validateInput('PutRecord', { StreamName: 'orders', PartitionKey: 'k', Data: 'aGk=' }) // ok
 */
export function validateInput(operation: string, input: unknown): void {
  parseInput(operation, input);
}
