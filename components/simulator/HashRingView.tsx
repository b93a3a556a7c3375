'use client';

import { useState } from 'react';
import { partitionKeyHash } from '@/simulator/engine/hashing';
import type { StreamState } from '@/simulator/engine/types';
import {
  formatShare,
  hashFraction,
  ringArcs,
  routeKey,
  shardTraffic,
  type ShardTraffic,
} from '@/simulator/views/hashRing';
import { HashRingSvg, type RingMarker } from './HashRingSvg';
import { HashRingTable } from './HashRingTable';
import { KeyLookup } from './KeyLookup';
import { useSimulation, useSimValue } from './useSimulation';

function markersOf(traffic: ShardTraffic[]): RingMarker[] {
  return traffic.flatMap((t) =>
    t.topKeys.map((k) => ({
      label: k.key ?? `ExplicitHashKey ${k.hash}`,
      fraction: hashFraction(k.key === null ? k.hash : partitionKeyHash(k.key)),
      shardId: t.shardId,
      share: k.share,
    })),
  );
}

function describe(state: StreamState, traffic: ShardTraffic[], markers: RingMarker[]): string {
  const open = state.shards.filter((s) => s.closedAt === null).length;
  const closed = state.shards.length - open;
  const parts = [`${open} open ${open === 1 ? 'shard' : 'shards'}${closed > 0 ? ` and ${closed} closed` : ''}.`];
  const heaviest = [...markers].sort((a, b) => b.share - a.share)[0];
  if (heaviest)
    parts.push(
      `The heaviest key, ${heaviest.label}, carries ${formatShare(heaviest.share)} of producer traffic to ${heaviest.shardId}.`,
    );
  const busiest = [...traffic].sort((a, b) => b.share - a.share)[0];
  if (busiest && busiest.share > 0) parts.push(`${busiest.shardId} receives the most: ${formatShare(busiest.share)}.`);
  return parts.join(' ');
}

/**
 * The hash key space of a stream as a ring: each shard's range, where the producers' partition keys
 * land, and a lookup that places any typed key. A table under it gives the same facts as text.
 */
export function HashRingView({ stream }: { stream: string }) {
  const [typedKey, setTypedKey] = useState<string | null>(null);
  const state = useSimulation((s) => s.sim.streams[stream]);
  // Re-render when shards open, close or leave, or a producer's settings change; not on every frame.
  useSimValue((sim) => sim.streams[stream]?.shards.map((s) => `${s.index}:${s.closedAt === null}`).join(','));
  const producers = useSimValue((sim) => sim.producers.filter((p) => p.config.stream === stream).map((p) => p.config));

  if (!state)
    return <p className="text-sm text-muted">The stream {stream} no longer exists, so it has no hash key ranges.</p>;

  const arcs = ringArcs(state);
  const traffic = shardTraffic(state, producers);
  const markers = markersOf(traffic);
  const lookup = typedKey === null ? null : routeKey(state, typedKey);
  const hasTraffic = traffic.some((t) => t.share > 0);
  const closed = arcs.filter((a) => !a.open).map((a) => a.shardId);

  return (
    <div className="min-w-0">
      <KeyLookup stream={stream} onKeyChange={setTypedKey} />
      <figure className="m-0 mt-3">
        <HashRingSvg
          stream={stream}
          arcs={arcs}
          markers={markers}
          lookup={lookup}
          description={describe(state, traffic, markers)}
        />
        <figcaption className="mt-1 text-xs text-muted">
          Each band is an open shard’s hash key range, numbered by shard id. Dots mark the heaviest partition keys
          {lookup ? '; the diamond is the key you typed' : ''}.
          {closed.length > 0 &&
            ` The dashed inner ${closed.length === 1 ? 'arc is a closed parent shard' : 'arcs are closed parent shards'} (${closed.join(', ')}), readable until ${closed.length === 1 ? 'its' : 'their'} records expire.`}
          {producers.some((p) => p.enabled && p.keys.kind === 'uuid') &&
            ' Random UUID keys have no dots: they spread evenly over the ring.'}
        </figcaption>
      </figure>
      <HashRingTable stream={stream} arcs={arcs} traffic={traffic} hasTraffic={hasTraffic} />
    </div>
  );
}
