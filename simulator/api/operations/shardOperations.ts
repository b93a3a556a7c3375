import { KinesisError } from '../KinesisError';
import { parseShardId } from '../../engine/ids';
import { mergeShards, splitShard, updateShardCount } from '../../engine/resharding';
import { getStream } from '../../engine/streams';
import type { ShardState, SimState } from '../../engine/types';
import { shardShape } from './describeShapes';
import { num, str, streamName, time, type Input } from './input';
import { decodeToken, encodeToken } from './streamOperations';

interface ShardFilter {
  Type?: string;
  ShardId?: string;
  Timestamp?: number | string;
}

function filterShards(shards: ShardState[], filter: ShardFilter | undefined): ShardState[] {
  if (!filter?.Type) return shards;
  const open = (s: ShardState) => s.closedAt === null;
  switch (filter.Type) {
    case 'AFTER_SHARD_ID': {
      const after = parseShardId(filter.ShardId ?? '');
      if (after === null)
        throw new KinesisError(
          'InvalidArgumentException',
          'ShardFilter of type AFTER_SHARD_ID requires a valid ShardId.',
        );
      return shards.filter((s) => s.index > after);
    }
    case 'AT_LATEST':
      return shards.filter(open);
    case 'AT_TRIM_HORIZON':
      // Shards whose data starts at the trim horizon: those with no retained parent.
      return shards.filter((s) => !shards.some((p) => p.index === s.parentIndex || p.index === s.adjacentParentIndex));
    case 'FROM_TRIM_HORIZON':
      return shards;
    case 'AT_TIMESTAMP':
    case 'FROM_TIMESTAMP': {
      const at = time({ t: filter.Timestamp }, 't');
      if (at === undefined)
        throw new KinesisError('InvalidArgumentException', `ShardFilter of type ${filter.Type} requires a Timestamp.`);
      const alive = shards.filter((s) => s.createdAt <= at && (s.closedAt === null || s.closedAt >= at));
      return filter.Type === 'AT_TIMESTAMP' ? alive : shards.filter((s) => s.closedAt === null || s.closedAt >= at);
    }
    default:
      throw new KinesisError('InvalidArgumentException', `Unknown ShardFilter type ${filter.Type}.`);
  }
}

export function ListShards(sim: SimState, input: Input) {
  const token = str(input, 'NextToken');
  if (token && (str(input, 'StreamName') || str(input, 'StreamARN'))) {
    throw new KinesisError('InvalidArgumentException', 'NextToken and StreamName cannot be provided together.');
  }
  let name: string;
  let after: number | null = null;
  if (token) {
    const [stream, index] = (decodeToken(token) ?? '').split('|');
    name = stream ?? '';
    after = Number(index);
  } else {
    name = streamName(sim, input);
    const start = str(input, 'ExclusiveStartShardId');
    if (start) after = parseShardId(start);
  }
  const stream = getStream(sim, name);
  const max = num(input, 'MaxResults') ?? 1000;
  const filtered = filterShards(stream.shards, input.ShardFilter as ShardFilter | undefined).filter(
    (s) => after === null || s.index > after,
  );
  const page = filtered.slice(0, max);
  const more = filtered.length > page.length;
  return {
    Shards: page.map(shardShape),
    ...(more ? { NextToken: encodeToken(`${name}|${page.at(-1)!.index}`) } : {}),
  };
}

export function SplitShard(sim: SimState, input: Input) {
  splitShard(sim, streamName(sim, input), str(input, 'ShardToSplit')!, str(input, 'NewStartingHashKey')!);
  return {};
}

export function MergeShards(sim: SimState, input: Input) {
  mergeShards(sim, streamName(sim, input), str(input, 'ShardToMerge')!, str(input, 'AdjacentShardToMerge')!);
  return {};
}

export function UpdateShardCount(sim: SimState, input: Input) {
  const name = streamName(sim, input);
  const { current, target } = updateShardCount(sim, name, num(input, 'TargetShardCount')!);
  return { StreamName: name, CurrentShardCount: current, TargetShardCount: target, StreamARN: sim.streams[name]!.arn };
}
