import { arrivalInRun, findRun, runCount, trimRunsBefore } from './runTable';
import type { ShardState, StoredRecord } from './types';

/** One record as read from a shard: explicit ones carry their payload, synthetic ones their producer. */
export interface LogEntry {
  ordinal: number;
  arrival: number;
  size: number;
  record?: StoredRecord;
  producer?: number;
  /** For a synthetic record: how many user records it aggregates (1 when the producer does not). */
  userRecords?: number;
}

function firstRecordAtOrAfter(records: StoredRecord[], ordinal: number): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (records[mid]!.ordinal < ordinal) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The oldest ordinal still retained (the trim horizon); `nextOrdinal` when the shard holds nothing. */
export function trimHorizonOrdinal(shard: ShardState): number {
  const fromRecords = shard.records[0]?.ordinal ?? Infinity;
  const fromRuns = runCount(shard.runs) > 0 ? shard.runs.first[shard.runs.head]! : Infinity;
  return Math.min(fromRecords, fromRuns, shard.nextOrdinal);
}

/**
 * Reads entries from `ordinal` on, in order, stopping at `maxRecords` or before `maxBytes` would be
 * exceeded (at least one record is returned if any exists, as Kinesis does for a record larger than
 * what is left).
 */
export function readEntries(shard: ShardState, ordinal: number, maxRecords: number, maxBytes: number): LogEntry[] {
  const out: LogEntry[] = [];
  let bytes = 0;
  let r = firstRecordAtOrAfter(shard.records, ordinal);
  let run = findRun(shard.runs, ordinal);
  let position = Math.max(ordinal, trimHorizonOrdinal(shard));
  const runs = shard.runs;
  while (out.length < maxRecords && position < shard.nextOrdinal) {
    const record = shard.records[r];
    let entry: LogEntry | null = null;
    if (record && record.ordinal === position) {
      entry = { ordinal: position, arrival: record.arrival, size: record.size, record };
      r++;
    } else if (run < runs.tail && runs.first[run]! <= position) {
      const k = position - runs.first[run]!;
      entry = {
        ordinal: position,
        arrival: arrivalInRun(runs, run, k),
        size: Math.round(runs.bytes[run]! / runs.count[run]!),
        producer: runs.producer[run]!,
        userRecords: runs.userRecordsPerRecord[run]!,
      };
      if (k + 1 >= runs.count[run]!) run++;
    } else {
      // A gap: ordinals that expired between two retained pieces. Skip to the next retained one.
      const nextRecord = record?.ordinal ?? Infinity;
      const nextRun = run < runs.tail ? runs.first[run]! : Infinity;
      position = Math.min(nextRecord, nextRun, shard.nextOrdinal);
      continue;
    }
    if (out.length > 0 && bytes + entry.size > maxBytes) break;
    out.push(entry);
    bytes += entry.size;
    position++;
  }
  return out;
}

/** The first retained ordinal that arrived at or after `time` (AT_TIMESTAMP). */
export function ordinalAtTime(shard: ShardState, time: number): number {
  let best = shard.nextOrdinal;
  const records = shard.records;
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (records[mid]!.arrival < time) lo = mid + 1;
    else hi = mid;
  }
  if (lo < records.length) best = Math.min(best, records[lo]!.ordinal);
  const runs = shard.runs;
  for (let i = runs.head; i < runs.tail; i++) {
    if (runs.tEnd[i]! < time) continue;
    const count = runs.count[i]!;
    const span = runs.tEnd[i]! - runs.tStart[i]!;
    const k = span > 0 ? Math.max(0, Math.ceil(((time - runs.tStart[i]!) * count) / span)) : 0;
    best = Math.min(best, runs.first[i]! + Math.min(k, count - 1));
    break;
  }
  return Math.max(best, trimHorizonOrdinal(shard));
}

/** Drops everything that arrived before `cutoff`; returns how many records expired. */
export function trimBefore(shard: ShardState, cutoff: number): number {
  let expired = trimRunsBefore(shard.runs, cutoff);
  const keep = shard.records.findIndex((r) => r.arrival >= cutoff);
  const drop = keep === -1 ? shard.records.length : keep;
  if (drop > 0) {
    shard.records.splice(0, drop);
    expired += drop;
  }
  return expired;
}

export interface ReadSummary {
  count: number;
  /**
   * User records in them once de-aggregated (KCL does this, fact 24). Records put through the API count
   * one each: the engine does not look inside their payloads.
   */
  userRecords: number;
  bytes: number;
  /** Arrival of the last record read (0 when nothing was read). */
  lastArrival: number;
  /** The ordinal after the last one read (past any expired ones skipped). */
  next: number;
}

/**
 * What a GetRecords from `ordinal` would return, counted without building the records: whole runs are
 * taken arithmetically. The engine's own consumers use this; the API uses readEntries.
 */
export function readSummary(shard: ShardState, ordinal: number, maxRecords: number, maxBytes: number): ReadSummary {
  const runs = shard.runs;
  let r = firstRecordAtOrAfter(shard.records, ordinal);
  let run = findRun(runs, ordinal);
  const start = Math.max(ordinal, trimHorizonOrdinal(shard));
  let position = start;
  let count = 0;
  let userRecords = 0;
  let bytes = 0;
  let lastArrival = 0;
  while (count < maxRecords && position < shard.nextOrdinal) {
    const record = shard.records[r];
    if (record && record.ordinal === position) {
      if (count > 0 && bytes + record.size > maxBytes) break;
      count++;
      userRecords++;
      bytes += record.size;
      lastArrival = record.arrival;
      position++;
      r++;
      continue;
    }
    if (run < runs.tail && runs.first[run]! <= position) {
      const k = position - runs.first[run]!;
      const left = runs.count[run]! - k;
      const sizeEach = runs.bytes[run]! / runs.count[run]!;
      const byBytes = sizeEach > 0 ? Math.floor((maxBytes - bytes) / sizeEach) : left;
      const take = Math.max(count === 0 ? 1 : 0, Math.min(left, maxRecords - count, byBytes));
      if (take === 0) break;
      // Stop at the next explicit record if it sits inside this run's ordinals (it cannot: a run's
      // ordinals are contiguous), so runs are taken whole or in part.
      count += take;
      userRecords += take * runs.userRecordsPerRecord[run]!;
      bytes += Math.round(sizeEach * take);
      lastArrival = arrivalInRun(runs, run, k + take - 1);
      position += take;
      if (k + take >= runs.count[run]!) run++;
      continue;
    }
    const nextRecord = record?.ordinal ?? Infinity;
    const nextRun = run < runs.tail ? runs.first[run]! : Infinity;
    position = Math.min(nextRecord, nextRun, shard.nextOrdinal);
  }
  return { count, userRecords, bytes, lastArrival, next: position };
}
