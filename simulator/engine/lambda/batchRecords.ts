import type { Materializer } from '../getRecords';
import { sequenceNumber } from '../ids';
import { readEntries, readSummary } from '../shardLog';
import type { ShardState, StreamState } from '../types';
import type { Lane, LaneBatch } from './lambdaTypes';

/** A shard as one poll of one mapping sees it: how to get partition keys, and how many lanes split it. */
export interface ShardReader {
  stream: StreamState;
  shard: ShardState;
  factor: number;
  /** Partition keys are only worked out when something depends on them (lanes, a poison key). */
  needKeys: boolean;
  materialize: Materializer;
}

export interface KeyedRecord {
  ordinal: number;
  arrival: number;
  partitionKey: string;
  data: string;
  sequenceNumber: string;
}

/**
 * The lane of a partition key: FNV-1a of the key modulo ParallelizationFactor, so one key's records
 * always share a lane and keep their order.
 * @example laneOf('user-1', 4) // 0–3, the same every time
 */
export function laneOf(partitionKey: string, factor: number): number {
  if (factor === 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < partitionKey.length; i++) h = Math.imul(h ^ partitionKey.charCodeAt(i), 0x01000193);
  return (h >>> 0) % factor;
}

/** The retained records in [from, to), with their partition keys and data. */
export function keyedRecords(reader: ShardReader, from: number, to: number): KeyedRecord[] {
  if (to <= from) return [];
  const { shard, stream } = reader;
  return readEntries(shard, from, to - from, Infinity).map((e) => {
    const { partitionKey, data } = e.record ?? reader.materialize(e, shard, stream);
    return {
      ordinal: e.ordinal,
      arrival: e.arrival,
      partitionKey,
      data,
      sequenceNumber: sequenceNumber(shard.sequenceBase, e.ordinal),
    };
  });
}

/** The records of a lane batch (only its lane's records between `first` and `last`). */
export function batchRecords(reader: ShardReader, batch: LaneBatch, lane: number): KeyedRecord[] {
  return keyedRecords(reader, batch.first, batch.last + 1).filter(
    (r) => reader.factor === 1 || laneOf(r.partitionKey, reader.factor) === lane,
  );
}

/**
 * The lane's next batch from its checkpoint: up to `max` of its records among those fetched (below `to`).
 * Returns null when it has none, and then moves its checkpoint up to `to`.
 */
export function nextLaneBatch(
  reader: ShardReader,
  lane: Lane,
  index: number,
  to: number,
  max: number,
): LaneBatch | null {
  if (!reader.needKeys) {
    const read = readSummary(reader.shard, lane.checkpoint, Math.max(0, Math.min(max, to - lane.checkpoint)), Infinity);
    if (read.count === 0) {
      lane.checkpoint = Math.max(lane.checkpoint, Math.min(to, read.next));
      return null;
    }
    return { first: read.next - read.count, last: read.next - 1, count: read.count, attempts: 0, invokes: 0 };
  }
  const mine = keyedRecords(reader, lane.checkpoint, to)
    .filter((r) => laneOf(r.partitionKey, reader.factor) === index)
    .slice(0, max);
  if (mine.length === 0) {
    lane.checkpoint = Math.max(lane.checkpoint, to);
    return null;
  }
  return { first: mine[0]!.ordinal, last: mine.at(-1)!.ordinal, count: mine.length, attempts: 0, invokes: 0 };
}

/** A batch that starts at `from` (a partial batch response moved the checkpoint there), or null if none is left. */
export function batchFrom(reader: ShardReader, batch: LaneBatch, lane: number, from: number): LaneBatch | null {
  const left = batchRecords(reader, { ...batch, first: from }, lane);
  if (left.length === 0) return null;
  return { ...batch, first: left[0]!.ordinal, count: left.length };
}

/** BisectBatchOnFunctionError: the batch in two halves (the first one larger when the count is odd). */
export function bisect(reader: ShardReader, batch: LaneBatch, lane: number): [LaneBatch, LaneBatch] {
  const records = reader.factor === 1 ? null : batchRecords(reader, batch, lane);
  const firstCount = Math.ceil(batch.count / 2);
  const secondCount = batch.count - firstCount;
  // With one lane a batch's records are consecutive ordinals (expired gaps lie below the trim horizon).
  const firstLast = records ? records[firstCount - 1]!.ordinal : batch.first + firstCount - 1;
  const secondFirst = records ? records[firstCount]!.ordinal : firstLast + 1;
  return [
    { ...batch, last: firstLast, count: firstCount },
    { ...batch, first: secondFirst, count: secondCount },
  ];
}

/** The arrival time of the first retained record at or after `ordinal`. */
export function arrivalAt(shard: ShardState, ordinal: number): number | null {
  const read = readSummary(shard, ordinal, 1, Infinity);
  return read.count > 0 ? read.lastArrival : null;
}
