'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { LazyPlaygroundSimulator } from '../simulator/LazySimulator';
import { ScenarioBrief } from '../simulator/ScenarioBrief';
import { SimulatorSkeleton } from '../simulator/SimulatorSkeleton';

export const DEFAULT_SCENARIO = 'hot-key';

/**
 * Opens the scenario named by `?scenario=` (or the share link in the hash). An unknown id gets a clear
 * message and the default scenario.
 */
export function PlaygroundClient({ scenarios }: { scenarios: Record<string, Scenario> }) {
  const requested = useSearchParams().get('scenario');
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setHash(location.hash.startsWith('#sim=') ? location.hash : '');
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  const unknown = requested !== null && !scenarios[requested];
  const id = requested && scenarios[requested] ? requested : DEFAULT_SCENARIO;
  const scenario = scenarios[id]!;
  return (
    <div className="space-y-3">
      {unknown && (
        <p role="alert" className="m-0 rounded-md border-2 border-pitfall bg-pitfall-bg p-3 text-sm">
          There is no scenario called “{requested}”. Showing “{scenario.title}”; pick another from the list.
        </p>
      )}
      <section aria-labelledby="scenario-title" className="rounded-md border border-border bg-surface p-3">
        <h2 id="scenario-title" className="m-0 text-lg font-semibold">
          {scenario.title}
        </h2>
        <ScenarioBrief scenario={scenario} />
      </section>
      {hash === null ? (
        <SimulatorSkeleton variant="playground" />
      ) : (
        <LazyPlaygroundSimulator
          key={`${id}${hash}`}
          scenarioId={id}
          scenarios={scenarios}
          variant="playground"
          hash={hash || undefined}
        />
      )}
    </div>
  );
}
