'use client';

import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useState } from 'react';
import type { DemoView } from '@/lib/demos/demoScript';
import type { LiveSession } from '@/lib/demos/createPresentationStore';
import { SimulatorCanvas } from '@/components/simulator/canvas/SimulatorCanvas';
import { MetricsCharts } from '@/components/simulator/charts/MetricsCharts';
import { EventLog } from '@/components/simulator/EventLog';
import { Inspector } from '@/components/simulator/inspector/Inspector';
import { ShardTable } from '@/components/simulator/ShardTable';
import { SimulationProvider } from '@/components/simulator/SimulationContext';
import { StreamPanel } from '@/components/simulator/StreamPanel';
import { useColorMode } from '@/components/simulator/useColorMode';
import { useCanvas } from '@/components/simulator/useSimulation';
import { useSimulationLoop } from '@/components/simulator/useSimulationLoop';

const PANEL_TITLES = { table: 'Shards', charts: 'CloudWatch metrics', events: 'Events' } as const;

/** Outlines the beat's node. A style rule, because React Flow owns the node elements' classes. */
function Highlight({ node }: { node: string }) {
  const selector = `.react-flow__node[data-id="${node.replace(/["\\]/g, '\\$&')}"]`;
  return (
    <style>{`${selector}{outline:6px solid var(--focus);outline-offset:6px;border-radius:10px;z-index:10}`}</style>
  );
}

/** The inspector for a node the instructor clicked: taking over, one setting at a time. */
function SelectedInspector({ onMessage }: { onMessage: (m: string) => void }) {
  const selected = useCanvas((c) => c.selected);
  if (!selected) return null;
  return (
    <aside aria-label="Inspector" className="max-h-[40vh] overflow-y-auto rounded-md border-2 border-border bg-bg p-3">
      <Inspector onMessage={onMessage} />
    </aside>
  );
}

/**
 * The simulation for a demo: a big canvas, the panel the beat opened, the inspector of a clicked node,
 * no palette or share controls. Everything else (clock, beats) belongs to the presentation.
 */
export function PresentSimulator({
  session,
  view,
  onMessage,
  layout,
}: {
  session: LiveSession;
  view: DemoView;
  onMessage: (m: string) => void;
  /** `wide`: canvas above, panel below (projector); `stacked`: a phone, everything in one column. */
  layout: 'wide' | 'stacked';
}) {
  const colorMode = useColorMode();
  useSimulationLoop(session.store);
  const [message, setMessage] = useState('');
  const say = useCallback(
    (m: string) => {
      setMessage(m);
      onMessage(m);
    },
    [onMessage],
  );
  return (
    <SimulationProvider value={session} key={session.instance}>
      <ReactFlowProvider>
        {view.highlight && <Highlight node={view.highlight} />}
        <div className="flex h-full min-h-0 flex-col gap-3">
          <div
            className={`min-h-0 overflow-hidden rounded-md border-2 border-border ${
              layout === 'wide' ? 'flex-[2_1_0]' : 'h-[60vh] min-h-[360px]'
            }`}
          >
            <SimulatorCanvas onMessage={say} colorMode={colorMode} sizing="fill" />
          </div>
          <SelectedInspector onMessage={say} />
          <section
            aria-label={PANEL_TITLES[view.panel]}
            className={`min-h-0 overflow-auto rounded-md border-2 border-border p-3 ${layout === 'wide' ? 'flex-[1_1_0]' : ''}`}
          >
            <h2 className="mt-0 mb-2 text-lg font-semibold">{PANEL_TITLES[view.panel]}</h2>
            {view.panel === 'table' && <ShardTable />}
            {view.panel === 'charts' && <StreamPanel>{(s) => <MetricsCharts stream={s} />}</StreamPanel>}
            {view.panel === 'events' && <EventLog start={session.start} />}
          </section>
          <p className="sr-only" aria-live="polite">
            {message}
          </p>
        </div>
      </ReactFlowProvider>
    </SimulationProvider>
  );
}
