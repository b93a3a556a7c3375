import type { Materializer } from '../getRecords';
import { sequenceNumber } from '../ids';
import { readEntries, readSummary } from '../shardLog';
import type { ShardState, StreamState } from '../types';
import type { Lane, LaneBatch, MappingShard } from './lambdaTypes';

/** A shard as one step of one mapping sees it. */
export interface ShardReader {
  stream: StreamState;
  shard: ShardState;
  /** The mapping's view of the shard (its lane index, for ParallelizationFactor > 1). */
  ms: MappingShard;
  factor: number;
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

/** The lane a fetched record went to (−1 for an ordinal that expired or was never fetched). */
function laneAt(reader: ShardReader, ordinal: number): number {
  if (reader.factor === 1) return 0;
  return reader.ms.laneOf[ordinal - reader.ms.laneBase] ?? -1;
}

/**
 * Records newly read with GetRecords are dealt to lanes once, by partition key, as Lambda's poller
 * does; the lane index covers [laneBase, fetched).
 */
export function indexFetched(reader: ShardReader, from: number, to: number): void {
  const { ms } = reader;
  if (reader.factor === 1) return;
  if (ms.laneBase + ms.laneOf.length !== from) {
    ms.laneBase = from;
    ms.laneOf = [];
  }
  const lanes = new Array<number>(to - from).fill(-1);
  for (const r of keyedRecords(reader, from, to)) lanes[r.ordinal - from] = laneOf(r.partitionKey, reader.factor);
  ms.laneOf.push(...lanes);
}

/** Forgets lane entries below `ordinal` (done or expired), keeping the index small. */
export function trimLaneIndex(ms: MappingShard, ordinal: number): void {
  const drop = ordinal - ms.laneBase;
  if (drop <= 0) return;
  if (drop >= ms.laneOf.length) ms.laneOf = [];
  else ms.laneOf.splice(0, drop);
  ms.laneBase = ordinal;
}

/** The retained records in [from, to) of one lane (every lane when `lane` is null), with keys and data. */
function keyedRecords(reader: ShardReader, from: number, to: number, lane: number | null = null): KeyedRecord[] {
  if (to <= from) return [];
  const { shard, stream } = reader;
  return readEntries(shard, from, to - from, Infinity)
    .filter((e) => lane === null || laneAt(reader, e.ordinal) === lane)
    .map((e) => {
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

/** The records of a lane batch (only its lane's records between `first` and `last`), keys and data included. */
export function batchRecords(reader: ShardReader, batch: LaneBatch, lane: number): KeyedRecord[] {
  return keyedRecords(reader, batch.first, batch.last + 1, lane);
}

/** The ordinals of a lane's fetched records in [from, to), at most `max` of them. */
function laneOrdinals(reader: ShardReader, lane: number, from: number, to: number, max: number): number[] {
  const out: number[] = [];
  for (let o = from; o < to && out.length < max; o++) if (laneAt(reader, o) === lane) out.push(o);
  return out;
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
  if (reader.factor === 1) {
    const limit = Math.max(0, Math.min(max, to - lane.checkpoint));
    const read = readSummary(reader.shard, lane.checkpoint, limit, Infinity);
    if (read.count === 0) {
      lane.checkpoint = Math.max(lane.checkpoint, Math.min(to, read.next));
      return null;
    }
    return { first: read.next - read.count, last: read.next - 1, count: read.count, attempts: 0, invokes: 0 };
  }
  const mine = laneOrdinals(reader, index, lane.checkpoint, to, max);
  if (mine.length === 0) {
    lane.checkpoint = Math.max(lane.checkpoint, to);
    return null;
  }
  return { first: mine[0]!, last: mine.at(-1)!, count: mine.length, attempts: 0, invokes: 0 };
}

/** What is left of a batch from `from` on (a partial batch response moved the checkpoint there), or null. */
export function batchFrom(reader: ShardReader, batch: LaneBatch, lane: number, from: number): LaneBatch | null {
  const count =
    reader.factor === 1
      ? readSummary(reader.shard, from, batch.last + 1 - from, Infinity).count
      : laneOrdinals(reader, lane, from, batch.last + 1, Infinity).length;
  return count === 0 ? null : { ...batch, first: from, count };
}

/** BisectBatchOnFunctionError: the batch in two halves (the first one larger when the count is odd). */
export function bisect(reader: ShardReader, batch: LaneBatch, lane: number): [LaneBatch, LaneBatch] {
  const firstCount = Math.ceil(batch.count / 2);
  // With one lane a batch's records are consecutive ordinals (expired gaps lie below the trim horizon).
  const ordinals = reader.factor === 1 ? null : laneOrdinals(reader, lane, batch.first, batch.last + 1, Infinity);
  const firstLast = ordinals ? ordinals[firstCount - 1]! : batch.first + firstCount - 1;
  const secondFirst = ordinals ? ordinals[firstCount]! : firstLast + 1;
  return [
    { ...batch, last: firstLast, count: firstCount },
    { ...batch, first: secondFirst, count: batch.count - firstCount },
  ];
}

/** The arrival time of the first retained record at or after `ordinal`. */
export function arrivalAt(shard: ShardState, ordinal: number): number | null {
  const read = readSummary(shard, ordinal, 1, Infinity);
  return read.count > 0 ? read.lastArrival : null;
}
