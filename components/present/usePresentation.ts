'use client';

import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { createPresentationStore, type PresentationStore } from '@/lib/demos/createPresentationStore';
import type { Demo } from '@/lib/demos/demoSchema';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';

/**
 * One presentation controller per mounted demo, and the animation frames that drive its scripted runs
 * (only while one is in progress). Reduced motion turns every run into a jump to its end.
 * @example const presentation = usePresentation(demo, scenarios, 2)
 */
export function usePresentation(demo: Demo, scenarios: Record<string, Scenario>, startBeat: number): PresentationStore {
  const [store] = useState(() =>
    createPresentationStore(
      demo,
      scenarios,
      { animate: !window.matchMedia('(prefers-reduced-motion: reduce)').matches },
      startBeat,
    ),
  );
  const animating = useStore(store, (s) => s.animation !== null);
  useEffect(() => {
    if (!animating) return;
    let id = requestAnimationFrame(function frame(wall) {
      store.getState().tick(wall);
      id = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(id);
  }, [animating, store]);
  return store;
}
