'use client';

import { useMemo, useRef, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
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
 * Reads a value derived from the frame: the store writes once per animation frame, and this computes
 * `select` once for each frame (and again only if the component re-renders with another selector). The
 * component re-renders when the result differs shallowly (a primitive, or an array/object of
 * primitives). Every view reads through this, so the canvas, the inspector, the table and the goal show
 * the same frame.
 * @example const accepted = useFrameValue((s) => producerSummary(s.sim, 'p1').accepted)
 */
export function useFrameValue<T>(select: (state: SimulationStoreState) => T): T {
  const { store } = useSimulationHandle();
  const cache = useRef<{ frame: number; select: unknown; value: T } | null>(null);
  const getSnapshot = () => {
    const state = store.getState();
    const cached = cache.current;
    if (cached && cached.frame === state.frame && cached.select === select) return cached.value;
    const value = select(state);
    const kept = cached && shallow(cached.value, value) ? cached.value : value;
    cache.current = { frame: state.frame, select, value: kept };
    return kept;
  };
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}

/**
 * useFrameValue over the engine state alone.
 * @example const throttled = useSimValue((sim) => shardRow(sim, 'demo', 'shardId-000000000001')?.throttledRecords ?? 0)
 */
export function useSimValue<T>(select: (sim: SimState) => T): T {
  return useFrameValue((state) => select(state.sim));
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
