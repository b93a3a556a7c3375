'use client';

import dynamic from 'next/dynamic';
import { SimulatorSkeleton } from './SimulatorSkeleton';

/** The simulator, loaded on demand: a chapter's first-load JavaScript never includes the canvas. */
export const LazyEmbedSimulator = dynamic(() => import('./SimulatorApp').then((m) => m.SimulatorApp), {
  ssr: false,
  loading: () => <SimulatorSkeleton variant="embed" />,
});

export const LazyPlaygroundSimulator = dynamic(() => import('./SimulatorApp').then((m) => m.SimulatorApp), {
  ssr: false,
  loading: () => <SimulatorSkeleton variant="playground" />,
});
