'use client';

import dynamic from 'next/dynamic';

/** The drill shuffles with the clock, so it renders in the browser only (no server markup to mismatch). */
export const LazyDecisionDrill = dynamic(() => import('./DecisionDrill').then((m) => m.DecisionDrill), {
  ssr: false,
  loading: () => <p>Loading the drill…</p>,
});
