import { textToBase64 } from './base64';
import { renderTemplate, randomUuid } from './dataTemplate';
import type { Materializer } from './getRecords';
import { partitionKeyHash, rangeContains } from './hashing';
import { keyDistribution } from './keyDistribution';
import { nextFloat, seedPrng } from './prng';
import { shardRange } from './shards';
import type { SimState } from './types';

/** A per-record seed from the producer's seed, the shard and the record's ordinal (FNV-1a mix). */
function recordSeed(seed: number, shard: number, ordinal: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (const n of [shard, ordinal, Math.floor(ordinal / 0x1_0000_0000)]) {
    h = Math.imul(h ^ (n & 0xffff), 0x01000193);
    h = Math.imul(h ^ (n >>> 16), 0x01000193);
  }
  return h >>> 0;
}

/**
 * How synthetic records look when read through GetRecords: built on demand from the producer's
 * configuration, deterministically, so runs never need to store payloads.
 * @example createKinesisApi(sim, { materialize: syntheticRecords(sim) })
 */
export function syntheticRecords(state: SimState): Materializer {
  return (entry, shard, stream) => {
    const producer = state.producers[entry.producer ?? -1];
    if (!producer) return { partitionKey: 'unknown', data: '' };
    const { config } = producer;
    const seed = recordSeed(config.seed, shard.index, entry.ordinal);
    let partitionKey: string;
    const share = keyDistribution(stream, config.keys).find((s) => s.shardIndex === shard.index);
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
      partitionKey = candidate;
    } else if (share && share.keys.length > 0) {
      const [u] = nextFloat(seedPrng(seed));
      let acc = u * share.share;
      partitionKey = share.keys[share.keys.length - 1]!.key;
      for (const k of share.keys) {
        acc -= k.weight;
        if (acc <= 0) {
          partitionKey = k.key;
          break;
        }
      }
    } else {
      partitionKey = config.keys.kind === 'explicitHash' ? 'explicit-hash' : 'key';
    }
    const payload = config.template
      ? renderTemplate(config.template, seed, { arrival: entry.arrival, ordinal: entry.ordinal, partitionKey })
      : 'x'.repeat(Math.max(0, entry.size - partitionKey.length));
    return { partitionKey, data: textToBase64(payload) };
  };
}
