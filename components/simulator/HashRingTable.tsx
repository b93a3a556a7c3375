import { abbreviateHashKey, formatShare, type RingArc, type ShardTraffic } from '@/simulator/views/hashRing';
import { DataTable, type Column } from '@/components/ui/DataTable';

interface HashRingTableProps {
  stream: string;
  arcs: RingArc[];
  traffic: ShardTraffic[];
  /** False when no enabled producer writes to the stream. */
  hasTraffic: boolean;
}

function TopKeys({ traffic }: { traffic: ShardTraffic | undefined }) {
  if (!traffic) return null;
  const named = traffic.topKeys.map((k) =>
    k.key === null ? `ExplicitHashKey (${formatShare(k.share)})` : `${k.key} (${formatShare(k.share)})`,
  );
  if (traffic.uuidShare > 0) named.push(`random UUIDs (${formatShare(traffic.uuidShare)})`);
  return named.length === 0 ? <span className="text-muted">none</span> : <>{named.join(', ')}</>;
}

/** The hash ring's text twin: each shard's exact range, its slice of the key space and of the traffic. */
export function HashRingTable({ stream, arcs, traffic, hasTraffic }: HashRingTableProps) {
  const byShard = new Map(traffic.map((t) => [t.shardId, t]));
  const columns: Column<RingArc>[] = [
    {
      key: 'shard',
      header: 'Shard',
      className: 'font-mono whitespace-nowrap',
      cell: (arc) => (
        <>
          {arc.shardId}
          {!arc.open && <span className="block font-sans text-xs text-muted">closed (parent)</span>}
        </>
      ),
    },
    {
      key: 'range',
      header: 'Hash key range',
      cell: (arc) => (
        <details>
          <summary className="cursor-pointer whitespace-nowrap">
            {abbreviateHashKey(arc.start)} – {abbreviateHashKey(arc.end)}
          </summary>
          <code className="block text-xs break-all">
            {arc.start.toString()} – {arc.end.toString()}
          </code>
        </details>
      ),
    },
    { key: 'space', header: 'Key space', align: 'end', cell: (arc) => formatShare(arc.keySpaceShare) },
    {
      key: 'traffic',
      header: 'Producer traffic',
      cell: (arc) =>
        !arc.open ? (
          <span className="text-muted">none (closed to writes)</span>
        ) : hasTraffic ? (
          formatShare(byShard.get(arc.shardId)?.share ?? 0)
        ) : (
          <span className="text-muted">no producer</span>
        ),
    },
    {
      key: 'keys',
      header: 'Top partition keys',
      cell: (arc) => (arc.open ? <TopKeys traffic={byShard.get(arc.shardId)} /> : null),
    },
  ];
  return (
    <DataTable
      caption={<>Shards of {stream} by hash key range</>}
      minWidth="min-w-[48rem]"
      columns={columns}
      rows={arcs}
      rowKey={(arc) => arc.shardId}
    />
  );
}
