import type { Materializer } from '../engine/getRecords';
import { syntheticRecords } from '../engine/materialize';
import type { SimState } from '../engine/types';
import { KinesisError, type KinesisOperationHandler } from './KinesisError';
import { createGetRecords, GetShardIterator, PutRecord, PutRecords } from './operations/recordOperations';
import {
  AddTagsToStream,
  DecreaseStreamRetentionPeriod,
  DeregisterStreamConsumer,
  DescribeStreamConsumer,
  DisableEnhancedMonitoring,
  EnableEnhancedMonitoring,
  IncreaseStreamRetentionPeriod,
  ListStreamConsumers,
  ListTagsForStream,
  RegisterStreamConsumer,
  RemoveTagsFromStream,
  UpdateMaxRecordSize,
  UpdateStreamMode,
} from './operations/settingsOperations';
import { ListShards, MergeShards, SplitShard, UpdateShardCount } from './operations/shardOperations';
import {
  CreateStream,
  DeleteStream,
  DescribeStream,
  DescribeStreamSummary,
  ListStreams,
} from './operations/streamOperations';
import type { Input } from './operations/input';
import { parseInput } from './validation';

type Operation = (sim: SimState, input: Input) => unknown;

export interface KinesisApiOptions {
  /** How synthetic (aggregated) records look when read through GetRecords. */
  materialize?: Materializer;
}

function operations(options: KinesisApiOptions): Record<string, Operation> {
  return {
    CreateStream,
    DeleteStream,
    DescribeStream,
    DescribeStreamSummary,
    ListStreams,
    ListShards,
    PutRecord,
    PutRecords,
    GetShardIterator,
    GetRecords: createGetRecords(options.materialize),
    SplitShard,
    MergeShards,
    UpdateShardCount,
    IncreaseStreamRetentionPeriod,
    DecreaseStreamRetentionPeriod,
    UpdateStreamMode,
    UpdateMaxRecordSize,
    RegisterStreamConsumer,
    DeregisterStreamConsumer,
    DescribeStreamConsumer,
    ListStreamConsumers,
    EnableEnhancedMonitoring,
    DisableEnhancedMonitoring,
    AddTagsToStream,
    ListTagsForStream,
    RemoveTagsFromStream,
  };
}

/**
 * The Kinesis API over a simulation: AWS operation names, request and response shapes, and errors.
 * Requests are validated against the API model first, exactly as AWS words it.
 * @example const call = createKinesisApi(sim); call('CreateStream', { StreamName: 'demo', ShardCount: 1 })
 */
export function createKinesisApi(sim: SimState, options: KinesisApiOptions = {}): KinesisOperationHandler {
  const table = operations({ materialize: syntheticRecords(sim), ...options });
  return (operation, input) => {
    const request = parseInput(operation, input);
    const run = table[operation];
    if (!run) throw new KinesisError('UnknownOperationException', '');
    return run(sim, request);
  };
}

/** The operations the API layer implements. */
export const IMPLEMENTED_OPERATIONS = Object.keys(operations({}));
