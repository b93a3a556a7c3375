import { callApi } from '@/simulator/api/callApi';
import { applyCommand, type SimCommand } from '@/simulator/engine/commands';
import { KinesisError } from '@/simulator/engine/errors';
import { deserializeSimulation, serializeSimulation } from '@/simulator/engine/serialize';
import type { SimState } from '@/simulator/engine/types';
import { startScenario } from '@/simulator/scenarios/loadScenario';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { actionCommands, appendCommand, DemoActionError } from './actionCommands';
import type { Demo, DemoAction, DemoBeat, DemoPanel } from './demoSchema';

/** What the audience view shows besides the simulation: the open panel and the outlined node. */
export interface DemoView {
  panel: DemoPanel;
  highlight: string | null;
}

/** A scripted moment of a demo, rebuilt exactly: the scenario, the state, the log since the load. */
export interface Checkpoint {
  scenarioId: string;
  seed: number;
  /** Virtual time at the scenario's start, for the clock shown on screen. */
  start: number;
  /** The simulation, serialized: every visit rebuilds a fresh copy, so free driving cannot change it. */
  state: string;
  log: SimCommand[];
  view: DemoView;
}

/** A simulation being scripted: what applying actions changes. */
export interface Working {
  scenarioId: string;
  seed: number;
  start: number;
  sim: SimState;
  log: SimCommand[];
  view: DemoView;
  /** Actions that failed, in words ("beat 3: SplitShard: …"), for the content check and the presenter. */
  errors: string[];
}

/** A beat's actions cut at each `pause`: stage 0 runs on entering the beat, each later one on →. */
export function stagesOf(beat: DemoBeat): DemoAction[][] {
  const stages: DemoAction[][] = [[]];
  for (const action of beat.actions) {
    if (action.do === 'pause') stages.push([]);
    else stages.at(-1)!.push(action);
  }
  return stages;
}

/**
 * Applies one action at once (a `play` as one exact advance). The live player uses the same
 * actionCommands, one frame at a time, so both reach the same state.
 * @example applyAction(work, { do: 'play', seconds: 5 }, scenarios)
 */
export function applyAction(work: Working, action: DemoAction, scenarios: Record<string, Scenario>): void {
  if (action.do === 'load') {
    const scenario = scenarios[action.scenario];
    if (!scenario) {
      work.errors.push(`there is no scenario "${action.scenario}"`);
      return;
    }
    const seed = action.seed ?? scenario.seed;
    work.sim = startScenario({ ...scenario, seed });
    Object.assign(work, { scenarioId: action.scenario, seed, start: work.sim.now, log: [] });
    work.view = { ...work.view, highlight: null };
    return;
  }
  if (action.do === 'highlight') work.view = { ...work.view, highlight: action.node };
  if (action.do === 'view') work.view = { ...work.view, panel: action.panel };
  let commands: SimCommand[];
  try {
    commands = actionCommands(work.sim, action);
  } catch (error) {
    if (!(error instanceof DemoActionError)) throw error;
    work.errors.push(error.message);
    return;
  }
  for (const command of commands) {
    work.log = appendCommand(work.log, command);
    try {
      applyCommand(work.sim, command, callApi);
    } catch (error) {
      if (!(error instanceof KinesisError)) throw error;
      work.errors.push(`${error.name}: ${error.message}`);
    }
  }
}

export const checkpointOf = (work: Working): Checkpoint => ({
  scenarioId: work.scenarioId,
  seed: work.seed,
  start: work.start,
  state: serializeSimulation(work.sim),
  log: work.log,
  view: work.view,
});

export const workingFrom = (cp: Checkpoint): Working => ({
  ...cp,
  sim: deserializeSimulation(cp.state),
  errors: [],
});

export interface DemoScript {
  demo: Demo;
  /** How many stages each beat has (pauses + 1). */
  stageCount: (beat: number) => number;
  /**
   * The state before stage `stage` of beat `beat` runs; `stage === stageCount(beat)` is the beat's end.
   * Computed from the nearest earlier checkpoint and cached, so going back and forth costs nothing.
   */
  checkpoint: (beat: number, stage: number) => Checkpoint;
}

/**
 * A demo's deterministic script: each beat's state is its scenario, seed and the commands of every beat
 * before it, rebuilt on demand (moving back never tries to undo).
 * @example createDemoScript(demo, scenarios).checkpoint(2, 0) // the state on entering beat 3
 */
export function createDemoScript(demo: Demo, scenarios: Record<string, Scenario>): DemoScript {
  const cache = new Map<string, Checkpoint>();
  const stages = demo.beats.map(stagesOf);
  const key = (beat: number, stage: number) => `${beat}:${stage}`;
  const checkpoint = (beat: number, stage: number): Checkpoint => {
    const cached = cache.get(key(beat, stage));
    if (cached) return cached;
    let result: Checkpoint;
    if (stage === 0 && beat === 0) result = placeholder(demo, scenarios);
    else if (stage === 0) {
      // A beat starts where the previous one ended, with no node outlined.
      const end = checkpoint(beat - 1, stages[beat - 1]!.length);
      result = { ...end, view: { ...end.view, highlight: null } };
    } else {
      const work = workingFrom(checkpoint(beat, stage - 1));
      for (const action of stages[beat]![stage - 1]!) applyAction(work, action, scenarios);
      result = checkpointOf(work);
    }
    cache.set(key(beat, stage), result);
    return result;
  };
  return { demo, stageCount: (beat) => stages[beat]!.length, checkpoint };
}

/**
 * A scenario's first second as a checkpoint: what a `load` action leads to.
 * @example scenarioStart(scenarios, 'hot-key', 11, { panel: 'table', highlight: null }).start
 */
export function scenarioStart(
  scenarios: Record<string, Scenario>,
  scenarioId: string,
  seed: number | undefined,
  view: DemoView,
): Checkpoint {
  const work: Working = { scenarioId: '', seed: 0, start: 0, sim: {} as SimState, log: [], view, errors: [] };
  applyAction(work, { do: 'load', scenario: scenarioId, seed }, scenarios);
  if (work.errors.length > 0) throw new DemoActionError(work.errors[0]!);
  return checkpointOf(work);
}

/** Beat 1 before anything runs: its scenario's start (the `load` runs again on entry, to the same state). */
function placeholder(demo: Demo, scenarios: Record<string, Scenario>): Checkpoint {
  const load = demo.beats[0]!.actions[0];
  if (load?.do !== 'load') throw new DemoActionError('a demo starts with a "load" action');
  return scenarioStart(scenarios, load.scenario, load.seed, { panel: 'table', highlight: null });
}
