// The wire format of Kinesis Data Streams' AWS JSON 1.1 protocol, as the AWS CLI v2 and the SDK v3 speak it:
// `POST /`, `X-Amz-Target: Kinesis_20131202.<Operation>` (or `Firehose_20150804.<Operation>`, same protocol), a JSON body in, a JSON body out, and errors as
// `{"__type": "<Name>", "message": "<text>"}`. Pure functions over strings so they can be tested without sockets.
import type { KinesisErrorName } from '../simulator/api/KinesisError';

/** The X-Amz-Target prefix of Kinesis Data Streams' API version 2013-12-02. */
export const KINESIS_TARGET_PREFIX = 'Kinesis_20131202.';

/** The content type of every response, and the one the CLI v2 and SDK v3 send. */
export const AMZ_JSON_CONTENT_TYPE = 'application/x-amz-json-1.1';

/**
 * The largest request body read. Kinesis takes at most 10 MiB of data in one PutRecords call (and one record
 * may be up to 10 MiB), which base64 inflates to ~13.4 MiB of JSON; 20 MiB leaves room for keys and framing
 * while still refusing a runaway upload before it fills memory.
 */
export const MAX_REQUEST_BYTES = 20 * 1024 * 1024;

/** Error names the HTTP layer itself can answer with, beyond the ones Kinesis defines. */
export type ProtocolErrorName =
  | KinesisErrorName
  | 'NotFoundException'
  | 'MethodNotAllowedException'
  | 'RequestEntityTooLargeException'
  | 'UnsupportedMediaTypeException';

/**
 * A request the endpoint refuses before (or instead of) calling the handler, with the HTTP status to send.
 * @example throw new ProtocolError('SerializationException', 'The request body is not valid JSON.')
 */
export class ProtocolError extends Error {
  constructor(
    readonly name: ProtocolErrorName,
    message: string,
    readonly status: number = httpStatusFor(name),
  ) {
    super(message);
  }
}

/**
 * The HTTP status AWS uses for an error name: 500 for InternalFailure (so clients retry it), 400 otherwise.
 * @example httpStatusFor('ResourceNotFoundException') // 400
 */
export function httpStatusFor(name: ProtocolErrorName): number {
  switch (name) {
    case 'InternalFailure':
      return 500;
    case 'NotFoundException':
      return 404;
    case 'MethodNotAllowedException':
      return 405;
    case 'RequestEntityTooLargeException':
      return 413;
    case 'UnsupportedMediaTypeException':
      return 415;
    default:
      return 400;
  }
}

/**
 * The body of an error response. The SDK v3 reads the error code from `__type` (after any `namespace#`) and
 * the message from `message`; the CLI v2 (botocore) reads the same two members.
 * @example errorBody('ResourceNotFoundException', 'Stream demo not found.') // '{"__type":"ResourceNotFoundException","message":"Stream demo not found."}'
 */
export function errorBody(name: ProtocolErrorName, message: string): string {
  return JSON.stringify({ __type: name, message });
}

// SubscribeToShard answers with an HTTP/2 event stream (application/vnd.amazon.eventstream), not a JSON body,
// so a JSON reply from the handler would only confuse the client.
const EVENT_STREAM_OPERATIONS = new Set(['SubscribeToShard']);

/** The X-Amz-Target prefix of Amazon Data Firehose's API version 2015-08-04, served by the same endpoint. */
export const FIREHOSE_TARGET_PREFIX = 'Firehose_20150804.';

/** Which API a request is for, and its operation. */
export interface Target {
  service: 'kinesis' | 'firehose';
  operation: string;
}

/**
 * The API and operation named by an `X-Amz-Target` header; throws UnknownOperationException when it names none.
 * @example targetOf('Firehose_20150804.PutRecordBatch') // { service: 'firehose', operation: 'PutRecordBatch' }
 */
export function targetOf(target: string | undefined): Target {
  const example = `${KINESIS_TARGET_PREFIX}ListStreams`;
  if (target === undefined || target.trim() === '') {
    throw new ProtocolError(
      'UnknownOperationException',
      `The request has no X-Amz-Target header. A Kinesis call names its operation there, e.g. "X-Amz-Target: ${example}".`,
    );
  }
  const service = target.startsWith(KINESIS_TARGET_PREFIX)
    ? 'kinesis'
    : target.startsWith(FIREHOSE_TARGET_PREFIX)
      ? 'firehose'
      : undefined;
  if (service === undefined) {
    throw new ProtocolError(
      'UnknownOperationException',
      `X-Amz-Target "${target}" is not a Kinesis Data Streams or Firehose operation: this endpoint serves targets that start with "${KINESIS_TARGET_PREFIX}" or "${FIREHOSE_TARGET_PREFIX}", e.g. "${example}".`,
    );
  }
  const prefix = service === 'kinesis' ? KINESIS_TARGET_PREFIX : FIREHOSE_TARGET_PREFIX;
  const operation = target.slice(prefix.length);
  if (!/^[A-Z][A-Za-z0-9]*$/.test(operation)) {
    const name = service === 'kinesis' ? 'Kinesis' : 'Firehose';
    throw new ProtocolError(
      'UnknownOperationException',
      `X-Amz-Target "${target}" names no ${name} operation: use the API's PascalCase name, e.g. "${prefix}${service === 'kinesis' ? 'ListStreams' : 'ListDeliveryStreams'}".`,
    );
  }
  if (service === 'kinesis' && EVENT_STREAM_OPERATIONS.has(operation)) {
    throw new ProtocolError(
      'UnknownOperationException',
      `${operation} is not available on this endpoint: it pushes records over an HTTP/2 event stream, which this endpoint does not speak. Read with GetShardIterator and GetRecords instead.`,
    );
  }
  return { service, operation };
}

/**
 * The operation named by an `X-Amz-Target` header (Kinesis or Firehose); see targetOf.
 * @example operationFromTarget('Kinesis_20131202.PutRecord') // 'PutRecord'
 */
export function operationFromTarget(target: string | undefined): string {
  return targetOf(target).operation;
}

/**
 * Accepts a JSON request's Content-Type (or none); throws UnsupportedMediaTypeException (415) for any other,
 * with a hint for CBOR, which the AWS SDK for Java and the KCL send to Kinesis by default.
 * @example checkContentType('application/x-amz-json-1.1; charset=utf-8') // passes
 */
export function checkContentType(contentType: string | undefined): void {
  if (contentType === undefined) return;
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mediaType === '' || mediaType === 'application/json' || mediaType.startsWith('application/x-amz-json-')) return;
  if (mediaType.startsWith('application/x-amz-cbor-')) {
    throw new ProtocolError(
      'UnsupportedMediaTypeException',
      `This endpoint speaks AWS JSON 1.1 only, not CBOR (${mediaType}). The AWS SDK for Java and the KCL use CBOR for Kinesis by default: turn it off with the environment variable AWS_CBOR_DISABLE=true (or -Dcom.amazonaws.sdk.disableCbor=true for SDK v1).`,
    );
  }
  throw new ProtocolError(
    'UnsupportedMediaTypeException',
    `Content-Type "${contentType}" is not supported: send the body as JSON with "Content-Type: ${AMZ_JSON_CONTENT_TYPE}".`,
  );
}

/**
 * The request body as the handler's input object; throws SerializationException when it is not a JSON object.
 * @example parseInput('{"StreamName":"demo"}') // { StreamName: 'demo' }
 */
export function parseInput(body: string): Record<string, unknown> {
  if (body.trim() === '') {
    throw new ProtocolError(
      'SerializationException',
      'The request body is empty. Send a JSON object: {} when the operation takes no parameters.',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message})` : '';
    throw new ProtocolError(
      'SerializationException',
      `The request body is not valid JSON${reason}. Send a JSON object such as {"StreamName":"demo"}.`,
    );
  }
  if (!isPlainObject(parsed)) {
    const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : `a ${typeof parsed}`;
    throw new ProtocolError(
      'SerializationException',
      `The request body must be a JSON object with the operation's parameters, but it is ${kind}.`,
    );
  }
  return parsed;
}

/**
 * The JSON body of a successful call: `{}` for undefined, blobs (Uint8Array) as base64 and timestamps (Date) as
 * epoch seconds, which is how AWS JSON 1.1 puts them on the wire. Throws a plain Error for anything that is not
 * an object, because that is a bug in the handler, not in the request.
 * @example serializeOutput({ Data: new Uint8Array([104, 105]) }) // '{"Data":"aGk="}'
 */
export function serializeOutput(output: unknown): string {
  if (output === undefined) return '{}';
  if (!isPlainObject(output)) {
    const kind = output === null ? 'null' : Array.isArray(output) ? 'an array' : typeof output;
    throw new Error(`The operation handler returned ${kind}; it must return an object or undefined.`);
  }
  return JSON.stringify(output, wireValue);
}

// A replacer sees a Date only after Date#toJSON has turned it into a string, so it looks at the raw value on
// the holder instead.
function wireValue(this: unknown, key: string, value: unknown): unknown {
  const raw = typeof this === 'object' && this !== null ? (this as Record<string, unknown>)[key] : value;
  if (raw instanceof Date) return raw.getTime() / 1000;
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
