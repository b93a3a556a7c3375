import { KinesisError, provisionedOnly, shardNotFound, streamNotActive } from './errors';
import { emit } from './events';
import { hashKeyRanges, rangeContains } from './hashing';
import { shardId } from './ids';
import { DAY_MS, MAX_SHARDS_PER_STREAM, RESHARD_DELAY_MS, SCALING_OPERATIONS_PER_DAY } from './limits';
import { findShard, newShard, openShards, shardRange } from './shards';
import { getStream } from './streams';
import type { PendingChange, ShardState, SimState, StreamState } from './types';

function activeProvisioned(state: SimState, name: string, operation: string): StreamState {
  const stream = getStream(state, name);
  if (stream.status !== 'ACTIVE') throw streamNotActive(stream, state.account);
  if (stream.mode === 'ON_DEMAND') throw provisionedOnly(operation, name, state.account);
  return stream;
}

function openShard(state: SimState, stream: StreamState, id: string): ShardState {
  const shard = findShard(stream, id);
  if (!shard) throw shardNotFound(id, stream.name, state.account);
  if (shard.closedAt !== null) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Shard ${id} in stream ${stream.name} under account ${state.account} has already been merged or split, and thus is not eligible for merging or splitting.`,
    );
  }
  return shard;
}

function schedule(state: SimState, stream: StreamState, pending: PendingChange): void {
  stream.status = 'UPDATING';
  stream.statusUntil = state.now + RESHARD_DELAY_MS;
  stream.pending = pending;
}

/**
 * SplitShard: the stream goes UPDATING; when it is ACTIVE again the parent is CLOSED and two children
 * cover [start, newStart − 1] and [newStart, end] (fact 12).
 * @example splitShard(sim, 'demo', 'shardId-000000000000', '170141183460469231731687303715884105728')
 */
export function splitShard(state: SimState, name: string, id: string, newStartingHashKey: string): void {
  const stream = activeProvisioned(state, name, 'SplitShard');
  const shard = openShard(state, stream, id);
  const range = shardRange(shard);
  const key = /^\d{1,39}$/.test(newStartingHashKey) ? BigInt(newStartingHashKey) : -1n;
  if (key <= range.start || key > range.end) {
    throw new KinesisError(
      'InvalidArgumentException',
      `NewStartingHashKey ${newStartingHashKey} used in SplitShard() on shard ${id} in stream ${name} under account ${state.account} is not both greater than one plus the shard's StartingHashKey ${range.start} and less than the shard's EndingHashKey ${range.end}.`,
    );
  }
  schedule(state, stream, { kind: 'split', shardIndex: shard.index, newStartingHashKey });
  emit(state, { type: 'shard/splitting', stream: name, shard: id });
}

/** MergeShards: two open shards with adjacent hash key ranges become one (fact 12). */
export function mergeShards(state: SimState, name: string, id: string, adjacentId: string): void {
  const stream = activeProvisioned(state, name, 'MergeShards');
  const a = openShard(state, stream, id);
  const b = openShard(state, stream, adjacentId);
  const ra = shardRange(a);
  const rb = shardRange(b);
  if (ra.end + 1n !== rb.start && rb.end + 1n !== ra.start) {
    throw new KinesisError(
      'InvalidArgumentException',
      `Shards ${id} and ${adjacentId} in stream ${name} under account ${state.account} are not an adjacent pair of shards eligible for merging`,
    );
  }
  schedule(state, stream, { kind: 'merge', shardIndex: a.index, adjacentIndex: b.index });
  emit(state, { type: 'shards/merging', stream: name, shard: id, adjacentShard: adjacentId });
}

/**
 * UpdateShardCount with UNIFORM_SCALING: at most 10 per rolling 24 h, target between half and double
 * the open shard count, at most 10,000 (fact 13).
 */
export function updateShardCount(state: SimState, name: string, target: number): { current: number; target: number } {
  const stream = activeProvisioned(state, name, 'UpdateShardCount');
  const current = openShards(stream).length;
  stream.scalingHistory = stream.scalingHistory.filter((t) => t > state.now - DAY_MS);
  const limit = (message: string) => new KinesisError('LimitExceededException', message);
  if (stream.scalingHistory.length >= SCALING_OPERATIONS_PER_DAY) {
    throw limit(
      `Stream ${name} under account ${state.account} has exceeded the maximum number of ${SCALING_OPERATIONS_PER_DAY} UpdateShardCount operations in a rolling 24-hour period.`,
    );
  }
  if (target > current * 2)
    throw limit(
      `UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: ${current} Target shard count: ${target}`,
    );
  if (target * 2 < current)
    throw limit(
      `UpdateShardCount cannot scale down below half your current open shard count. Current open shard count: ${current} Target shard count: ${target}`,
    );
  if (target > MAX_SHARDS_PER_STREAM)
    throw limit(`UpdateShardCount cannot scale above ${MAX_SHARDS_PER_STREAM} shards per stream.`);
  stream.scalingHistory.push(state.now);
  schedule(state, stream, { kind: 'scale', targetShardCount: target });
  emit(state, { type: 'stream/scaling', stream: name, from: current, to: target });
  return { current, target };
}

function close(shard: ShardState, now: number): ShardState {
  return { ...shard, closedAt: now };
}

/** Applies a finished resharding: parents close, children open. A new shards array is installed. */
export function applyReshard(state: SimState, stream: StreamState, pending: PendingChange): void {
  const now = state.now;
  const created: ShardState[] = [];
  let closing: number[] = [];
  if (pending.kind === 'split') {
    const parent = stream.shards.find((s) => s.index === pending.shardIndex)!;
    const range = shardRange(parent);
    const key = BigInt(pending.newStartingHashKey);
    created.push(
      newShard(stream.nextShardIndex++, { start: range.start, end: key - 1n }, now, { parentIndex: parent.index }),
    );
    created.push(newShard(stream.nextShardIndex++, { start: key, end: range.end }, now, { parentIndex: parent.index }));
    closing = [parent.index];
  } else if (pending.kind === 'merge') {
    const a = stream.shards.find((s) => s.index === pending.shardIndex)!;
    const b = stream.shards.find((s) => s.index === pending.adjacentIndex)!;
    const [low, high] = shardRange(a).start < shardRange(b).start ? [a, b] : [b, a];
    created.push(
      newShard(stream.nextShardIndex++, { start: shardRange(low).start, end: shardRange(high).end }, now, {
        parentIndex: a.index,
        adjacentParentIndex: b.index,
      }),
    );
    closing = [a.index, b.index];
  } else if (pending.kind === 'scale') {
    // Simplification: AWS reaches the target through a series of splits and merges; here the open
    // shards are replaced in one step by evenly sized ones, each naming the old shards at its two ends
    // as parents.
    const old = openShards(stream);
    for (const range of hashKeyRanges(pending.targetShardCount)) {
      const first = old.find((s) => rangeContains(shardRange(s), range.start))!;
      const last = old.find((s) => rangeContains(shardRange(s), range.end))!;
      const parents =
        first === last ? { parentIndex: first.index } : { parentIndex: first.index, adjacentParentIndex: last.index };
      created.push(newShard(stream.nextShardIndex++, range, now, parents));
    }
    closing = old.map((s) => s.index);
  }
  stream.shards = [...stream.shards.map((s) => (closing.includes(s.index) ? close(s, now) : s)), ...created];
  emit(state, {
    type: pending.kind === 'merge' ? 'shards/merged' : pending.kind === 'split' ? 'shard/split' : 'stream/scaled',
    stream: stream.name,
    closed: closing.map(shardId),
    created: created.map((s) => shardId(s.index)),
  });
}
