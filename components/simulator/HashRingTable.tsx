import { abbreviateHashKey, formatShare, type RingArc, type ShardTraffic } from '@/simulator/views/hashRing';
import { TableRegion } from './TableRegion';

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
  return (
    <TableRegion minWidth="min-w-[48rem]" caption={<>Shards of {stream} by hash key range</>}>
      <thead>
        <tr>
          <th scope="col">Shard</th>
          <th scope="col">Hash key range</th>
          <th scope="col">Key space</th>
          <th scope="col">Producer traffic</th>
          <th scope="col">Top partition keys</th>
        </tr>
      </thead>
      <tbody>
        {arcs.map((arc) => (
          <tr key={arc.shardId}>
            <th scope="row" className="font-mono font-normal whitespace-nowrap">
              {arc.shardId}
              {!arc.open && <span className="block font-sans text-xs text-muted">closed (parent)</span>}
            </th>
            <td>
              <details>
                <summary className="cursor-pointer whitespace-nowrap">
                  {abbreviateHashKey(arc.start)} – {abbreviateHashKey(arc.end)}
                </summary>
                <code className="block text-xs break-all">
                  {arc.start.toString()} – {arc.end.toString()}
                </code>
              </details>
            </td>
            <td>{formatShare(arc.keySpaceShare)}</td>
            <td>
              {!arc.open ? (
                <span className="text-muted">none (closed to writes)</span>
              ) : hasTraffic ? (
                formatShare(byShard.get(arc.shardId)?.share ?? 0)
              ) : (
                <span className="text-muted">no producer</span>
              )}
            </td>
            <td>{arc.open ? <TopKeys traffic={byShard.get(arc.shardId)} /> : null}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
