/**
 * Heavy synthetic traffic is stored as runs, not records: "producer P wrote `count` records of
 * `bytes` in total, with ordinals first…first+count−1, spread evenly over [tStart, tEnd]". Runs live
 * in growable typed-array columns with a moving head (expired runs leave from the front), so memory
 * grows with retention and shard count, not with the number of records.
 */
export interface RunTable {
  first: Float64Array;
  count: Float64Array;
  bytes: Float64Array;
  tStart: Float64Array;
  tEnd: Float64Array;
  producer: Int32Array;
  /** User records in each Kinesis record of the run: 1, or the KPL aggregation factor (fact 24). */
  userRecordsPerRecord: Int32Array;
  /** Index of the oldest live run. */
  head: number;
  /** One past the newest run. */
  tail: number;
}

export interface Run {
  first: number;
  count: number;
  bytes: number;
  tStart: number;
  tEnd: number;
  producer: number;
  userRecordsPerRecord: number;
}

const INITIAL_CAPACITY = 16;

export function createRunTable(capacity = INITIAL_CAPACITY): RunTable {
  return {
    first: new Float64Array(capacity),
    count: new Float64Array(capacity),
    bytes: new Float64Array(capacity),
    tStart: new Float64Array(capacity),
    tEnd: new Float64Array(capacity),
    producer: new Int32Array(capacity),
    userRecordsPerRecord: new Int32Array(capacity),
    head: 0,
    tail: 0,
  };
}

export function runCount(table: RunTable): number {
  return table.tail - table.head;
}

export function runAt(table: RunTable, i: number): Run {
  return {
    first: table.first[i]!,
    count: table.count[i]!,
    bytes: table.bytes[i]!,
    tStart: table.tStart[i]!,
    tEnd: table.tEnd[i]!,
    producer: table.producer[i]!,
    userRecordsPerRecord: table.userRecordsPerRecord[i]!,
  };
}

/** Makes room for one more run: compacts away the expired head first, grows only when it must. */
function ensureRoom(table: RunTable): void {
  if (table.tail < table.first.length) return;
  const live = table.tail - table.head;
  const capacity = live * 2 < table.first.length ? table.first.length : table.first.length * 2;
  for (const key of ['first', 'count', 'bytes', 'tStart', 'tEnd'] as const) {
    const next = new Float64Array(capacity);
    next.set(table[key].subarray(table.head, table.tail));
    table[key] = next;
  }
  for (const key of ['producer', 'userRecordsPerRecord'] as const) {
    const next = new Int32Array(capacity);
    next.set(table[key].subarray(table.head, table.tail));
    table[key] = next;
  }
  table.head = 0;
  table.tail = live;
}

/**
 * Appends a run, or extends the newest one when it continues it: same producer and aggregation, the next ordinals,
 * starting where it ended, and not yet `maxSpanMs` long. Extending keeps one run per minute of steady
 * traffic; arrival times inside a run are interpolated.
 */
export function appendRun(table: RunTable, run: Run, maxSpanMs: number): void {
  const last = table.tail - 1;
  if (
    last >= table.head &&
    table.producer[last] === run.producer &&
    table.userRecordsPerRecord[last] === run.userRecordsPerRecord &&
    table.first[last]! + table.count[last]! === run.first &&
    table.tEnd[last] === run.tStart &&
    run.tEnd - table.tStart[last]! <= maxSpanMs
  ) {
    table.count[last]! += run.count;
    table.bytes[last]! += run.bytes;
    table.tEnd[last] = run.tEnd;
    return;
  }
  ensureRoom(table);
  const i = table.tail++;
  table.first[i] = run.first;
  table.count[i] = run.count;
  table.bytes[i] = run.bytes;
  table.tStart[i] = run.tStart;
  table.tEnd[i] = run.tEnd;
  table.producer[i] = run.producer;
  table.userRecordsPerRecord[i] = run.userRecordsPerRecord;
}

/** Arrival time of the k-th record (0-based) of run i: records are spread evenly over the run. */
export function arrivalInRun(table: RunTable, i: number, k: number): number {
  const count = table.count[i]!;
  const span = table.tEnd[i]! - table.tStart[i]!;
  return count <= 1 ? table.tStart[i]! : table.tStart[i]! + Math.floor((span * k) / count);
}

/** Index of the first live run whose ordinals end after `ordinal` (binary search), or `tail`. */
export function findRun(table: RunTable, ordinal: number): number {
  let lo = table.head;
  let hi = table.tail;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.first[mid]! + table.count[mid]! <= ordinal) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Drops records that arrived before `cutoff` from the front; a run straddling the cutoff keeps its
 * later part (bytes shrink in proportion). Returns how many records were dropped.
 */
export function trimRunsBefore(table: RunTable, cutoff: number): number {
  let dropped = 0;
  while (table.head < table.tail) {
    const i = table.head;
    if (table.tEnd[i]! < cutoff) {
      dropped += table.count[i]!;
      table.head++;
      continue;
    }
    if (table.tStart[i]! < cutoff) {
      const count = table.count[i]!;
      const span = table.tEnd[i]! - table.tStart[i]!;
      // Records k with tStart + span·k/count < cutoff have expired.
      const expired = Math.min(count, Math.ceil(((cutoff - table.tStart[i]!) * count) / span));
      if (expired > 0) {
        const bytesEach = table.bytes[i]! / count;
        table.first[i]! += expired;
        table.count[i] = count - expired;
        table.bytes[i] = Math.round(bytesEach * (count - expired));
        table.tStart[i] = arrivalAfterTrim(table.tStart[i]!, span, count, expired);
        dropped += expired;
        if (table.count[i] === 0) table.head++;
      }
    }
    break;
  }
  return dropped;
}

function arrivalAfterTrim(tStart: number, span: number, count: number, expired: number): number {
  return tStart + Math.floor((span * expired) / count);
}

/** Plain arrays for JSON. */
export function runTableToJSON(table: RunTable): Run[] {
  const runs: Run[] = [];
  for (let i = table.head; i < table.tail; i++) runs.push(runAt(table, i));
  return runs;
}

/** Runs saved before aggregation existed have no factor: their records carry one user record each. */
export function runTableFromJSON(runs: (Omit<Run, 'userRecordsPerRecord'> & Partial<Run>)[]): RunTable {
  const table = createRunTable(Math.max(INITIAL_CAPACITY, runs.length));
  for (const run of runs) appendRun(table, { ...run, userRecordsPerRecord: run.userRecordsPerRecord ?? 1 }, -1);
  return table;
}
