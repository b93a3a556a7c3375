/** Error names the Kinesis API returns (AWS's spelling), plus the protocol-level ones of the JSON endpoint. */
export type KinesisErrorName =
  | 'ValidationException'
  | 'InvalidArgumentException'
  | 'ResourceNotFoundException'
  | 'ResourceInUseException'
  | 'LimitExceededException'
  | 'ProvisionedThroughputExceededException'
  | 'ExpiredIteratorException'
  | 'AccessDeniedException'
  | 'SerializationException'
  | 'UnknownOperationException'
  | 'InternalFailure'
  /** Firehose's, for its API on the same engine (api/firehose). */
  | 'ServiceUnavailableException'
  | 'ConcurrentModificationException';

/**
 * An error as Kinesis reports it: AWS's error name and message. Every front (CLI console, SDK shim,
 * HTTP endpoint) shows these unchanged.
 * @example throw new KinesisError('ResourceNotFoundException', 'Stream demo under account 000000000000 not found.')
 */
export class KinesisError extends Error {
  constructor(
    readonly name: KinesisErrorName,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One Kinesis operation call: AWS operation name (`PutRecord`), the request as parsed JSON with AWS's
 * PascalCase members and base64 blobs; returns the response object or throws a KinesisError.
 */
export type KinesisOperationHandler = (
  operation: string,
  input: Record<string, unknown>,
  /** Which API the call is for (the endpoint serves Firehose's too); Kinesis Data Streams by default. */
  service?: 'kinesis' | 'firehose',
) => unknown;
