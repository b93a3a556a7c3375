'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { LazyEmbedSimulator } from './LazySimulator';
import { SimulatorSkeleton } from './SimulatorSkeleton';

/**
 * A chapter's simulator: only its own scenario is shipped to the page, and its code is fetched when the
 * reader scrolls near it, so a chapter opens as fast as one without simulators.
 */
export function EmbedSimulator({ scenarioId, scenario }: { scenarioId: string; scenario: Scenario }) {
  const scenarios = useMemo(() => ({ [scenarioId]: scenario }), [scenarioId, scenario]);
  const placeholder = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  if (near) return <LazyEmbedSimulator scenarioId={scenarioId} scenarios={scenarios} variant="embed" />;
  return (
    <div ref={placeholder}>
      <SimulatorSkeleton variant="embed" />
    </div>
  );
}
