import { HASH_SPACE, partitionKeyHash } from '../engine/hashing';
import { shardId } from '../engine/ids';
import { keyDistribution } from '../engine/keyDistribution';
import type { ProducerConfig, RateProfile } from '../engine/producerTypes';
import { routeHash, shardRange } from '../engine/shards';
import type { StreamState } from '../engine/types';

/**
 * Where a 128-bit hash key sits on the ring, as a fraction of a full turn in [0, 1). Exact to 2^-53
 * (a double's precision): the top 53 bits are taken as an integer, so quarter points such as 2^126
 * land exactly on 0.25.
 * @example hashFraction(1n << 126n) // 0.25
 */
export function hashFraction(hash: bigint): number {
  return Number(hash >> 75n) / 2 ** 53;
}

/**
 * A range's share of the whole key space, to nine decimal places (computed in bigints, so the four
 * quarters of a 4-shard stream are 0.25 each, not 0.25000000000000006).
 * @example keySpaceShare(0n, (1n << 127n) - 1n) // 0.5
 */
export function keySpaceShare(start: bigint, end: bigint): number {
  return Number(((end - start + 1n) * 1_000_000_000n) / HASH_SPACE) / 1e9;
}

export interface RingArc {
  shardId: string;
  open: boolean;
  start: bigint;
  end: bigint;
  /** Start and end on the ring as fractions of a turn; `to` is where the next range would start. */
  from: number;
  to: number;
  keySpaceShare: number;
  /** Parents this shard was split or merged from. */
  parentShardIds: string[];
}

/**
 * Every listed shard's hash key range as an arc, ordered by where it starts (open and closed shards
 * overlap: a closed parent covers the ranges its children now hold).
 * @example ringArcs(stream).map((a) => a.from) // [0, 0.25, 0.5, 0.75] for a new 4-shard stream
 */
export function ringArcs(stream: StreamState): RingArc[] {
  return stream.shards
    .map((shard) => {
      const { start, end } = shardRange(shard);
      return {
        shardId: shardId(shard.index),
        open: shard.closedAt === null,
        start,
        end,
        from: hashFraction(start),
        to: end + 1n === HASH_SPACE ? 1 : hashFraction(end + 1n),
        keySpaceShare: keySpaceShare(start, end),
        parentShardIds: [shard.parentIndex, shard.adjacentParentIndex]
          .filter((p): p is number => p !== null)
          .map(shardId),
      };
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : Number(a.open) - Number(b.open)));
}

/**
 * A point on a circle, at a fraction of a turn clockwise from 12 o'clock (SVG's y axis points down).
 * @example pointOnRing(100, 100, 50, 0.25) // { x: 150, y: 100 }
 */
export function pointOnRing(cx: number, cy: number, r: number, fraction: number): { x: number; y: number } {
  const angle = 2 * Math.PI * fraction;
  return { x: round(cx + r * Math.sin(angle)), y: round(cy - r * Math.cos(angle)) };
}

// Three decimals keep path strings short and stable for tests; far below a pixel at any size.
function round(v: number): number {
  return Math.round(v * 1000) / 1000 + 0;
}

/**
 * An SVG path for the arc from one fraction of a turn to another, clockwise. A full turn is drawn as
 * two halves, since a single SVG arc cannot start and end at the same point.
 * @example arcPath(100, 100, 50, 0, 0.25) // 'M 100 50 A 50 50 0 0 1 150 100'
 */
export function arcPath(cx: number, cy: number, r: number, from: number, to: number): string {
  if (to - from >= 1) {
    const a = pointOnRing(cx, cy, r, from);
    const b = pointOnRing(cx, cy, r, from + 0.5);
    return `M ${a.x} ${a.y} A ${r} ${r} 0 1 1 ${b.x} ${b.y} A ${r} ${r} 0 1 1 ${a.x} ${a.y}`;
  }
  const a = pointOnRing(cx, cy, r, from);
  const b = pointOnRing(cx, cy, r, to);
  return `M ${a.x} ${a.y} A ${r} ${r} 0 ${to - from > 0.5 ? 1 : 0} 1 ${b.x} ${b.y}`;
}

/**
 * A producer's long-run records per second: weights producers against each other. Simplification:
 * a periodic rate counts as its base (exact unless the wave is clipped at zero).
 * @example meanRate({ kind: 'burst', base: 100, burst: 1000, everySeconds: 60, burstSeconds: 6 }) // 190
 */
export function meanRate(rate: RateProfile): number {
  switch (rate.kind) {
    case 'constant':
      return rate.recordsPerSecond;
    case 'periodic':
      return rate.base;
    case 'burst': {
      const burstShare = Math.min(rate.burstSeconds, rate.everySeconds) / rate.everySeconds;
      return rate.base * (1 - burstShare) + rate.burst * burstShare;
    }
  }
}

export interface KeyShare {
  /** A partition key, or null for an explicit hash key. */
  key: string | null;
  hash: bigint;
  /** Share of the stream's producer traffic this key carries. */
  share: number;
}

export interface ShardTraffic {
  shardId: string;
  /** Share of the producers' records routed to this shard (0 when nothing is produced). */
  share: number;
  /** Part of that share written with random UUID keys, which have no key to name. */
  uuidShare: number;
  /** The heaviest keys landing on this shard, heaviest first. */
  topKeys: KeyShare[];
}

/**
 * How the enabled producers of a stream spread their records over its open shards, weighted by each
 * producer's mean rate, with the heaviest keys per shard ("top partition keys per shard").
 * @example shardTraffic(stream, sim.producers.map((p) => p.config))[0] // { shardId: 'shardId-000000000000', share: 0.5, … }
 */
export function shardTraffic(stream: StreamState, producers: readonly ProducerConfig[], topN = 3): ShardTraffic[] {
  const mine = producers.filter((p) => p.enabled && p.stream === stream.name);
  const total = mine.reduce((sum, p) => sum + meanRate(p.rate), 0);
  const byShard = new Map<string, { share: number; uuidShare: number; keys: Map<string, KeyShare> }>();
  for (const shard of stream.shards)
    if (shard.closedAt === null) byShard.set(shardId(shard.index), { share: 0, uuidShare: 0, keys: new Map() });
  for (const producer of mine) {
    const weight = total > 0 ? meanRate(producer.rate) / total : 0;
    if (weight === 0) continue;
    const strategy = producer.keys;
    for (const entry of keyDistribution(stream, strategy)) {
      const target = byShard.get(shardId(entry.shardIndex))!;
      target.share += entry.share * weight;
      if (strategy.kind === 'uuid') target.uuidShare += entry.share * weight;
      if (strategy.kind === 'explicitHash') {
        const hash = BigInt(strategy.hashKey);
        addKey(target.keys, `#${strategy.hashKey}`, { key: null, hash, share: entry.share * weight });
      }
      // A uniform strategy can have thousands of keys; only the heaviest few can ever be shown.
      for (const { key, weight: w } of entry.keys.slice(0, topN))
        addKey(target.keys, key, { key, hash: partitionKeyHash(key), share: w * weight });
    }
  }
  return [...byShard].map(([id, t]) => ({
    shardId: id,
    share: t.share,
    uuidShare: t.uuidShare,
    topKeys: [...t.keys.values()].sort((a, b) => b.share - a.share).slice(0, topN),
  }));
}

function addKey(keys: Map<string, KeyShare>, id: string, share: KeyShare): void {
  const existing = keys.get(id);
  if (existing) existing.share += share.share;
  else keys.set(id, share);
}

export interface KeyRoute {
  partitionKey: string;
  hash: bigint;
  md5Hex: string;
  shardId: string;
  fraction: number;
}

/** Partition keys are 1–256 characters (fact 9). */
export const PARTITION_KEY_MAX_LENGTH = 256;

/**
 * Why a partition key would be rejected, in words, or null when it is valid. Length counts Unicode
 * characters (code points), as the API does.
 * @example partitionKeyProblem('') // 'A partition key needs at least 1 character.'
 */
export function partitionKeyProblem(partitionKey: string): string | null {
  const length = [...partitionKey].length;
  if (length === 0) return 'A partition key needs at least 1 character.';
  if (length > PARTITION_KEY_MAX_LENGTH)
    return `A partition key can have at most ${PARTITION_KEY_MAX_LENGTH} characters; this one has ${length}.`;
  return null;
}

/**
 * Where a partition key goes: its MD5 (hex), the 128-bit hash key, and the open shard that holds it.
 * @example routeKey(stream, 'user-1').shardId // 'shardId-000000000001' on a 2-shard stream
 */
export function routeKey(stream: StreamState, partitionKey: string): KeyRoute {
  const hash = partitionKeyHash(partitionKey);
  return {
    partitionKey,
    hash,
    md5Hex: hash.toString(16).padStart(32, '0'),
    shardId: shardId(routeHash(stream, hash).index),
    fraction: hashFraction(hash),
  };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A 39-digit hash key shortened for a table cell: four significant digits and a power of ten. The full
 * value belongs in a tooltip or an expandable cell next to it.
 * @example abbreviateHashKey(85070591730234615865843651857942052864n) // '8.507 × 10³⁷'
 */
export function abbreviateHashKey(value: bigint): string {
  const digits = value.toString();
  if (digits.length <= 6) return Number(value).toLocaleString('en-US');
  const exponent = [...String(digits.length - 1)].map((d) => SUPERSCRIPT[Number(d)]).join('');
  // Truncated rather than rounded, so a range end such as 2^128 − 1 never reads as the next power.
  return `${digits[0]}.${digits.slice(1, 4)} × 10${exponent}`;
}

/**
 * A share as a percentage with one decimal; a share too small to show as 0.1% still reads as non-zero.
 * @example formatShare(0.2560628641105541) // '25.6%'
 */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.0005) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}
