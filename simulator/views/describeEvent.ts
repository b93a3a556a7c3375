import type { SimEvent } from '../engine/types';
import { describeFirehoseEvent } from './describeFirehoseEvent';
import { describeLambdaEvent } from './describeLambdaEvent';

const n = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en-US') : String(value));
/** "1 record", "2 records". */
const records = (count: unknown) => `${n(count)} record${count === 1 ? '' : 's'}`;
const list = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value));

/**
 * One event as a sentence for the event log and screen readers.
 * @example describeEvent({ at: 0, type: 'shard/split', stream: 'demo', closed: ['shardId-000000000000'], created: […] })
 * // 'demo: shardId-000000000000 split into shardId-000000000001, shardId-000000000002.'
 */
export function describeEvent(e: SimEvent): string {
  const d = e as SimEvent & Record<string, unknown>;
  switch (e.type) {
    case 'stream/created':
      return `Stream ${e.stream} created (${d.mode === 'ON_DEMAND' ? 'on-demand' : `${n(d.shardCount)} shards`}), status CREATING.`;
    case 'stream/activated':
      return `Stream ${e.stream} is ACTIVE.`;
    case 'stream/deleting':
      return `Stream ${e.stream} is being deleted.`;
    case 'stream/deleted':
      return `Stream ${e.stream} was deleted with its data.`;
    case 'stream/scaling':
      return `${e.stream}: UpdateShardCount from ${n(d.from)} to ${n(d.to)} shards, status UPDATING.`;
    case 'stream/scaled':
      return `${e.stream}: now ${n((d.created as unknown[]).length)} open shards; ${list(d.closed)} closed.`;
    case 'shard/splitting':
      return `${e.stream}: splitting ${e.shard}, status UPDATING.`;
    case 'shard/split':
      return `${e.stream}: ${list(d.closed)} split into ${list(d.created)}.`;
    case 'shards/merging':
      return `${e.stream}: merging ${e.shard} with ${String(d.adjacentShard)}, status UPDATING.`;
    case 'shards/merged':
      return `${e.stream}: ${list(d.closed)} merged into ${list(d.created)}.`;
    case 'stream/onDemandScaled':
      return `${e.stream}: on-demand capacity grew from ${n(d.from)} to ${n(d.to)} shards.`;
    case 'stream/retentionChanged':
      return `${e.stream}: retention changed from ${n(d.from)} h to ${n(d.to)} h.`;
    case 'stream/modeChanged':
      return `${e.stream}: capacity mode is now ${d.mode === 'ON_DEMAND' ? 'on-demand' : 'provisioned'}.`;
    case 'stream/maxRecordSizeChanged':
      return `${e.stream}: maximum record size is now ${n(d.kib)} KiB.`;
    case 'record/throttled':
      return `${e.shard} of ${e.stream} throttled ${d.count === undefined ? 'a record' : records(d.count)}${d.producer ? ` from ${String(d.producer)}` : ''} (ProvisionedThroughputExceededException).`;
    case 'record/put':
      return `A record with partition key "${String(d.partitionKey)}" went to ${e.shard} of ${e.stream}.`;
    case 'records/put':
      return `PutRecords to ${e.stream}: ${n(d.count)} accepted, ${n(d.failed)} failed.`;
    case 'records/read':
      return `${records(d.count)} read from ${e.shard} of ${e.stream}.`;
    case 'read/throttled':
      return `A read of ${e.shard} of ${e.stream} was throttled (ProvisionedThroughputExceededException).`;
    case 'records/expired':
      return `${records(d.count)} of ${e.shard} (${e.stream}) passed the retention period and expired.`;
    case 'records/lost':
      return `${String(d.consumer)} lost ${records(d.count)} of ${e.shard} (${e.stream}): ${d.count === 1 ? 'it' : 'they'} expired before it read ${d.count === 1 ? 'it' : 'them'}.`;
    case 'producer/added':
      return `Producer ${String(d.producer)} now writes to ${e.stream}.`;
    case 'producer/removed':
      return `Producer ${String(d.producer)} stopped and was removed.`;
    case 'consumer/added':
      return `Consumer application ${String(d.consumer)} now reads ${e.stream}.`;
    case 'consumer/removed':
      return `Consumer application ${String(d.consumer)} was removed.`;
    case 'consumer/registered':
      return `Enhanced fan-out consumer ${String(d.consumer)} registered on ${e.stream}.`;
    case 'consumer/activated':
      return `Enhanced fan-out consumer ${String(d.consumer)} of ${e.stream} is ACTIVE.`;
    case 'consumer/deregistered':
      return `Enhanced fan-out consumer ${String(d.consumer)} deregistered from ${e.stream}.`;
    case 'lease/taken':
      return `${String(d.consumer)}: ${String(d.worker)} took the lease on ${e.shard}.`;
    case 'lease/shardEnded':
      return `${String(d.consumer)} finished ${e.shard} (SHARD_END) and moves on to its children.`;
    default:
      return (
        describeLambdaEvent(e) ??
        describeFirehoseEvent(e) ??
        `${e.type}${e.stream ? ` on ${e.stream}` : ''}${e.shard ? `, ${e.shard}` : ''}.`
      );
  }
}
