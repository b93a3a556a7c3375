import { userRecordSize } from './aggregation';
import { bytesToBase64, textToBase64 } from './base64';
import { renderTemplate, randomUuid } from './dataTemplate';
import type { Materializer } from './getRecords';
import { partitionKeyHash, rangeContains } from './hashing';
import { strategyKey } from './keyDistribution';
import { encodeAggregatedRecord } from './kplRecord';
import { nextFloat, seedPrng } from './prng';
import { shardRange } from './shards';
import type { KeyStrategy, ProducerConfig } from './producerTypes';
import type { ShardState, SimState } from './types';

const encoder = new TextEncoder();

/**
 * A per-record seed from the producer's seed, the shard, the record's ordinal and, inside an aggregate,
 * the user record's position (FNV-1a mix).
 */
function recordSeed(seed: number, shard: number, ordinal: number, userRecord: number): number {
  let h = 0x811c9dc5 ^ seed;
  const parts = [shard, ordinal, Math.floor(ordinal / 0x1_0000_0000)];
  if (userRecord > 0) parts.push(userRecord);
  for (const n of parts) {
    h = Math.imul(h ^ (n & 0xffff), 0x01000193);
    h = Math.imul(h ^ (n >>> 16), 0x01000193);
  }
  return h >>> 0;
}

interface KeysOnShard {
  share: number;
  /** Heaviest first, as keyDistribution lists them. */
  keys: { key: string; weight: number }[];
}

const keysCache = new WeakMap<ShardState, WeakMap<KeyStrategy, KeysOnShard>>();

/**
 * The strategy's keys whose hash falls in the shard's range, with their weights. Worked out from the
 * range rather than from keyDistribution, which only knows open shards: a closed parent's records keep
 * the keys they were written with.
 */
function keysOnShard(shard: ShardState, strategy: KeyStrategy): KeysOnShard {
  let perStrategy = keysCache.get(shard);
  if (!perStrategy) keysCache.set(shard, (perStrategy = new WeakMap()));
  let found = perStrategy.get(strategy);
  if (found) return found;
  const range = shardRange(shard);
  const candidates: { key: string; weight: number }[] = [];
  if (strategy.kind === 'constant') candidates.push({ key: strategy.key, weight: 1 });
  if (strategy.kind === 'uniform' || strategy.kind === 'zipf') {
    const weights = Array.from({ length: strategy.count }, (_, i) =>
      strategy.kind === 'zipf' ? 1 / Math.pow(i + 1, strategy.exponent) : 1,
    );
    const total = weights.reduce((a, b) => a + b, 0);
    weights.forEach((w, i) => candidates.push({ key: strategyKey(i), weight: w / total }));
  }
  const keys = candidates.filter((k) => rangeContains(range, partitionKeyHash(k.key)));
  found = { share: keys.reduce((sum, k) => sum + k.weight, 0), keys: keys.sort((a, b) => b.weight - a.weight) };
  perStrategy.set(strategy, found);
  return found;
}

/** A partition key for a synthetic user record that really belongs on `shard`, drawn from `seed`. */
function pickKey(config: ProducerConfig, shard: ShardState, seed: number): string {
  if (config.keys.kind === 'uuid') {
    // Draw UUIDs until one hashes into this shard, so the record really belongs where it is stored.
    let prng = seedPrng(seed);
    let candidate = '';
    for (let i = 0; i < 1000; i++) {
      const [id, next] = randomUuid(prng);
      prng = next;
      candidate = id;
      if (rangeContains(shardRange(shard), partitionKeyHash(id))) break;
    }
    return candidate;
  }
  const share = keysOnShard(shard, config.keys);
  if (share.keys.length > 0) {
    const [u] = nextFloat(seedPrng(seed));
    let acc = u * share.share;
    for (const k of share.keys) {
      acc -= k.weight;
      if (acc <= 0) return k.key;
    }
    return share.keys[share.keys.length - 1]!.key;
  }
  return config.keys.kind === 'explicitHash' ? 'explicit-hash' : 'key';
}

/**
 * How synthetic records look when read through GetRecords: built on demand from the producer's
 * configuration, deterministically, so runs never need to store payloads. A record of an aggregating
 * producer is a real KPL aggregate (kplRecord.ts) of user records that all belong on its shard, under the
 * first one's partition key, so a lab can de-aggregate it as KCL would.
 * @example createKinesisApi(sim, { materialize: syntheticRecords(sim) })
 */
export function syntheticRecords(state: SimState): Materializer {
  return (entry, shard) => {
    const producer = state.producers[entry.producer ?? -1];
    if (!producer) return { partitionKey: 'unknown', data: '' };
    const { config } = producer;
    const userRecords = entry.userRecords ?? 1;
    const userSize = userRecordSize(entry.size, userRecords);
    const users = Array.from({ length: userRecords }, (_, j) => {
      // The j = 0 seed is the unaggregated record's, so turning aggregation on keeps the first record.
      const seed = recordSeed(config.seed, shard.index, entry.ordinal, j);
      const partitionKey = pickKey(config, shard, seed);
      const payload = config.template
        ? renderTemplate(config.template, seed, { arrival: entry.arrival, ordinal: entry.ordinal, partitionKey })
        : 'x'.repeat(Math.max(0, userSize - partitionKey.length));
      return { partitionKey, payload };
    });
    const first = users[0]!;
    if (userRecords === 1) return { partitionKey: first.partitionKey, data: textToBase64(first.payload) };
    const data = encodeAggregatedRecord(
      users.map((u) => ({ partitionKey: u.partitionKey, data: encoder.encode(u.payload) })),
    );
    return { partitionKey: first.partitionKey, data: bytesToBase64(data) };
  };
}
