import { callApi } from '@/simulator/api/callApi';
import { createCanvasStore } from '@/simulator/runtime/createCanvasStore';
import { createSimulationStore } from '@/simulator/runtime/createSimulationStore';
import { restoreSimulation } from '@/simulator/runtime/restoreSimulation';
import type { SharedSimulation } from '@/simulator/runtime/shareLink';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import type { SimulationHandle } from './SimulationContext';

export interface Session extends SimulationHandle {
  /** Distinguishes sessions, so views with local state start afresh after a reset or an import. */
  instance: number;
  seed: number;
}

let instances = 0;

/** A fresh simulation of a scenario (optionally with another seed). */
export function newSession(scenarioId: string, scenario: Scenario, seed = scenario.seed): Session {
  const sim = startScenario({ ...scenario, seed });
  return {
    instance: ++instances,
    store: createSimulationStore(sim, callApi),
    canvas: createCanvasStore(),
    scenarioId,
    scenario,
    seed,
    start: sim.now,
  };
}

/** A simulation rebuilt from a share link or an imported file, or the reason it cannot be. */
export function sharedSession(
  shared: SharedSimulation,
  scenarios: Record<string, Scenario>,
): { ok: true; session: Session } | { ok: false; error: string } {
  const scenario = scenarios[shared.scenario];
  if (!scenario)
    return {
      ok: false,
      error: `It names a scenario this site does not have ("${shared.scenario}"). Nothing was changed.`,
    };
  const restored = restoreSimulation(scenario, shared);
  if (!restored.ok) return restored;
  const start = startScenario({ ...scenario, seed: shared.seed }).now;
  return {
    ok: true,
    session: {
      instance: ++instances,
      store: createSimulationStore(restored.sim, callApi, shared.log),
      canvas: createCanvasStore(shared.canvas ?? { positions: {}, drafts: [] }),
      scenarioId: shared.scenario,
      scenario,
      seed: shared.seed,
      start,
    },
  };
}

/** What a share link or export carries for a session. */
export function sharedOf(session: Session): SharedSimulation {
  const { positions, drafts } = session.canvas.getState();
  return {
    v: 1,
    scenario: session.scenarioId,
    seed: session.seed,
    log: session.store.getState().log,
    canvas: { positions, drafts },
  };
}
