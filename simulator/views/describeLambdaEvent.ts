import type { SimEvent } from '../engine/types';

const records = (n: unknown) => `${String(n)} record${n === 1 ? '' : 's'}`;

/**
 * A Lambda event in words for the event log, or null for other events (describeEvent can call this
 * first). Mapping events name the function, shard events the shard.
 * @example describeLambdaEvent(e) // 'enrich-orders failed on shardId-000000000001 with 100 records: …'
 */
export function describeLambdaEvent(e: SimEvent): string | null {
  const d = e as Record<string, unknown>;
  const fn = String(d.function ?? 'The function');
  switch (e.type) {
    case 'lambda/functionCreated':
      return `Lambda function ${fn} created.`;
    case 'lambda/functionDeleted':
      return `Lambda function ${fn} deleted with its event source mappings.`;
    case 'lambda/mappingCreated':
      return `Event source mapping from ${e.stream} to ${fn} created (Creating).`;
    case 'lambda/mappingUpdated':
      return `Event source mapping ${String(d.mapping)} updated.`;
    case 'lambda/mappingDeleted':
      return `Event source mapping ${String(d.mapping)} is being deleted.`;
    case 'lambda/mappingStateChanged':
      return `Event source mapping ${String(d.mapping)} is ${String(d.state)}.`;
    case 'lambda/invoked':
      return `${fn} invoked with ${records(d.records)} from ${e.shard}${d.retry ? ' (a retry)' : ''}.`;
    case 'lambda/failed':
      return `${fn} failed on ${e.shard} with ${records(d.records)}: ${String(d.error)}`;
    case 'lambda/batchBisected':
      return `A failed batch of ${records(d.records)} on ${e.shard} was split into ${(d.into as number[]).join(' and ')}.`;
    case 'lambda/batchDiscarded':
      return `${fn} gave up on ${records(d.records)} of ${e.shard} (${String(d.condition)})${d.destination ? `; sent to ${String(d.destination)}` : '; no on-failure destination, so they are gone'}.`;
    case 'lambda/shardBlocked':
      return `${e.shard} of ${e.stream} is blocked by a failing batch: nothing after it is processed until it succeeds, is set aside or expires.`;
    case 'lambda/shardUnblocked':
      return `${e.shard} of ${e.stream} moves again after ${Math.round(Number(d.blockedMs) / 1000)} s blocked.`;
    case 'lambda/shardEnded':
      return `The mapping finished ${e.shard} (a closed parent) and moves on to its children.`;
    case 'lambda/recordsLost':
      return `${records(d.count)} of ${e.shard} expired before the function processed them.`;
    default:
      return null;
  }
}
