'use client';

import { useMemo } from 'react';
import prices from '@/content/prices/kinesis-data-streams-us-east-1.json';
import { decodeShareLink } from '@/simulator/runtime/shareLink';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { MetricsCharts } from './charts/MetricsCharts';
import { CliConsole } from './CliConsole';
import { CostMeter } from './CostMeter';
import { HashRingView } from './HashRingView';
import { RetentionTimeline } from './RetentionTimeline';
import { StreamPanel } from './StreamPanel';
import { sharedSession } from './createSession';
import { Simulator } from './Simulator';
import type { Panel } from './SimulatorPanels';

export interface SimulatorAppProps {
  scenarioId: string;
  scenarios: Record<string, Scenario>;
  variant: 'playground' | 'embed';
  /** A `#sim=…` hash to open, if the page was opened with one. */
  hash?: string;
}

const panels = (): Panel[] => [
  { id: 'charts', label: 'Charts', render: () => <StreamPanel>{(s) => <MetricsCharts stream={s} />}</StreamPanel> },
  { id: 'keys', label: 'Hash ring', render: () => <StreamPanel>{(s) => <HashRingView stream={s} />}</StreamPanel> },
  {
    id: 'retention',
    label: 'Retention',
    render: () => <StreamPanel>{(s) => <RetentionTimeline stream={s} />}</StreamPanel>,
  },
  { id: 'cost', label: 'Cost', render: () => <CostMeter prices={prices} /> },
  { id: 'console', label: 'AWS CLI', render: () => <CliConsole /> },
];

/** The simulator with every view, opened from a scenario or a share link (whose errors are shown, not thrown). */
export function SimulatorApp({ scenarioId, scenarios, variant, hash }: SimulatorAppProps) {
  const opened = useMemo(() => {
    if (!hash) return { session: undefined, error: '' };
    const decoded = decodeShareLink(hash);
    if (!decoded.ok) return { session: undefined, error: decoded.error };
    const restored = sharedSession(decoded.shared, scenarios);
    return restored.ok ? { session: restored.session, error: '' } : { session: undefined, error: restored.error };
  }, [hash, scenarios]);
  const id = opened.session?.scenarioId ?? scenarioId;
  return (
    <div>
      {opened.error && (
        <div role="alert" className="mb-3 rounded-md border-2 border-pitfall bg-pitfall-bg p-3 text-sm">
          <p className="m-0 font-semibold">The simulation link could not be opened</p>
          <p className="m-0">{opened.error}</p>
          <p className="m-0">Showing the start of “{scenarios[id]?.title}” instead.</p>
        </div>
      )}
      <Simulator
        scenarioId={id}
        scenarios={scenarios}
        variant={variant}
        initial={opened.session}
        extraPanels={panels}
      />
    </div>
  );
}
