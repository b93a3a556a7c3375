'use client';

import { useId, useState } from 'react';
import type { LogEvent } from '@/simulator/engine/lambda/lambdaTypes';
import type { SimState } from '@/simulator/engine/types';
import { matchesPattern } from '@/simulator/api/logs/createLogsApi';
import { useFrameValue } from '@/components/simulator/useSimulation';
import { DataTable, type Column } from '@/components/ui/DataTable';

const SHOWN = 300;

function groupsOf(sim: SimState): Record<string, LogEvent[]> {
  const logs = sim.lambda?.logs ?? {};
  // A copy of the newest events, so React sees a new value when the engine appended in place.
  return Object.fromEntries(Object.entries(logs).map(([g, events]) => [g, events.slice(-SHOWN)]));
}

const time = (ms: number) => new Date(ms).toISOString().slice(11, 23);

interface Line {
  key: string;
  event: LogEvent;
}

const COLUMNS: Column<Line>[] = [
  {
    key: 'time',
    header: 'Time (UTC)',
    cell: (l) => time(l.event.timestamp),
    className: 'align-top whitespace-nowrap text-muted',
  },
  { key: 'message', header: 'Message', cell: (l) => l.event.message, className: 'align-top whitespace-pre-wrap' },
];

/**
 * CloudWatch Logs for the lab's functions: one log group per function, its events oldest first (START,
 * the function's output, END, REPORT), filtered with the same plain-text patterns as `aws logs tail`.
 */
export function LogViewer() {
  const groups = useFrameValue((s) => groupsOf(s.sim));
  const names = Object.keys(groups).sort();
  const [chosen, setChosen] = useState('');
  const [pattern, setPattern] = useState('');
  const id = useId();
  const group = chosen && groups[chosen] ? chosen : (names[0] ?? '');
  const lines = (groups[group] ?? [])
    .map((event, i) => ({ key: `${event.timestamp}-${i}`, event }))
    .filter((l) => matchesPattern(pattern, l.event.message));

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h3 id={`${id}-title`} className="m-0 text-base font-semibold">
        CloudWatch Logs
      </h3>
      {names.length === 0 ? (
        <p className="m-0 text-sm text-muted">
          No log groups yet. A function writes to <code>/aws/lambda/&lt;name&gt;</code> when it is first invoked.
        </p>
      ) : (
        <>
          <div className="flex flex-wrap gap-3">
            <label className="text-sm">
              <span className="font-semibold">Log group</span>
              <select
                value={group}
                onChange={(e) => setChosen(e.target.value)}
                className="ml-2 min-h-10 rounded-md border border-border bg-bg px-2"
              >
                {names.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              <span className="font-semibold">Filter</span>
              <input
                type="search"
                value={pattern}
                onChange={(e) => setPattern(e.target.value)}
                placeholder='e.g. ERROR or "Task timed out"'
                className="ml-2 min-h-10 rounded-md border border-border bg-bg px-2"
              />
            </label>
          </div>
          <div
            role="log"
            aria-label={`Log events of ${group}`}
            tabIndex={0}
            className="max-h-96 overflow-auto rounded-md border border-border bg-code-bg font-mono text-xs"
          >
            {lines.length === 0 ? (
              <p className="m-0 p-2 text-muted">No events match.</p>
            ) : (
              <DataTable
                caption={`Log events of ${group}`}
                captionHidden
                columns={COLUMNS}
                headersHidden
                rows={lines}
                rowKey={(l) => l.key}
                dense
                scrollRegion={false}
              />
            )}
          </div>
          <p className="m-0 text-xs text-muted">
            Times are the simulation’s clock (UTC). Max Memory Used in REPORT lines is an estimate: a browser cannot
            measure a worker’s memory.
          </p>
        </>
      )}
    </section>
  );
}
