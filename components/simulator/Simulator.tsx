'use client';

import { X } from 'lucide-react';
import { Button } from '@/components/ui/Button';
import { ReactFlowProvider } from '@xyflow/react';
import dynamic from 'next/dynamic';
import { useCallback, useRef, useState } from 'react';
import type { SharedSimulation } from '@/simulator/runtime/shareLink';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { Announcer } from './Announcer';
import { SimulatorCanvas } from './canvas/SimulatorCanvas';
import { newSession, sharedOf, sharedSession, type Session } from './createSession';
import { EventLog } from './EventLog';
import { GoalChecklist } from './GoalChecklist';
import { Inspector } from './inspector/Inspector';
import { Palette } from './Palette';
import { ShardTable } from './ShardTable';
import { ShareControls } from './ShareControls';
import { SimulationProvider } from './SimulationContext';
import { SimulatorControls } from './SimulatorControls';
import { SimulatorPanels, type Panel } from './SimulatorPanels';
import { useColorMode } from './useColorMode';
import { usePlayShortcut } from './usePlayShortcut';
import { useSimulationLoop } from './useSimulationLoop';

// Instructor mode's recorder, in the playground only: loaded on demand, so embeds never pay for it.
const DemoRecorder = dynamic(() => import('../present/DemoRecorder').then((m) => m.DemoRecorder), { ssr: false });

export interface SimulatorProps {
  scenarioId: string;
  /** Every scenario the simulator may open (an imported file can name another). */
  scenarios: Record<string, Scenario>;
  variant: 'playground' | 'embed';
  /** A simulation to open instead of the scenario's start (from a share link). */
  initial?: Session;
  /** Extra views under the canvas (charts, hash ring, retention, cost). */
  extraPanels?: (session: Session) => Panel[];
}

/**
 * A whole simulation: controls, palette, canvas, inspector, goal and the text views. Each instance has
 * its own stores, so several can sit on one page without sharing anything.
 */
export function Simulator({ scenarioId, scenarios, variant, initial, extraPanels }: SimulatorProps) {
  const [session, setSession] = useState<Session>(() => initial ?? newSession(scenarioId, scenarios[scenarioId]!));
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const colorMode = useColorMode();
  useSimulationLoop(session.store);
  const root = useRef<HTMLDivElement>(null);
  usePlayShortcut(session.store, root, variant === 'playground');

  const onMessage = useCallback((m: string) => {
    setError('');
    setMessage(m);
  }, []);
  const load = useCallback(
    (shared: SharedSimulation) => {
      const result = sharedSession(shared, scenarios);
      if (!result.ok) return result.error;
      session.store.getState().pause();
      setSession(result.session);
      return null;
    },
    [scenarios, session],
  );
  const reset = (seed: number) => {
    session.store.getState().pause();
    setSession(newSession(session.scenarioId, session.scenario, seed));
    onMessage(`Reset to the start of “${session.scenario.title}” with seed ${seed}.`);
  };
  const panels: Panel[] = [
    { id: 'table', label: 'Table', render: () => <ShardTable /> },
    { id: 'events', label: 'Events', render: () => <EventLog start={session.start} /> },
    ...(extraPanels?.(session) ?? []),
  ];
  const tall = variant === 'playground';

  return (
    <SimulationProvider value={session} key={session.instance}>
      <ReactFlowProvider>
        <div ref={root} className="shardlab-simulator space-y-3">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <SimulatorControls start={session.start} seed={session.seed} onReset={reset} />
            <ShareControls current={() => sharedOf(session)} load={load} onMessage={onMessage} onError={setError} />
          </div>
          {variant === 'playground' && <DemoRecorder key={session.instance} session={session} />}
          {error && (
            <div role="alert" className="rounded-md border-2 border-pitfall bg-pitfall-bg p-3 text-sm">
              <p className="m-0 font-semibold">That did not work</p>
              <p className="m-0">{error}</p>
              <Button size="sm" variant="ghost" icon={X} onClick={() => setError('')} className="mt-1">
                Dismiss
              </Button>
            </div>
          )}
          <GoalChecklist />
          <Palette onMessage={onMessage} />
          <div className={`grid gap-3 ${tall ? 'lg:grid-cols-[1fr_20rem]' : ''}`}>
            <div className={`overflow-hidden rounded-md border border-border ${tall ? 'h-[72vh] min-h-[480px]' : ''}`}>
              <SimulatorCanvas onMessage={onMessage} colorMode={colorMode} sizing={tall ? 'fill' : 'content'} />
            </div>
            <aside
              aria-label="Inspector"
              className={`overflow-y-auto rounded-md border border-border p-3 ${tall ? 'lg:max-h-[72vh]' : ''}`}
            >
              <Inspector onMessage={onMessage} />
            </aside>
          </div>
          <p className="m-0 min-h-5 text-sm" aria-hidden="true">
            {message}
          </p>
          <SimulatorPanels panels={panels} label="Simulation views" />
          <Announcer message={message} />
        </div>
      </ReactFlowProvider>
    </SimulationProvider>
  );
}
