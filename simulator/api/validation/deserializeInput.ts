/**
 * The first half of AWS's request handling: reading the JSON into the operation's shape. A value of the
 * wrong JSON type stops the request at once with a SerializationException worded like AWS's Java
 * deserializer (recorded by kinesalite) — before any constraint is checked.
 *
 * The result is the request as AWS sees it afterwards: unknown members and nulls dropped, integers
 * truncated toward zero and saturated to 32 bits, `"true"`/`"false"` read as booleans. Base64 blobs stay
 * text (their length constraints are checked on the decoded bytes later).
 */
import { KinesisError } from '../KinesisError';
import { inspectBase64 } from './inspectBase64';
import type { Shape, StructureShape } from './shapeTypes';

const NUMBER = 'class com.amazon.coral.value.json.numbers.TruncatingBigNumber';
const INT_MIN = -2147483648;
const INT_MAX = 2147483647;

function serializationError(message: string): KinesisError {
  return new KinesisError('SerializationException', message);
}

/**
 * A missing value: absent, `null`, or a number JSON cannot carry (NaN and ±Infinity serialize as null).
 */
function isAbsent(value: unknown): value is undefined | null {
  return value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value));
}

/**
 * Reads a request body into `shape`, or throws AWS's SerializationException.
 * @example deserializeInput(OPERATION_SHAPES.CreateStream, { StreamName: 'a', ShardCount: 2.7 }) // { StreamName: 'a', ShardCount: 2 }
 */
export function deserializeInput(shape: StructureShape, input: unknown): Record<string, unknown> {
  // An SDK call without parameters arrives as undefined; AWS answers a non-object body without a message.
  if (input === undefined) return {};
  if (input === null || typeof input !== 'object') throw serializationError('');
  return deserializeValue(input, shape) as Record<string, unknown>;
}

function deserializeValue(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value) && shape.type !== 'list') throw serializationError('Start of list found where not expected');
  switch (shape.type) {
    case 'string':
      if (typeof value === 'string') return value;
      throw scalarMismatch(value, 'an String');
    case 'integer':
      if (typeof value === 'number') return Math.min(INT_MAX, Math.max(INT_MIN, Math.trunc(value)));
      if (typeof value === 'string')
        throw serializationError('class java.lang.String can not be converted to an Integer');
      throw scalarMismatch(value, 'an Integer');
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string') return stringToBoolean(value);
      throw scalarMismatch(value, 'an Boolean');
    case 'timestamp':
      if (typeof value === 'number') return value;
      if (typeof value === 'string') {
        throw serializationError('class java.lang.String can not be converted to milliseconds since epoch');
      }
      throw scalarMismatch(value, 'milliseconds since epoch');
    case 'blob':
      if (typeof value === 'string') return checkBlob(value);
      throw scalarMismatch(value, 'a Blob');
    case 'list':
      if (Array.isArray(value))
        return value.map((item) => (isAbsent(item) ? null : deserializeValue(item, shape.member)));
      if (typeof value === 'object') throw serializationError('Start of structure or map found where not expected.');
      throw serializationError('Expected list or null');
    case 'map':
      if (typeof value !== 'object') throw serializationError('Expected map or null');
      return Object.fromEntries(
        Object.entries(value as object).map(([key, item]) => [
          key,
          isAbsent(item) ? null : deserializeValue(item, shape.value),
        ]),
      );
    case 'structure':
      if (typeof value !== 'object') throw serializationError('Expected null');
      return deserializeStructure(value as Record<string, unknown>, shape);
  }
}

/** Members in the order they appear in the request, as a streaming deserializer meets them. */
function deserializeStructure(value: Record<string, unknown>, shape: StructureShape): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) {
    const member = Object.hasOwn(shape.members, name) ? shape.members[name] : undefined;
    if (member && !isAbsent(item)) result[name] = deserializeValue(item, member);
  }
  return result;
}

/** The message for a boolean, number or object where a scalar of `target` type belongs. */
function scalarMismatch(value: unknown, target: string): KinesisError {
  if (typeof value === 'boolean')
    return serializationError(`class java.lang.Boolean can not be converted to ${target}`);
  if (typeof value === 'number') return serializationError(`${NUMBER} can not be converted to ${target}`);
  return serializationError('Start of structure or map found where not expected.');
}

function stringToBoolean(value: string): boolean {
  const upper = value.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  throw serializationError(`'${upper}' can not be converted to an Boolean`);
}

function checkBlob(value: string): string {
  const inspection = inspectBase64(value);
  if (!inspection.ok) throw serializationError(`'${value}' can not be converted to a Blob: ${inspection.problem}`);
  return value;
}
