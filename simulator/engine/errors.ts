import { KinesisError } from '../api/KinesisError';
import type { StreamState } from './types';

/** AWS's wording for the errors the engine raises (shared so every operation says it the same way). */
export const streamNotFound = (name: string, account: string) =>
  new KinesisError('ResourceNotFoundException', `Stream ${name} under account ${account} not found.`);

export const streamNotActive = (stream: StreamState, account: string) =>
  new KinesisError(
    'ResourceInUseException',
    `Stream ${stream.name} under account ${account} not ACTIVE, instead in state ${stream.status}`,
  );

export const shardNotFound = (shard: string, stream: string, account: string) =>
  new KinesisError(
    'ResourceNotFoundException',
    `Could not find shard ${shard} in stream ${stream} under account ${account}.`,
  );

export const provisionedOnly = (operation: string, stream: string, account: string) =>
  new KinesisError(
    'ValidationException',
    `${operation} is not supported for stream ${stream} under account ${account} in ON_DEMAND capacity mode.`,
  );

export { KinesisError };
