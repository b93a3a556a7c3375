import { formatCount, formatDuration } from '@/simulator/views/format';
import { DataTable, type Column } from '@/components/ui/DataTable';
import type { ConsumerPosition, RetentionView, ShardRetention } from '@/simulator/views/retentionTimeline';

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
  const columns: Column<ShardRetention>[] = [
    {
      key: 'shard',
      header: 'Shard',
      className: 'font-mono whitespace-nowrap',
      cell: (shard) => (
        <>
          {shard.shardId}
          {!shard.open && <span className="block font-sans text-xs text-muted">closed</span>}
        </>
      ),
    },
    { key: 'retained', header: 'Retained records', align: 'end', cell: (shard) => formatCount(shard.retainedRecords) },
    { key: 'expired', header: 'Expired records', align: 'end', cell: (shard) => formatCount(shard.expiredRecords) },
    {
      key: 'oldest',
      header: 'Oldest record',
      cell: (shard) =>
        shard.oldestArrival === null ? 'none' : `${formatDuration(view.now - shard.oldestArrival)} old`,
    },
    {
      key: 'consumers',
      header: 'Consumer applications',
      cell: (shard) =>
        shard.consumers.length === 0 ? (
          <span className="text-muted">none</span>
        ) : (
          <ul className="m-0 list-none p-0">
            {shard.consumers.map((c) => (
              <li key={c.consumer}>{consumerText(c)}</li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <DataTable
      caption={<>Retention of {stream}, shard by shard</>}
      minWidth="min-w-[36rem]"
      columns={columns}
      rows={view.shards}
      rowKey={(shard) => shard.shardId}
    />
  );
}
