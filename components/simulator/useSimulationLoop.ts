'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { SimulationStore } from '@/simulator/runtime/createSimulationStore';
import { emitSimulationFrame } from './frameListeners';

/**
 * Engine work allowed per animation frame. The rest of the 16.7 ms frame is React's and the browser's.
 * When a big simulation cannot reach the chosen speed within it, the simulation runs slower (and the
 * controls say so) instead of the page dropping frames.
 */
export const ENGINE_BUDGET_MS = 4;

/**
 * Drives a running simulation from requestAnimationFrame: one store write per frame, then the frame's
 * listeners (the traffic layer), so everything on screen shows the same frame. The engine
 * runs on the main thread within ENGINE_BUDGET_MS per frame; `npm run bench:ui` measures the frame times
 * this gives (bench/uiBench.ts). A worker would keep the budget but add a copy of the state per frame.
 */
export function useSimulationLoop(store: SimulationStore): void {
  const running = useStore(store, (s) => s.clock.running);
  useEffect(() => {
    if (!running) return;
    const counts = benchCounters();
    const stopCounting = counts ? store.subscribe(() => counts.notifications++) : undefined;
    let id = requestAnimationFrame(function frame(wall) {
      const started = performance.now();
      store.getState().tick(wall, () => performance.now() - started < ENGINE_BUDGET_MS);
      emitSimulationFrame(store, wall);
      if (counts) counts.frames++;
      id = requestAnimationFrame(frame);
    });
    return () => {
      cancelAnimationFrame(id);
      stopCounting?.();
    };
  }, [running, store]);
}

/**
 * `npm run bench:ui` puts counters on the page before it loads, to measure store notifications per
 * frame; in normal use there are none and nothing is counted.
 */
function benchCounters(): { notifications: number; frames: number } | undefined {
  return (globalThis as { shardlabBench?: { notifications: number; frames: number } }).shardlabBench;
}
