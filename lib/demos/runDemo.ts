import type { SimState } from '@/simulator/engine/types';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { topologyOf } from '@/simulator/runtime/kinds/topology';
import type { Demo } from './demoSchema';
import { applyAction, stagesOf, type Working } from './demoScript';

/**
 * Plays a whole demo at once and lists what would go wrong on the projector: actions the simulation
 * refuses (an API error, a function that does not exist) and highlights of nodes that are not on the
 * canvas at that moment. The content check runs it on every demo, so a broken one fails the build.
 * @example demoProblems(demo, scenarios) // [] when every beat runs cleanly
 */
export function demoProblems(demo: Demo, scenarios: Record<string, Scenario>): string[] {
  const problems: string[] = [];
  const work: Working = {
    scenarioId: '',
    seed: 0,
    start: 0,
    sim: {} as SimState,
    log: [],
    view: { panel: 'table', highlight: null },
    errors: [],
  };
  demo.beats.forEach((beat, b) => {
    stagesOf(beat)
      .flat()
      .forEach((action) => {
        const where = `beat ${b + 1} ("${beat.title}"), "${action.do}" action`;
        const before = work.errors.length;
        applyAction(work, action, scenarios);
        for (const error of work.errors.slice(before)) problems.push(`${where}: ${error}`);
        if (action.do === 'highlight' && !nodeOnCanvas(work.sim, action.node))
          problems.push(`${where}: there is no node "${action.node}" on the canvas at this point`);
      });
  });
  return problems;
}

function nodeOnCanvas(sim: SimState, id: string): boolean {
  return topologyOf(sim).nodes.some((n) => n.id === id);
}
