'use client';

import { describeEvent } from '@/simulator/views/describeEvent';
import { formatClock } from '@/simulator/views/format';
import type { SimEvent } from '@/simulator/engine/types';
import { useSimulationHandle } from './SimulationContext';
import { useSimFrame } from './useSimulation';

const SHOWN = 60;
/** Per-record events are too many to list one by one; the table and charts carry their numbers. */
const QUIET = new Set(['record/put', 'records/read']);

/** Repeats of the same event (a shard throttling every second) fold into one line with a count. */
function grouped(events: SimEvent[]): { event: SimEvent; times: number }[] {
  const lines: { event: SimEvent; times: number }[] = [];
  for (let i = events.length - 1; i >= 0 && lines.length < SHOWN; i--) {
    const e = events[i]!;
    if (QUIET.has(e.type)) continue;
    const last = lines.at(-1);
    if (last && last.event.type === e.type && last.event.shard === e.shard && last.event.producer === e.producer)
      last.times++;
    else lines.push({ event: e, times: 1 });
  }
  return lines;
}

/** The simulation's recent events, newest first, in sentences. */
export function EventLog({ start }: { start: number }) {
  const { store } = useSimulationHandle();
  useSimFrame();
  const count = store.getState().sim.eventCount;
  const lines = grouped(store.getState().sim.events);
  if (count === 0 || lines.length === 0) return <p className="m-0 text-sm">No events yet. Press Play.</p>;
  return (
    <ol
      className="m-0 max-h-80 list-none space-y-1 overflow-y-auto p-0 text-sm"
      tabIndex={0}
      aria-label="Recent events, newest first"
    >
      {lines.map(({ event, times }, i) => (
        <li key={`${event.at}-${i}`} className="border-b border-border/50 pb-1">
          <span className="mr-2 text-xs text-muted tabular-nums">{formatClock(event.at, start).elapsed}</span>
          {describeEvent(event)}
          {times > 1 && <span className="text-muted"> (×{times})</span>}
        </li>
      ))}
    </ol>
  );
}
