'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { CanvasStore } from '@/simulator/runtime/createCanvasStore';
import type { SimulationStore } from '@/simulator/runtime/createSimulationStore';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';

/** One running simulation: its store and the scenario it started from. Each embed has its own. */
export interface SimulationHandle {
  store: SimulationStore;
  /** Node positions, drafts, selection and undo for this simulation's canvas. */
  canvas: CanvasStore;
  scenarioId: string;
  scenario: Scenario;
  /** Virtual time at the scenario's start, for the elapsed-time clock and goals. */
  start: number;
}

const SimulationContext = createContext<SimulationHandle | null>(null);

export function SimulationProvider({ value, children }: { value: SimulationHandle; children: ReactNode }) {
  return <SimulationContext.Provider value={value}>{children}</SimulationContext.Provider>;
}

export function useSimulationHandle(): SimulationHandle {
  const handle = useContext(SimulationContext);
  if (!handle) throw new Error('useSimulationHandle must be used inside a <SimulationProvider>.');
  return handle;
}
