import { emit } from './events';
import { hashKeyRanges } from './hashing';
import { streamArn } from './ids';
import {
  CREATE_STREAM_DELAY_MS,
  DEFAULT_MAX_RECORD_SIZE_KIB,
  DEFAULT_RETENTION_HOURS,
  DELETE_STREAM_DELAY_MS,
  MAX_SHARDS_PER_STREAM,
  ON_DEMAND_INITIAL_SHARDS,
} from './limits';
import { KinesisError, streamNotFound } from './errors';
import { newShard } from './shards';
import type { SimState, StreamMode, StreamState } from './types';

export interface CreateStreamOptions {
  name: string;
  /** Provisioned mode: the number of shards. Ignored for on-demand. */
  shardCount?: number;
  mode?: StreamMode;
}

/**
 * CreateStream: the stream starts CREATING and becomes ACTIVE after a short virtual delay; its shards
 * split the hash key space evenly (fact 10). On-demand streams start with 4 MB/s of write capacity,
 * modelled as 4 shards.
 * @example createStream(sim, { name: 'demo', shardCount: 2 })
 */
export function createStream(state: SimState, options: CreateStreamOptions): StreamState {
  const { name } = options;
  if (state.streams[name]) {
    throw new KinesisError('ResourceInUseException', `Stream ${name} under account ${state.account} already exists.`);
  }
  const mode = options.mode ?? 'PROVISIONED';
  const count = mode === 'ON_DEMAND' ? ON_DEMAND_INITIAL_SHARDS : options.shardCount;
  if (count === undefined) {
    throw new KinesisError('InvalidArgumentException', 'ShardCount is required for a stream in PROVISIONED mode.');
  }
  if (count < 1 || count > MAX_SHARDS_PER_STREAM) {
    throw new KinesisError(
      'InvalidArgumentException',
      `ShardCount ${count} is out of range [1, ${MAX_SHARDS_PER_STREAM}].`,
    );
  }
  const shards = hashKeyRanges(count).map((range, i) => newShard(i, range, state.now));
  const stream: StreamState = {
    name,
    arn: streamArn(state.region, state.account, name),
    status: 'CREATING',
    statusUntil: state.now + CREATE_STREAM_DELAY_MS,
    pending: null,
    mode,
    createdAt: state.now,
    retentionHours: DEFAULT_RETENTION_HOURS,
    maxRecordSizeKiB: DEFAULT_MAX_RECORD_SIZE_KIB,
    nextShardIndex: count,
    shards,
    tags: {},
    enhancedMonitoring: [],
    scalingHistory: [],
    modeSwitches: [],
    consumers: [],
  };
  state.streams[name] = stream;
  emit(state, { type: 'stream/created', stream: name, mode, shardCount: count });
  return stream;
}

/** DeleteStream: DELETING for a moment, then gone with all its data. */
export function deleteStream(state: SimState, name: string): void {
  const stream = getStream(state, name);
  if (stream.status === 'DELETING') return;
  stream.status = 'DELETING';
  stream.statusUntil = state.now + DELETE_STREAM_DELAY_MS;
  stream.pending = { kind: 'delete' };
  emit(state, { type: 'stream/deleting', stream: name });
}

/** The stream, or ResourceNotFoundException as AWS words it. */
export function getStream(state: SimState, name: string): StreamState {
  const stream = state.streams[name];
  if (!stream) throw streamNotFound(name, state.account);
  return stream;
}

/** A stream that accepts reads and writes (ACTIVE or UPDATING), or ResourceNotFoundException. */
export function getWritableStream(state: SimState, name: string): StreamState {
  const stream = getStream(state, name);
  if (stream.status !== 'ACTIVE' && stream.status !== 'UPDATING') throw streamNotFound(name, state.account);
  return stream;
}

/** Resolves a StreamName or StreamARN argument to a stream name. */
export function streamNameFrom(state: SimState, name: string | undefined, arn: string | undefined): string {
  if (name) return name;
  if (arn) {
    const match = /^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:\d{12}:stream\/([a-zA-Z0-9_.-]+)$/.exec(arn);
    if (match) return match[1]!;
    throw new KinesisError('InvalidArgumentException', `StreamARN ${arn} is not a valid stream ARN.`);
  }
  throw new KinesisError('InvalidArgumentException', 'Either StreamName or StreamARN must be provided.');
}
