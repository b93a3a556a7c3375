'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { shallow } from 'zustand/shallow';
import type { SimState } from '@/simulator/engine/types';
import type { Editor } from '@/simulator/runtime/editorCore';
import type { CanvasState } from '@/simulator/runtime/createCanvasStore';
import type { SimulationStoreState } from '@/simulator/runtime/createSimulationStore';
import { useSimulationHandle } from './SimulationContext';

/**
 * Reads the simulation store through an atomic selector (a primitive, or a stable reference).
 * @example const running = useSimulation((s) => s.clock.running)
 */
export function useSimulation<T>(selector: (state: SimulationStoreState) => T): T {
  return useStore(useSimulationHandle().store, selector);
}

/**
 * Reads a value derived from the engine state. The engine mutates `sim` in place, so the selector runs
 * on every store change and the component re-renders only when the result differs (shallowly: a
 * primitive, or an array/object whose entries are primitives).
 * @example const throttled = useSimValue((sim) => sim.metrics.demo?.lastSecond['shardId-000000000000']?.WriteProvisionedThroughputExceeded ?? 0)
 */
export function useSimValue<T>(select: (sim: SimState) => T): T {
  return useStore(
    useSimulationHandle().store,
    useShallow((s: SimulationStoreState) => select(s.sim)),
  );
}

/** The frame counter: a component that draws per-frame data (a chart) subscribes to this and reads `sim` itself. */
export function useSimFrame(): number {
  return useSimulation((s) => s.frame);
}

/**
 * Reads the canvas store (positions, drafts, selection, undo) through an atomic selector.
 * @example const selected = useCanvas((c) => c.selected)
 */
export function useCanvas<T>(selector: (state: CanvasState) => T): T {
  return useStore(useSimulationHandle().canvas, selector);
}

/** The editor (both stores) for canvas actions. */
export function useEditor(): Editor {
  const { store, canvas } = useSimulationHandle();
  return useMemo(() => ({ sim: store, canvas }), [store, canvas]);
}

/**
 * A frame counter that changes at most every `everyMs` of wall time while the simulation runs (and
 * once more after the last change), and at once while it is paused: for text views (tables,
 * checklists, logs) that nobody reads at 60 updates a second.
 * @example useThrottledFrame(250); const rows = shardRows(store.getState().sim, stream)
 */
export function useThrottledFrame(everyMs = 250): number {
  const { store } = useSimulationHandle();
  const [frame, setFrame] = useState(() => store.getState().frame);
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => {
      timer = undefined;
      last = performance.now();
      setFrame(store.getState().frame);
    };
    const unsubscribe = store.subscribe((state) => {
      const wait = everyMs - (performance.now() - last);
      // Paused, every change is the learner's own step or edit: show it at once.
      if (wait <= 0 || !state.clock.running) publish();
      else timer ??= setTimeout(publish, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, everyMs]);
  return frame;
}

/** How many frames apart one canvas node's numbers are refreshed while the simulation runs. */
export const NODE_REFRESH_FRAMES = 10;

/**
 * Like useSimValue, for canvas nodes: while the simulation runs, a node re-reads its numbers only on
 * every NODE_REFRESH_FRAMES-th frame, in its own slot, so the nodes' updates are spread over frames
 * instead of all landing in one (about 6 updates a second each; the numbers are per-second values).
 * When paused, every change shows at once.
 * @example const row = useStaggeredSimValue((sim) => shardRow(sim, stream, id), shardIndex)
 */
export function useStaggeredSimValue<T>(select: (sim: SimState) => T, slot: number): T {
  const { store } = useSimulationHandle();
  const cache = useRef<{ frame: number; value: T } | null>(null);
  const getSnapshot = () => {
    const state = store.getState();
    const cached = cache.current;
    if (cached && cached.frame === state.frame) return cached.value;
    const offSlot = (state.frame + slot) % NODE_REFRESH_FRAMES !== 0;
    if (cached && state.clock.running && offSlot) return cached.value;
    const value = select(state.sim);
    if (cached && shallow(cached.value, value)) {
      cached.frame = state.frame;
      return cached.value;
    }
    cache.current = { frame: state.frame, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
