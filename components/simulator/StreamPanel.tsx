'use client';

import { useId, useState, type ReactNode } from 'react';
import { useSimValue } from './useSimulation';

/** A view of one stream; with several streams, a picker chooses which. */
export function StreamPanel({ children }: { children: (stream: string) => ReactNode }) {
  const streams = useSimValue((sim) => Object.keys(sim.streams));
  const [chosen, setChosen] = useState<string | null>(null);
  const id = useId();
  const stream = chosen && streams.includes(chosen) ? chosen : streams[0];
  if (!stream) return <p className="m-0 text-sm">No streams yet: add one from the palette.</p>;
  return (
    <div className="space-y-2">
      {streams.length > 1 && (
        <div className="flex items-center gap-2 text-sm">
          <label htmlFor={id}>Stream</label>
          <select
            id={id}
            value={stream}
            onChange={(e) => setChosen(e.target.value)}
            className="min-h-10 rounded-md border border-border bg-bg px-2"
          >
            {streams.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
      )}
      {children(stream)}
    </div>
  );
}
