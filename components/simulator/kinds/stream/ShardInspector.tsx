'use client';

import { Button } from '@/components/ui/Button';
import { useState } from 'react';
import { shardId as toShardId } from '@/simulator/engine/ids';
import { keyDistribution } from '@/simulator/engine/keyDistribution';
import { trimHorizonOrdinal } from '@/simulator/engine/shardLog';
import { formatCount } from '@/simulator/views/format';
import { useSimValue } from '../../useSimulation';
import { Field, inputClass } from '../../inspector/Field';
import { useApiCall } from '../../inspector/useApiCall';

/** One shard: its hash key range, family and hottest keys; split it or merge it with a neighbour. */
export function ShardInspector({
  stream,
  shard,
  onMessage,
}: {
  stream: string;
  shard: string;
  onMessage: (m: string) => void;
}) {
  const call = useApiCall(onMessage);
  const s = useSimValue((sim) => {
    const st = sim.streams[stream];
    const sh = st?.shards.find((x) => toShardId(x.index) === shard);
    if (!st || !sh) return null;
    const open = st.shards.filter((x) => x.closedAt === null);
    const start = BigInt(sh.hashKeyStart);
    const end = BigInt(sh.hashKeyEnd);
    const below = open.find((x) => BigInt(x.hashKeyEnd) + 1n === start);
    const above = open.find((x) => BigInt(x.hashKeyStart) === end + 1n);
    const keys = sim.producers
      .filter((p) => p.config.stream === stream && p.config.enabled && !p.removed)
      .flatMap(
        (p) =>
          keyDistribution(st, p.config.keys)
            .find((d) => d.shardIndex === sh.index)
            ?.keys.slice(0, 3) ?? [],
      )
      .slice(0, 5)
      .map((k) => `${k.key} (${Math.round(k.weight * 100)}%)`)
      .join(', ');
    return {
      start: sh.hashKeyStart,
      end: sh.hashKeyEnd,
      middle: ((start + end + 1n) / 2n).toString(),
      open: sh.closedAt === null,
      parents: [sh.parentIndex, sh.adjacentParentIndex]
        .filter((p) => p !== null)
        .map((p) => toShardId(p))
        .join(', '),
      below: below ? toShardId(below.index) : '',
      above: above ? toShardId(above.index) : '',
      retained: sh.nextOrdinal - trimHorizonOrdinal(sh),
      provisioned: st.mode === 'PROVISIONED',
      keys,
    };
  });
  const [splitAt, setSplitAt] = useState(s?.middle ?? '');
  if (!s) return <p>{shard} is no longer listed: closed shards leave once their records pass the retention period.</p>;
  return (
    <div className="space-y-3 text-sm">
      <dl className="m-0 grid grid-cols-[auto_1fr] gap-x-2">
        <dt className="text-muted">Status</dt>
        <dd className="m-0 font-semibold">{s.open ? 'OPEN' : 'CLOSED (readable until its records expire)'}</dd>
        <dt className="text-muted">Hash keys</dt>
        <dd className="m-0 font-mono text-xs break-all">
          {s.start} – {s.end}
        </dd>
        {s.parents && (
          <>
            <dt className="text-muted">Parents</dt>
            <dd className="m-0">{s.parents}</dd>
          </>
        )}
        <dt className="text-muted">Retained</dt>
        <dd className="m-0">{formatCount(s.retained)} records</dd>
        <dt className="text-muted">Top keys</dt>
        <dd className="m-0">{s.keys || 'random keys (no single key stands out)'}</dd>
      </dl>
      {s.open && (
        <>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              call(
                'SplitShard',
                { StreamName: stream, ShardToSplit: shard, NewStartingHashKey: splitAt },
                `SplitShard accepted: ${shard} closes and two children open when ${stream} is ACTIVE again.`,
              );
            }}
          >
            <Field
              label="Split at hash key"
              hint="The midpoint splits the range in two halves. A hot single key stays on one child."
            >
              {(p) => (
                <input
                  {...p}
                  value={splitAt}
                  onChange={(e) => setSplitAt(e.target.value)}
                  inputMode="numeric"
                  className={`${inputClass} font-mono text-xs`}
                />
              )}
            </Field>
            <Button type="submit" variant="primary" disabled={!s.provisioned}>
              Split shard
            </Button>
          </form>
          <div className="flex flex-wrap gap-2">
            {[s.below, s.above].filter(Boolean).map((neighbour) => (
              <Button
                key={neighbour}
                disabled={!s.provisioned}
                onClick={() => {
                  const [first, second] = neighbour === s.below ? [neighbour, shard] : [shard, neighbour];
                  call(
                    'MergeShards',
                    { StreamName: stream, ShardToMerge: first, AdjacentShardToMerge: second },
                    `MergeShards accepted: ${first} and ${second} close and one child opens.`,
                  );
                }}
              >
                Merge with {neighbour}
              </Button>
            ))}
          </div>
          {!s.provisioned && (
            <p className="m-0 text-xs text-muted">
              On-demand streams reshard themselves: SplitShard and MergeShards are provisioned only.
            </p>
          )}
        </>
      )}
    </div>
  );
}
