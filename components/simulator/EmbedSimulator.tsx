'use client';

import { useMemo } from 'react';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { LazyEmbedSimulator } from './LazySimulator';

/** A chapter's simulator: only its own scenario is shipped to the page. */
export function EmbedSimulator({ scenarioId, scenario }: { scenarioId: string; scenario: Scenario }) {
  const scenarios = useMemo(() => ({ [scenarioId]: scenario }), [scenarioId, scenario]);
  return <LazyEmbedSimulator scenarioId={scenarioId} scenarios={scenarios} variant="embed" />;
}
