import type { SimCommand } from '@/simulator/engine/commands';
import { shardId } from '@/simulator/engine/ids';
import type { SimState } from '@/simulator/engine/types';

/** Calls to one stream more than this far apart (virtual time) belong to different runs of a producer. */
export const RUN_GAP_MS = 10_000;
/** The note the lab's Run button writes into the log: what follows is a new run, however soon. */
export const PRODUCER_RUN_NOTE = 'producer run';

/** One run of a producer against a stream, read back from the command log and the stream's records. */
export interface ProducerRun {
  /** Virtual ms of the run's first PutRecord(s) call (-Infinity before the log's first clock advance). */
  start: number;
  calls: number;
  /** Distinct records the run tried to put (partition key + data): a retried entry counts once. */
  attempted: number;
  /** Of those, how many the stream stored during the run. */
  accepted: number;
  /** Accepted records per shard id, for the shards that got any. */
  perShard: Record<string, number>;
}

interface Entry {
  PartitionKey?: unknown;
  Data?: unknown;
}

const identity = (key: unknown, data: unknown) => `${String(key)}\u0000${String(data)}`;

function putEntries(command: SimCommand, stream: string): Entry[] | null {
  if (command.type !== 'api/call') return null;
  const input = command.input;
  const named =
    input.StreamName === stream ||
    (typeof input.StreamARN === 'string' && input.StreamARN.endsWith(`:stream/${stream}`));
  if (!named) return null;
  if (command.operation === 'PutRecords') return Array.isArray(input.Records) ? (input.Records as Entry[]) : [];
  if (command.operation === 'PutRecord') return [input as Entry];
  return null;
}

/**
 * The runs of PutRecords/PutRecord calls to `stream`, oldest first. A call's virtual time is the clock's
 * last advance before it in the log (the lab clock moves in whole seconds and every call lands on one);
 * the lab's Run button (a PRODUCER_RUN_NOTE in the log) or a gap of more than RUN_GAP_MS starts a new run. An entry counts as accepted when the stream holds a
 * record with the same partition key and data that arrived during the run (from its start until the next
 * run's), so a record
 * retried three times and accepted on the fourth is one accepted record.
 * @example producerRuns(sim, log, 'sensor-readings').at(-1)?.accepted
 */
export function producerRuns(sim: SimState, log: SimCommand[], stream: string): ProducerRun[] {
  const runs: { start: number; last: number; calls: number; entries: Set<string> }[] = [];
  let now = -Infinity;
  let split = false;
  for (const command of log) {
    if (command.type === 'time/advance') {
      now = command.until;
      continue;
    }
    if (command.type === 'note' && command.text === PRODUCER_RUN_NOTE) {
      split = true;
      continue;
    }
    const entries = putEntries(command, stream);
    if (!entries) continue;
    let run = runs.at(-1);
    if (!run || split || now - run.last > RUN_GAP_MS) {
      split = false;
      run = { start: now, last: now, calls: 0, entries: new Set() };
      runs.push(run);
    }
    run.last = now;
    run.calls++;
    for (const e of entries) run.entries.add(identity(e.PartitionKey, e.Data));
  }
  const shards = sim.streams[stream]?.shards ?? [];
  return runs.map((run, i) => {
    const end = runs[i + 1]?.start ?? Infinity;
    const perShard: Record<string, number> = {};
    const seen = new Set<string>();
    for (const shard of shards)
      for (const record of shard.records) {
        const id = identity(record.partitionKey, record.data);
        if (record.arrival < run.start || record.arrival >= end || !run.entries.has(id) || seen.has(id)) continue;
        seen.add(id);
        perShard[shardId(shard.index)] = (perShard[shardId(shard.index)] ?? 0) + 1;
      }
    return { start: run.start, calls: run.calls, attempted: run.entries.size, accepted: seen.size, perShard };
  });
}
