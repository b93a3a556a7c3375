import { HASH_SPACE, rangeContains, type HashKeyRange } from './hashing';
import { sequenceBase, shardId } from './ids';
import { SHARD_READ_BYTES_PER_SECOND } from './limits';
import { createRunTable } from './runTable';
import type { ShardState, StreamState } from './types';

/** Parsed hash key ranges, cached per shard object (bigints are not stored in the plain-data state). */
const rangeCache = new WeakMap<ShardState, HashKeyRange>();

export function shardRange(shard: ShardState): HashKeyRange {
  let range = rangeCache.get(shard);
  if (!range) {
    range = { start: BigInt(shard.hashKeyStart), end: BigInt(shard.hashKeyEnd) };
    rangeCache.set(shard, range);
  }
  return range;
}

export function newShard(
  index: number,
  range: HashKeyRange,
  createdAt: number,
  parents: { parentIndex?: number; adjacentParentIndex?: number } = {},
): ShardState {
  return {
    index,
    parentIndex: parents.parentIndex ?? null,
    adjacentParentIndex: parents.adjacentParentIndex ?? null,
    hashKeyStart: range.start.toString(),
    hashKeyEnd: range.end.toString(),
    createdAt,
    closedAt: null,
    sequenceBase: sequenceBase(index, createdAt),
    nextOrdinal: 0,
    trimOrdinal: 0,
    records: [],
    runs: createRunTable(),
    write: { start: 0, records: 0, bytes: 0 },
    read: { start: 0, calls: 0, tokens: SHARD_READ_BYTES_PER_SECOND, tokensAt: createdAt, penaltyUntil: 0 },
    stats: {
      incomingRecords: 0,
      incomingBytes: 0,
      throttledRecords: 0,
      outgoingRecords: 0,
      outgoingBytes: 0,
      readThrottles: 0,
      expiredRecords: 0,
    },
  };
}

export function openShards(stream: StreamState): ShardState[] {
  return stream.shards.filter((s) => s.closedAt === null);
}

const byIdCache = new WeakMap<ShardState[], Map<string, ShardState>>();

/** The stream's shards by shard id (cached per shards array, which resharding replaces). */
export function shardsById(stream: StreamState): Map<string, ShardState> {
  let map = byIdCache.get(stream.shards);
  if (!map) {
    map = new Map(stream.shards.map((s) => [shardId(s.index), s]));
    byIdCache.set(stream.shards, map);
  }
  return map;
}

export function findShard(stream: StreamState, id: string): ShardState | undefined {
  return shardsById(stream).get(id);
}

/**
 * The open shard whose hash key range holds `hash` (binary search over open shards sorted by range).
 * @example routeHash(stream, partitionKeyHash('user-1'))
 */
export function routeHash(stream: StreamState, hash: bigint): ShardState {
  if (hash < 0n || hash >= HASH_SPACE) throw new RangeError('hash key outside the 128-bit space');
  const open = openShardsByRange(stream);
  let lo = 0;
  let hi = open.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const shard = open[mid]!;
    const range = shardRange(shard);
    if (hash < range.start) hi = mid - 1;
    else if (hash > range.end) lo = mid + 1;
    else return shard;
  }
  // Open shards always tile the hash key space; reaching here means the state is corrupt.
  const fallback = open.find((s) => rangeContains(shardRange(s), hash));
  if (!fallback) throw new Error(`no open shard holds hash key ${hash}`);
  return fallback;
}

// Keyed by the shards array itself: resharding always installs a new array (see resharding.ts), so a
// cached order can never go stale.
const sortedCache = new WeakMap<ShardState[], ShardState[]>();

function openShardsByRange(stream: StreamState): ShardState[] {
  let open = sortedCache.get(stream.shards);
  if (!open) {
    open = openShards(stream).sort((a, b) => (shardRange(a).start < shardRange(b).start ? -1 : 1));
    sortedCache.set(stream.shards, open);
  }
  return open;
}
