import type { SimState } from '../engine/types';

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function mappingOf(sim: SimState, functionName: string) {
  return sim.lambda?.mappings.find((m) => m.config.functionName === functionName) ?? null;
}

/**
 * No shard of the function's mapping has been held up by a failing batch for longer than `maxMs`: what a
 * poison record does to its shard (and only its shard) until it is retried away, bisected or expires.
 */
export function noBlockedShards(sim: SimState, functionName: string, maxMs: number): { met: boolean; detail: string } {
  const mapping = mappingOf(sim, functionName);
  if (!mapping) return { met: false, detail: `${functionName} has no event source mapping` };
  const blocked = mapping.shards
    .filter((s) => s.blockedSince !== null && sim.now - s.blockedSince > maxMs)
    .map((s) => `${s.shardId} blocked for ${seconds(sim.now - s.blockedSince!)} > ${seconds(maxMs)}`);
  if (blocked.length > 0)
    return {
      met: false,
      detail: `${functionName}: ${blocked.join('; ')} by a failing batch (${mapping.stats.failedInvocations} failed invocations${mapping.stats.retries > 0 ? `, ${mapping.stats.retries} retries` : ''})`,
    };
  const open = mapping.shards.filter((s) => s.blockedSince !== null).length;
  return {
    met: true,
    detail:
      open === 0
        ? `No shard of ${functionName}'s mapping is blocked.`
        : `${functionName} is working through a failing batch on ${open === 1 ? 'one shard' : `${open} shards`} (within ${seconds(maxMs)}).`,
  };
}

/** The mapping's IteratorAge (the oldest record not yet processed) is at most `maxMs`. */
export function maxLambdaIteratorAge(
  sim: SimState,
  functionName: string,
  maxMs: number,
): { met: boolean; detail: string } {
  const mapping = mappingOf(sim, functionName);
  if (!mapping) return { met: false, detail: `${functionName} has no event source mapping` };
  const age = mapping.iteratorAgeMs;
  if (age <= maxMs) return { met: true, detail: `${functionName} is ${age} ms behind (≤ ${maxMs} ms).` };
  const worst = mapping.shards.reduce((a, b) => (b.iteratorAgeMs > a.iteratorAgeMs ? b : a));
  return {
    met: false,
    detail: `${functionName} is ${age} ms behind > ${maxMs} ms (oldest unprocessed record on ${worst.shardId})`,
  };
}
