import type { SimState } from '../engine/types';

/** What has already been announced, so only changes are spoken. */
export interface AnnouncerMemory {
  throttling: string[];
  losing: string[];
  statuses: Record<string, string>;
  openShards: Record<string, number>;
}

export const emptyMemory: AnnouncerMemory = { throttling: [], losing: [], statuses: {}, openShards: {} };

/**
 * The important changes since the last call, as short sentences for a polite live region: a shard starts
 * or stops throttling, a stream changes status or shard count, a consumer starts losing data. Repeats
 * are not spoken again, so a screen reader is not flooded at 3600×.
 * @example const { messages, memory } = announcements(sim, previousMemory)
 */
export function announcements(sim: SimState, memory: AnnouncerMemory): { messages: string[]; memory: AnnouncerMemory } {
  const messages: string[] = [];
  const throttling: string[] = [];
  const statuses: Record<string, string> = {};
  const openShards: Record<string, number> = {};
  for (const stream of Object.values(sim.streams)) {
    statuses[stream.name] = stream.status;
    openShards[stream.name] = stream.shards.filter((s) => s.closedAt === null).length;
    if (memory.statuses[stream.name] !== undefined && memory.statuses[stream.name] !== stream.status)
      messages.push(`Stream ${stream.name} is ${stream.status}.`);
    const before = memory.openShards[stream.name];
    if (before !== undefined && before !== openShards[stream.name])
      messages.push(`Stream ${stream.name} now has ${openShards[stream.name]} open shards (was ${before}).`);
    for (const [id, m] of Object.entries(sim.metrics[stream.name]?.lastSecond ?? {}))
      if (m.WriteProvisionedThroughputExceeded > 0) throttling.push(`${stream.name}/${id}`);
  }
  const started = throttling.filter((t) => !memory.throttling.includes(t));
  const stopped = memory.throttling.filter((t) => !throttling.includes(t) && sim.streams[t.split('/')[0] ?? '']);
  if (started.length) messages.push(`Write throttling started on ${started.map(readable).join(', ')}.`);
  if (stopped.length) messages.push(`Write throttling stopped on ${stopped.map(readable).join(', ')}.`);
  const losing = sim.consumerApps.filter((a) => a.stats.lostRecords > 0).map((a) => a.config.name);
  for (const name of losing.filter((c) => !memory.losing.includes(c)))
    messages.push(`${name} is losing data: records expired before it read them.`);
  return { messages, memory: { throttling, losing, statuses, openShards } };
}

function readable(key: string): string {
  const [stream, shard] = key.split('/');
  return `${shard} of ${stream}`;
}
