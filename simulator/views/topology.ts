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
  /** Lambda functions and the streams their event source mappings read. */
  lambdas: { name: string; streams: string[] }[];
  /** Firehose streams: the data stream they read (null for Direct PUT) and their S3 bucket. */
  firehoses: { name: string; sourceStream: string | null; bucket: string }[];
  buckets: { name: string }[];
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
    lambdas: (sim.lambda?.functions ?? []).map((f) => ({
      name: f.config.name,
      streams: (sim.lambda?.mappings ?? [])
        .filter((m) => m.config.functionName === f.config.name)
        .map((m) => m.config.stream),
    })),
    firehoses: Object.values(sim.firehose?.deliveryStreams ?? {}).map((d) => ({
      name: d.config.name,
      sourceStream: d.config.source.kind === 'KinesisStream' ? d.config.source.stream : null,
      bucket: d.config.bucket,
    })),
    buckets: Object.keys(sim.firehose?.buckets ?? {}).map((name) => ({ name })),
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
  const lambdas = [
    ...(sim.lambda?.functions ?? []).map((f) => f.config.name),
    ...(sim.lambda?.mappings ?? []).map((m) => `${m.config.functionName}<${m.config.stream}`),
  ].join(',');
  const firehoses = Object.values(sim.firehose?.deliveryStreams ?? {})
    .map(
      (d) =>
        `${d.config.name}<${d.config.source.kind === 'KinesisStream' ? d.config.source.stream : '*'}>${d.config.bucket}`,
    )
    .join(',');
  const buckets = Object.keys(sim.firehose?.buckets ?? {}).join(',');
  return `p:${producers}|s:${streams}|c:${consumers}|l:${lambdas}|f:${firehoses}|b:${buckets}`;
}
