import { emit } from './events';
import { shardId } from './ids';
import { DAY_MS, MiB, ON_DEMAND_INITIAL_SHARDS, SHARD_WRITE_RECORDS_PER_SECOND } from './limits';
import { applyReshard } from './resharding';
import { openShards } from './shards';
import type { SimState, StreamState } from './types';

/**
 * On-demand capacity, as modelled here (fact 8). Capacity is counted in shards of 1 MB/s and 1,000
 * records/s; a new stream has 4. Every second the stream's write demand (accepted plus throttled) is
 * compared with its peak of the last 30 days. Every 15 minutes capacity is raised to cover twice that
 * peak, so traffic that at most doubles within a 15-minute window is absorbed, while a sharper rise is
 * throttled until the next step. Keys still route by hash: a single hot partition key is held to one
 * shard's 1 MB/s and 1,000 records/s whatever the stream's capacity. Capacity is never lowered.
 */
export const ON_DEMAND_EVALUATION_MS = 15 * 60_000;
const PEAK_WINDOW_MS = 30 * DAY_MS;

export interface OnDemandState {
  /** Demand peaks (bytes/s and records/s) with the second they were seen, newest last. */
  peaks: { at: number; bytes: number; records: number }[];
  evaluatedAt: number;
}

function onDemandState(stream: StreamState, now: number): OnDemandState {
  return (stream.onDemand ??= { peaks: [], evaluatedAt: now });
}

/** Records last second's write demand; called once per whole second after metrics are sampled. */
export function observeDemand(
  state: SimState,
  stream: StreamState,
  lastSecond: Record<string, Record<string, number>>,
): void {
  if (stream.mode !== 'ON_DEMAND') return;
  const od = onDemandState(stream, state.now);
  let bytes = 0;
  let records = 0;
  for (const s of Object.values(lastSecond)) {
    const accepted = s.IncomingRecords ?? 0;
    const throttled = s.WriteProvisionedThroughputExceeded ?? 0;
    const average = accepted > 0 ? (s.IncomingBytes ?? 0) / accepted : 1024;
    bytes += (s.IncomingBytes ?? 0) + throttled * average;
    records += accepted + throttled;
  }
  // Keep only peaks that can still matter: drop older ones and ones no larger than a newer one.
  while (od.peaks.length > 0 && od.peaks.at(-1)!.bytes <= bytes && od.peaks.at(-1)!.records <= records) od.peaks.pop();
  od.peaks.push({ at: state.now, bytes, records });
  od.peaks = od.peaks.filter((p) => p.at > state.now - PEAK_WINDOW_MS);
  if (state.now - od.evaluatedAt < ON_DEMAND_EVALUATION_MS) return;
  od.evaluatedAt = state.now;
  const peakBytes = Math.max(...od.peaks.map((p) => p.bytes));
  const peakRecords = Math.max(...od.peaks.map((p) => p.records));
  const target = Math.max(
    ON_DEMAND_INITIAL_SHARDS,
    Math.ceil((2 * peakBytes) / MiB),
    Math.ceil((2 * peakRecords) / SHARD_WRITE_RECORDS_PER_SECOND),
  );
  const current = openShards(stream).length;
  if (target <= current || stream.status !== 'ACTIVE') return;
  applyReshard(state, stream, { kind: 'scale', targetShardCount: target });
  emit(state, {
    type: 'stream/onDemandScaled',
    stream: stream.name,
    from: current,
    to: target,
    shards: openShards(stream).map((s) => shardId(s.index)),
  });
}
