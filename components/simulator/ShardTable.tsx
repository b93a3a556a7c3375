'use client';

import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';

import { formatCount, formatDuration, formatMBps, formatPercent } from '@/simulator/views/format';
import { DataTable, type Column } from '@/components/ui/DataTable';
import { shardRows, type ShardRow } from '@/simulator/views/shardRows';
import { useSimValue, useSimFrame } from './useSimulation';
import { useSimulationHandle } from './SimulationContext';

/** The text twin of the canvas: every stream's shards with their last second's numbers. */
export function ShardTable() {
  const streams = useSimValue((sim) => Object.keys(sim.streams));
  if (streams.length === 0) return <p className="m-0 text-sm">No streams yet: add one from the palette.</p>;
  return (
    <div className="space-y-4">
      {streams.map((name) => (
        <StreamShardTable key={name} stream={name} />
      ))}
    </div>
  );
}

/** Shards per page: a page of a big stream stays readable, and only what is shown is redrawn each frame. */
export const SHARD_PAGE_SIZE = 50;

function StreamShardTable({ stream }: { stream: string }) {
  useSimFrame();
  const { store } = useSimulationHandle();
  const [page, setPage] = useState(0);
  const total = store.getState().sim.streams[stream]?.shards.length ?? 0;
  const pages = Math.max(1, Math.ceil(total / SHARD_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const from = current * SHARD_PAGE_SIZE;
  const rows = shardRows(store.getState().sim, stream, from, from + SHARD_PAGE_SIZE);
  const consumers = rows[0]?.iteratorAges.map((a) => a.consumer) ?? [];
  const columns: Column<ShardRow>[] = [
    { key: 'shard', header: 'Shard', className: 'font-mono text-xs whitespace-nowrap', cell: (r) => r.shardId },
    { key: 'status', header: 'Status', cell: (r) => (r.open ? 'OPEN' : 'CLOSED') },
    { key: 'records', header: 'Incoming records/s', align: 'end', cell: (r) => formatCount(r.incomingRecords) },
    {
      key: 'bytes',
      header: 'Incoming MB/s',
      align: 'end',
      cell: (r) => formatMBps(r.incomingBytes).replace(' MB/s', ''),
    },
    {
      key: 'throttled',
      header: 'Throttled/s',
      align: 'end',
      cell: (r) =>
        r.throttledRecords > 0 ? (
          <span className="font-semibold text-pitfall">{formatCount(r.throttledRecords)}</span>
        ) : (
          formatCount(r.throttledRecords)
        ),
    },
    { key: 'write', header: 'Write use', align: 'end', cell: (r) => formatPercent(r.writeUtilization) },
    { key: 'read', header: 'Read MB/s', align: 'end', cell: (r) => formatMBps(r.outgoingBytes).replace(' MB/s', '') },
    { key: 'retained', header: 'Retained', align: 'end', cell: (r) => formatCount(r.retainedRecords) },
    ...consumers.map(
      (c, i): Column<ShardRow> => ({
        key: `age:${c}`,
        header: `Iterator age: ${c}`,
        align: 'end',
        cell: (r) => {
          const ms = r.iteratorAges[i]?.ms ?? null;
          return ms === null ? 'no lease' : formatDuration(ms);
        },
      }),
    ),
  ];
  return (
    <div>
      <DataTable
        caption={
          <>
            Shards of {stream}, last second
            {pages > 1 && `: ${from + 1}–${from + rows.length} of ${total}`}
          </>
        }
        columns={columns}
        rows={rows}
        rowKey={(r) => r.shardId}
        rowClassName={(r) => (r.throttledRecords > 0 ? 'bg-pitfall-bg' : '')}
        dense
      />
      {pages > 1 && (
        <nav aria-label={`Pages of the shards of ${stream}`} className="mt-2 flex items-center gap-2 text-sm">
          <Button size="sm" icon={ChevronLeft} disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous shards
          </Button>
          <Button size="sm" icon={ChevronRight} disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next shards
          </Button>
          <span className="text-muted">
            Page {current + 1} of {pages}
          </span>
        </nav>
      )}
    </div>
  );
}
