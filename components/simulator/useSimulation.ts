'use client';

import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { SimState } from '@/simulator/engine/types';
import type { Editor } from '@/simulator/runtime/canvasActions';
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
