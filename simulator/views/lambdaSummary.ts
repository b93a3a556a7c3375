import type { SimState } from '../engine/types';
import { formatDuration } from './format';

/** What a Lambda node shows: flat primitives, so a shallow compare skips unchanged frames. */
export interface LambdaSummary {
  exists: boolean;
  stream: string | null;
  /** The event source mapping's State (Creating, Enabled, …), or null without a mapping. */
  state: string | null;
  /** Batches running per shard, in words: "shard 0: 1 · shard 1: 3", or "" when none run. */
  inFlight: string;
  retries: number;
  /** Blocked shards in words ("shard 1 blocked for 42 s"), or "". */
  blocked: string;
  lastError: string | null;
  destinationMessages: number;
  iteratorAgeMs: number;
  processed: number;
}

const shortShard = (id: string) => `shard ${Number(id.slice(-12))}`;

/**
 * A function and its (first) event source mapping, summarised for its canvas node.
 * @example lambdaSummary(sim, 'enrich-orders').blocked // 'shard 1 blocked for 42 s'
 */
export function lambdaSummary(sim: SimState, functionName: string): LambdaSummary {
  const fn = sim.lambda?.functions.find((f) => f.config.name === functionName);
  const mapping = sim.lambda?.mappings.find((m) => m.config.functionName === functionName);
  if (!fn || !mapping)
    return {
      exists: fn !== undefined,
      stream: null,
      state: null,
      inFlight: '',
      retries: 0,
      blocked: '',
      lastError: null,
      destinationMessages: 0,
      iteratorAgeMs: 0,
      processed: 0,
    };
  const running = mapping.shards
    .map((s) => [s.shardId, s.lanes.filter((l) => l.inFlight !== null).length] as const)
    .filter(([, n]) => n > 0);
  const blocked = mapping.shards
    .filter((s) => s.blockedSince !== null)
    .map((s) => `${shortShard(s.shardId)} blocked for ${formatDuration(sim.now - s.blockedSince!)}`);
  return {
    exists: true,
    stream: mapping.config.stream,
    state: mapping.state,
    inFlight: running.map(([id, n]) => `${shortShard(id)}: ${n}`).join(' · '),
    retries: mapping.stats.retries,
    blocked: blocked.join('; '),
    lastError: mapping.lastError,
    destinationMessages: mapping.destinationMessageCount,
    iteratorAgeMs: mapping.iteratorAgeMs,
    processed: mapping.stats.processedRecords,
  };
}
