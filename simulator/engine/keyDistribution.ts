import { HASH_SPACE, partitionKeyHash } from './hashing';
import { routeHash, shardRange } from './shards';
import type { KeyStrategy } from './producerTypes';
import type { StreamState } from './types';

/** The partition keys an N-keys strategy uses. */
export function strategyKey(i: number): string {
  return `key-${i}`;
}

export interface ShardShare {
  shardIndex: number;
  share: number;
  /** Partition keys landing on this shard with their weights, heaviest first (empty for UUIDs). */
  keys: { key: string; weight: number }[];
}

// Keyed by the shards array (replaced on every reshard) and the strategy object (replaced on every change).
const cache = new WeakMap<object, WeakMap<KeyStrategy, ShardShare[]>>();

/**
 * How a key strategy spreads records over the stream's open shards. Random UUIDs spread in proportion
 * to each shard's slice of the hash key space; N keys by where each key's MD5 lands (Zipf weights key k
 * by 1/k^s); a constant key or explicit hash key puts everything on one shard.
 * @example keyDistribution(stream, { kind: 'constant', key: 'user-1' }) // [{ shardIndex: 1, share: 1, … }]
 */
export function keyDistribution(stream: StreamState, strategy: KeyStrategy): ShardShare[] {
  let perShards = cache.get(stream.shards);
  if (!perShards) {
    perShards = new WeakMap();
    cache.set(stream.shards, perShards);
  }
  let shares = perShards.get(strategy);
  if (!shares) {
    shares = compute(stream, strategy);
    perShards.set(strategy, shares);
  }
  return shares;
}

function compute(stream: StreamState, strategy: KeyStrategy): ShardShare[] {
  const open = stream.shards.filter((s) => s.closedAt === null);
  const byShard = new Map<number, ShardShare>(open.map((s) => [s.index, { shardIndex: s.index, share: 0, keys: [] }]));
  const add = (hash: bigint, weight: number, key: string | null) => {
    const entry = byShard.get(routeHash(stream, hash).index)!;
    entry.share += weight;
    if (key !== null) entry.keys.push({ key, weight });
  };
  switch (strategy.kind) {
    case 'uuid':
      for (const shard of open) {
        const r = shardRange(shard);
        byShard.get(shard.index)!.share = Number(((r.end - r.start + 1n) * 1_000_000_000n) / HASH_SPACE) / 1e9;
      }
      break;
    case 'constant':
      add(partitionKeyHash(strategy.key), 1, strategy.key);
      break;
    case 'explicitHash':
      add(BigInt(strategy.hashKey), 1, null);
      break;
    case 'uniform':
    case 'zipf': {
      const weights = Array.from({ length: strategy.count }, (_, i) =>
        strategy.kind === 'zipf' ? 1 / Math.pow(i + 1, strategy.exponent) : 1,
      );
      const total = weights.reduce((a, b) => a + b, 0);
      weights.forEach((w, i) => add(partitionKeyHash(strategyKey(i)), w / total, strategyKey(i)));
      break;
    }
  }
  for (const entry of byShard.values()) entry.keys.sort((a, b) => b.weight - a.weight);
  return [...byShard.values()].filter((e) => e.share > 0);
}
