'use client';

import { formatCount, formatDuration, formatMBps, formatPercent } from '@/simulator/views/format';
import { shardRows } from '@/simulator/views/shardRows';
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

function StreamShardTable({ stream }: { stream: string }) {
  useSimFrame();
  const { store } = useSimulationHandle();
  const rows = shardRows(store.getState().sim, stream);
  const consumers = rows[0]?.iteratorAges.map((a) => a.consumer) ?? [];
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Shards of ${stream}`}>
      <table className="w-full border-collapse text-left text-sm tabular-nums">
        <caption className="text-left font-semibold">Shards of {stream}, last second</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3">
              Shard
            </th>
            <th scope="col" className="pr-3">
              Status
            </th>
            <th scope="col" className="pr-3">
              Incoming records/s
            </th>
            <th scope="col" className="pr-3">
              Incoming MB/s
            </th>
            <th scope="col" className="pr-3">
              Throttled/s
            </th>
            <th scope="col" className="pr-3">
              Write use
            </th>
            <th scope="col" className="pr-3">
              Read MB/s
            </th>
            <th scope="col" className="pr-3">
              Retained
            </th>
            {consumers.map((c) => (
              <th key={c} scope="col" className="pr-3">
                Iterator age: {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.shardId} className="border-b border-border/60">
              <th scope="row" className="py-1 pr-3 font-mono text-xs font-normal">
                {r.shardId}
              </th>
              <td className="pr-3">{r.open ? 'OPEN' : 'CLOSED'}</td>
              <td className="pr-3">{formatCount(r.incomingRecords)}</td>
              <td className="pr-3">{formatMBps(r.incomingBytes).replace(' MB/s', '')}</td>
              <td className={`pr-3 ${r.throttledRecords > 0 ? 'font-semibold text-pitfall' : ''}`}>
                {formatCount(r.throttledRecords)}
              </td>
              <td className="pr-3">{formatPercent(r.writeUtilization)}</td>
              <td className="pr-3">{formatMBps(r.outgoingBytes).replace(' MB/s', '')}</td>
              <td className="pr-3">{formatCount(r.retainedRecords)}</td>
              {r.iteratorAges.map((a) => (
                <td key={a.consumer} className="pr-3">
                  {a.ms === null ? 'no lease' : formatDuration(a.ms)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
