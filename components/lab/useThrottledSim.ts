'use client';

import { useEffect, useState } from 'react';
import type { SimCommand } from '@/simulator/engine/commands';
import type { SimState } from '@/simulator/engine/types';
import { useSimulationHandle } from '@/components/simulator/SimulationContext';

/**
 * A value computed from the simulation and its command log at most every `ms` (and at once after each
 * command): steps' checks and the log viewer do not need 60 updates a second.
 */
export function useThrottledSim<T>(compute: (sim: SimState, log: SimCommand[]) => T, ms = 400): T {
  const { store } = useSimulationHandle();
  const [value, setValue] = useState(() => compute(store.getState().sim, store.getState().log));
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const update = () => {
      timer = null;
      last = performance.now();
      setValue(compute(store.getState().sim, store.getState().log));
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.frame === previous.frame) return;
      if (state.log.length !== previous.log.length) return update();
      if (timer === null) timer = setTimeout(update, Math.max(0, ms - (performance.now() - last)));
    });
    update();
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
    // `compute` is expected to be stable per caller (a module function or a memoized callback).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, ms]);
  return value;
}
