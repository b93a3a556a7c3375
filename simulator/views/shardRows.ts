import { shardId } from '../engine/ids';
import {
  SHARD_READ_BYTES_PER_SECOND,
  SHARD_WRITE_BYTES_PER_SECOND,
  SHARD_WRITE_RECORDS_PER_SECOND,
} from '../engine/limits';
import type { ConsumerAppState } from '../engine/consumerTypes';
import { readSummary, trimHorizonOrdinal } from '../engine/shardLog';
import { HOUR_MS } from '../engine/limits';
import { findShard } from '../engine/shards';
import type { ShardState, SimState } from '../engine/types';

/** One shard's live numbers: the table view's row and the shard node's gauges. */
export interface ShardRow {
  shardId: string;
  open: boolean;
  parent: string | null;
  adjacentParent: string | null;
  /** Accepted in the last whole second. */
  incomingRecords: number;
  incomingBytes: number;
  /** Records refused with ProvisionedThroughputExceededException in the last second. */
  throttledRecords: number;
  /** Demand (accepted + throttled) against the tighter of 1 MiB/s and 1,000 records/s; above 1 throttles. */
  writeUtilization: number;
  outgoingBytes: number;
  /** Bytes read against the shared 2 MiB/s. */
  readUtilization: number;
  readThrottles: number;
  retainedRecords: number;
  /**
   * How much of the retention period the retained records span, 0 … 1: the age of the oldest one over
   * the retention period. At 1 records expire as fast as they arrive.
   */
  retentionFill: number;
  expiredRecords: number;
  /** Per consumer application reading this stream: its iterator age on this shard in ms, null if it holds no lease yet. */
  iteratorAges: { consumer: string; ms: number | null }[];
}

/**
 * The per-shard numbers for a stream, from the last whole second of metrics; `from`/`to` take a page of
 * the shards (by position, as Array.slice does).
 * @example shardRows(sim, 'game-events').filter((r) => r.throttledRecords > 0).map((r) => r.shardId)
 */
export function shardRows(sim: SimState, streamName: string, from = 0, to = Infinity): ShardRow[] {
  const stream = sim.streams[streamName];
  if (!stream) return [];
  const apps = sim.consumerApps.filter((a) => a.config.stream === streamName);
  return stream.shards.slice(from, to).map((shard) => rowOf(sim, streamName, shard, apps));
}

/**
 * One shard's row, without computing the others: each shard node on the canvas reads its own.
 * @example shardRow(sim, 'game-events', 'shardId-000000000001')?.throttledRecords // 500
 */
export function shardRow(sim: SimState, streamName: string, id: string): ShardRow | null {
  const stream = sim.streams[streamName];
  const shard = stream && findShard(stream, id);
  if (!shard) return null;
  return rowOf(
    sim,
    streamName,
    shard,
    sim.consumerApps.filter((a) => a.config.stream === streamName),
  );
}

function rowOf(sim: SimState, streamName: string, shard: ShardState, apps: ConsumerAppState[]): ShardRow {
  const id = shardId(shard.index);
  const m = sim.metrics[streamName]?.lastSecond[id];
  const incomingRecords = m?.IncomingRecords ?? 0;
  const incomingBytes = m?.IncomingBytes ?? 0;
  const throttledRecords = m?.WriteProvisionedThroughputExceeded ?? 0;
  const meanSize = incomingRecords > 0 ? incomingBytes / incomingRecords : 0;
  const demandRecords = incomingRecords + throttledRecords;
  const demandBytes = incomingBytes + throttledRecords * meanSize;
  const outgoingBytes = m?.OutgoingBytes ?? 0;
  const horizon = trimHorizonOrdinal(shard);
  const oldest = readSummary(shard, horizon, 1, Infinity);
  const retentionMs = sim.streams[streamName]!.retentionHours * HOUR_MS;
  const retentionFill = oldest.count > 0 ? Math.min(1, Math.max(0, (sim.now - oldest.lastArrival) / retentionMs)) : 0;
  return {
    shardId: id,
    open: shard.closedAt === null,
    parent: shard.parentIndex === null ? null : shardId(shard.parentIndex),
    adjacentParent: shard.adjacentParentIndex === null ? null : shardId(shard.adjacentParentIndex),
    incomingRecords,
    incomingBytes,
    throttledRecords,
    writeUtilization: Math.max(
      demandRecords / SHARD_WRITE_RECORDS_PER_SECOND,
      demandBytes / SHARD_WRITE_BYTES_PER_SECOND,
    ),
    outgoingBytes,
    readUtilization: outgoingBytes / SHARD_READ_BYTES_PER_SECOND,
    readThrottles: m?.ReadProvisionedThroughputExceeded ?? 0,
    retainedRecords: shard.nextOrdinal - horizon,
    retentionFill,
    expiredRecords: shard.stats.expiredRecords,
    iteratorAges: apps.map((a) => {
      const lease = a.leases.find((l) => l.leaseKey === id);
      return { consumer: a.config.name, ms: lease ? lease.iteratorAgeMs : null };
    }),
  };
}
