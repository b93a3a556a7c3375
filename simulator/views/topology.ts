import { HASH_SPACE } from '../engine/hashing';
import { shardId } from '../engine/ids';
import type { SimState } from '../engine/types';

export interface TopologyShard {
  id: string;
  index: number;
  open: boolean;
  parents: string[];
  /** The shard's hash key range as a share of the key space, e.g. "25–50%". */
  range: string;
}

export interface Topology {
  producers: { id: string; stream: string }[];
  streams: { name: string; shards: TopologyShard[] }[];
  consumers: { name: string; stream: string; fanOut: 'shared' | 'enhanced' }[];
}

/**
 * What the canvas draws: producers, streams with their shards, consumer applications, and which stream
 * each one writes to or reads from. No numbers: those reach each node through its own selector.
 * Removed producers and consumers are left out (the engine keeps producers for the runs they wrote).
 * @example topologyOf(sim).streams[0].shards.map((s) => s.id) // ['shardId-000000000000', …]
 */
export function topologyOf(sim: SimState): Topology {
  return {
    producers: sim.producers.filter((p) => !p.removed).map((p) => ({ id: p.config.id, stream: p.config.stream })),
    streams: Object.values(sim.streams).map((stream) => ({
      name: stream.name,
      shards: stream.shards.map((s) => ({
        id: shardId(s.index),
        index: s.index,
        open: s.closedAt === null,
        parents: [s.parentIndex, s.adjacentParentIndex].filter((p) => p !== null).map((p) => shardId(p)),
        range: `${keySpacePercent(s.hashKeyStart)}–${keySpacePercent((BigInt(s.hashKeyEnd) + 1n).toString())}%`,
      })),
    })),
    consumers: sim.consumerApps.map((a) => ({
      name: a.config.name,
      stream: a.config.stream,
      fanOut: a.config.fanOut ?? 'shared',
    })),
  };
}

/** Where a hash key sits in the 128-bit key space, as a percentage with at most one decimal. */
function keySpacePercent(hashKey: string): string {
  return String(Number((BigInt(hashKey) * 1000n) / HASH_SPACE) / 10);
}

/**
 * A short signature that changes exactly when the topology does, so the canvas can subscribe to a
 * string and rebuild its nodes only then.
 * @example topologyKey(sim) // 'p:game-servers>game-events|s:game-events[0o,1o]|c:'
 */
export function topologyKey(sim: SimState): string {
  const producers = sim.producers
    .filter((p) => !p.removed)
    .map((p) => `${p.config.id}>${p.config.stream}`)
    .join(',');
  const streams = Object.values(sim.streams)
    .map((s) => `${s.name}[${s.shards.map((sh) => `${sh.index}${sh.closedAt === null ? 'o' : 'c'}`).join(',')}]`)
    .join(',');
  const consumers = sim.consumerApps
    .map((a) => `${a.config.name}>${a.config.stream}${a.config.fanOut === 'enhanced' ? '(efo)' : ''}`)
    .join(',');
  return `p:${producers}|s:${streams}|c:${consumers}`;
}
