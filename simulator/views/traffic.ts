import { keyDistribution } from '../engine/keyDistribution';
import { shardId } from '../engine/ids';
import { rateAt } from '../engine/producers';
import type { SimState, StreamState } from '../engine/types';

/** A producer's traffic now: its rate and how it spreads over the stream's shards. */
export interface WriteFlow {
  /** Canvas node ids. */
  producer: string;
  recordsPerSecond: number;
  bytesPerRecord: number;
  /** Every shard it writes to: its share of the producer's records, and the share of those throttled. */
  shards: { shard: string; share: number; throttledShare: number }[];
}

/** A reader's position on each shard it reads. */
export interface ReadFlow {
  reader: string;
  shards: {
    shard: string;
    /** Records of the shard it has read so far (its cursor): the difference over time is its read rate. */
    cursor: number;
    /** Retained records it has not read yet. */
    backlog: number;
    /** How old the oldest record it has not processed is (iterator age). */
    lagMs: number;
  }[];
}

/**
 * What moves on the canvas, read from the simulation: cumulative counters (cursors, expired records,
 * delivered objects) whose change between two samples is a rate, and the producers' current rates. The
 * canvas's traffic layer turns it into dots; it is cheap enough to take once per frame.
 * @example trafficOf(sim).writes[0]?.shards.find((s) => s.throttledShare > 0)?.shard // 'shard:game-events:shardId-000000000001'
 */
export interface TrafficSample {
  now: number;
  writes: WriteFlow[];
  reads: ReadFlow[];
  /** Records each shard has let expire so far, by shard node id. */
  expired: Record<string, number>;
  /** Objects each Firehose stream has delivered so far, with the bucket node they went to. */
  deliveries: { firehose: string; bucket: string; objects: number }[];
}

const shardNode = (stream: string, index: number) => `shard:${stream}:${shardId(index)}`;

/** Samples the traffic. */
export function trafficOf(sim: SimState): TrafficSample {
  const writes: WriteFlow[] = [];
  for (const p of sim.producers) {
    if (p.removed || !p.config.enabled) continue;
    const stream = sim.streams[p.config.stream];
    if (!stream || (stream.status !== 'ACTIVE' && stream.status !== 'UPDATING')) continue;
    const last = sim.metrics[stream.name]?.lastSecond ?? {};
    const shards = keyDistribution(stream, p.config.keys).map(({ shardIndex, share }) => {
      const m = last[shardId(shardIndex)];
      const accepted = m?.IncomingRecords ?? 0;
      const throttled = m?.WriteProvisionedThroughputExceeded ?? 0;
      return {
        shard: shardNode(stream.name, shardIndex),
        share,
        throttledShare: accepted + throttled > 0 ? throttled / (accepted + throttled) : 0,
      };
    });
    writes.push({
      producer: `producer:${p.config.id}`,
      recordsPerSecond: rateAt(p.config.rate, sim.now),
      bytesPerRecord: meanBytes(p.config.size),
      shards,
    });
  }
  return {
    now: sim.now,
    writes,
    reads: readsOf(sim),
    expired: Object.fromEntries(
      Object.values(sim.streams).flatMap((s) =>
        s.shards.map((sh) => [shardNode(s.name, sh.index), sh.stats.expiredRecords]),
      ),
    ),
    deliveries: Object.values(sim.firehose?.deliveryStreams ?? {}).map((d) => ({
      firehose: `firehose:${d.config.name}`,
      bucket: `bucket:${d.config.bucket}`,
      objects: d.stats.deliveredObjects,
    })),
  };
}

const meanBytes = (size: SimState['producers'][number]['config']['size']) =>
  size.kind === 'fixed' ? size.bytes : (size.min + size.max) / 2;

function readsOf(sim: SimState): ReadFlow[] {
  const reads: ReadFlow[] = [];
  const byId = new Map<StreamState, Map<string, StreamState['shards'][number]>>();
  const head = (stream: StreamState, id: string) => {
    let shards = byId.get(stream);
    if (!shards) byId.set(stream, (shards = new Map(stream.shards.map((s) => [shardId(s.index), s]))));
    return shards.get(id);
  };
  for (const app of sim.consumerApps) {
    const stream = sim.streams[app.config.stream];
    if (!stream) continue;
    reads.push({
      reader: `consumer:${app.config.name}`,
      shards: app.leases.flatMap((l) => {
        const shard = head(stream, l.leaseKey);
        if (!shard) return [];
        const cursor = l.checkpoint === 'SHARD_END' ? shard.nextOrdinal : l.checkpoint;
        return [
          {
            shard: shardNode(stream.name, shard.index),
            cursor,
            backlog: Math.max(0, shard.nextOrdinal - cursor),
            lagMs: l.iteratorAgeMs,
          },
        ];
      }),
    });
  }
  for (const m of sim.lambda?.mappings ?? []) {
    const stream = sim.streams[m.config.stream];
    if (!stream) continue;
    reads.push({
      reader: `lambda:${m.config.functionName}`,
      shards: m.shards.flatMap((ms) => {
        const shard = head(stream, ms.shardId);
        return shard
          ? [
              {
                shard: shardNode(stream.name, shard.index),
                cursor: ms.fetched,
                backlog: Math.max(0, shard.nextOrdinal - ms.fetched),
                lagMs: ms.iteratorAgeMs,
              },
            ]
          : [];
      }),
    });
  }
  for (const d of Object.values(sim.firehose?.deliveryStreams ?? {})) {
    if (d.config.source.kind !== 'KinesisStream') continue;
    const stream = sim.streams[d.config.source.stream];
    if (!stream) continue;
    reads.push({
      reader: `firehose:${d.config.name}`,
      shards: Object.entries(d.positions).flatMap(([id, cursor]) => {
        const shard = head(stream, id);
        return shard
          ? [
              {
                shard: shardNode(stream.name, shard.index),
                cursor,
                backlog: Math.max(0, shard.nextOrdinal - cursor),
                lagMs: 0,
              },
            ]
          : [];
      }),
    });
  }
  return reads;
}
