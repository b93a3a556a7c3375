import { formatCount, formatDuration } from '@/simulator/views/format';
import type { ConsumerPosition, RetentionView } from '@/simulator/views/retentionTimeline';
import { TableRegion } from './TableRegion';

function consumerText(c: ConsumerPosition): string {
  if (c.checkpoint === 'SHARD_END') return `${c.consumer}: finished the shard (SHARD_END)`;
  const parts = [`${c.consumer}: checkpoint ${formatCount(c.checkpoint)}`];
  if (c.nextArrival === null) parts.push('caught up');
  else {
    parts.push(`${formatCount(c.unread)} unread`, `iterator age ${formatDuration(c.iteratorAgeMs)}`);
    if (c.msUntilLoss !== null)
      parts.push(
        c.msUntilLoss === 0
          ? 'its oldest unread record is expiring now'
          : `oldest unread record expires in ${formatDuration(c.msUntilLoss)}`,
      );
  }
  if (c.expiredUnread > 0)
    parts.push(`${formatCount(c.expiredUnread)} expired before it read them (counted as lost at its next poll)`);
  if (!c.enabled) parts.push('stopped');
  return parts.join(' · ');
}

/** The retention timeline's text twin: the same numbers per shard and per consumer application. */
export function RetentionTable({ stream, view }: { stream: string; view: RetentionView }) {
  return (
    <TableRegion minWidth="min-w-[36rem]" caption={<>Retention of {stream}, shard by shard</>}>
      <thead>
        <tr>
          <th scope="col">Shard</th>
          <th scope="col">Retained records</th>
          <th scope="col">Expired records</th>
          <th scope="col">Oldest record</th>
          <th scope="col">Consumer applications</th>
        </tr>
      </thead>
      <tbody>
        {view.shards.map((shard) => (
          <tr key={shard.shardId}>
            <th scope="row" className="font-mono font-normal whitespace-nowrap">
              {shard.shardId}
              {!shard.open && <span className="block font-sans text-xs text-muted">closed</span>}
            </th>
            <td>{formatCount(shard.retainedRecords)}</td>
            <td>{formatCount(shard.expiredRecords)}</td>
            <td>{shard.oldestArrival === null ? 'none' : `${formatDuration(view.now - shard.oldestArrival)} old`}</td>
            <td>
              {shard.consumers.length === 0 ? (
                <span className="text-muted">none</span>
              ) : (
                <ul className="m-0 list-none p-0">
                  {shard.consumers.map((c) => (
                    <li key={c.consumer}>{consumerText(c)}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
