'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { SimulationStore } from '@/simulator/runtime/createSimulationStore';

/**
 * Drives a running simulation from requestAnimationFrame: one store write per frame at most. The
 * engine runs on the main thread: `npm run bench:ui` measures that a frame stays within budget at
 * 3600× (see bench/uiBench.ts), so a worker would add copying without a gain.
 */
export function useSimulationLoop(store: SimulationStore): void {
  const running = useStore(store, (s) => s.clock.running);
  useEffect(() => {
    if (!running) return;
    let id = requestAnimationFrame(function frame(wall) {
      store.getState().tick(wall);
      id = requestAnimationFrame(frame);
    });
    return () => cancelAnimationFrame(id);
  }, [running, store]);
}
