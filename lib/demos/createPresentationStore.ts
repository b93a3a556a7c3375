import { createStore } from 'zustand/vanilla';
import { callApi } from '@/simulator/api/callApi';
import { deserializeSimulation } from '@/simulator/engine/serialize';
import { createCanvasStore, type CanvasStore } from '@/simulator/runtime/createCanvasStore';
import { createSimulationStore, type SimulationStore } from '@/simulator/runtime/createSimulationStore';
import { MAX_TICK_WALL_MS, STEP_MS, type Speed } from '@/simulator/runtime/virtualClock';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { actionCommands, DemoActionError } from './actionCommands';
import type { DemoAction } from './demoSchema';
import type { Demo } from './demoSchema';
import {
  createDemoScript,
  scenarioStart,
  stagesOf,
  type Checkpoint,
  type DemoScript,
  type DemoView,
} from './demoScript';

/** The simulation on screen: what a SimulationProvider needs, plus an id to re-mount views on a rebuild. */
export interface LiveSession {
  instance: number;
  store: SimulationStore;
  canvas: CanvasStore;
  scenarioId: string;
  scenario: Scenario;
  seed: number;
  start: number;
}

/** `running`: the stage's actions are being played; `holding`: a pause waits for →; `done`: the beat has run. */
export type BeatPhase = 'running' | 'holding' | 'done';

export interface PresentationState {
  beat: number;
  /** The stage of the beat that runs or last ran. */
  stage: number;
  phase: BeatPhase;
  session: LiveSession;
  view: DemoView;
  /** A scripted `play` in progress: the clock runs to `until` at `speed`, then the stage goes on. */
  animation: { until: number; speed: Speed; lastWall: number | null; carry: number; held: boolean } | null;
  /** The instructor has taken over (changed, dragged or run the simulation): "Back to script" restores it. */
  offScript: boolean;
  /** The last action that could not be applied, in words. */
  problem: string | null;
  goto: (beat: number) => void;
  next: () => void;
  previous: () => void;
  /** P: holds or resumes a scripted run; otherwise runs the simulation freely (taking over) or pauses it. */
  togglePlay: () => void;
  /** Rebuilds the current position's scripted state exactly. */
  backToScript: () => void;
  /** Called once per animation frame with the wall time while `animation` is set. */
  tick: (wall: number) => void;
}

export interface PresentationOptions {
  /** False (reduced motion, tests): every `play` happens at once. */
  animate?: boolean;
  /** Speed of a `play` without one. */
  defaultSpeed?: Speed;
}

let instances = 0;

/**
 * The presentation's controller, framework-free (zustand/vanilla): which beat and stage is on screen,
 * the live simulation, the scripted run in progress and whether the instructor has left the script.
 * Every move rebuilds the target from the script's checkpoints; a `play` runs the live store to exact
 * whole seconds, so the state at its end is the scripted one however the frames fell.
 * @example const p = createPresentationStore(demo, scenarios, { animate: false }); p.getState().next()
 */
export function createPresentationStore(
  demo: Demo,
  scenarios: Record<string, Scenario>,
  options: PresentationOptions = {},
  startBeat = 0,
) {
  const script: DemoScript = createDemoScript(demo, scenarios);
  const animate = options.animate ?? true;
  const defaultSpeed = options.defaultSpeed ?? 10;
  const beatCount = demo.beats.length;
  const clampBeat = (beat: number) => Math.min(Math.max(0, Math.trunc(beat) || 0), beatCount - 1);

  const store = createStore<PresentationState>()((set, get) => {
    // What the script itself last wrote: any other change to the log or the layout is the instructor's.
    let scriptLog: unknown = null;
    let scriptLayout: unknown = null;
    let unsubscribe: () => void = () => {};
    let queue: DemoAction[] = [];

    const check = () => {
      const { session, offScript } = get();
      const now =
        session.store.getState().log !== scriptLog ||
        session.canvas.getState().positions !== scriptLayout ||
        session.store.getState().clock.running;
      if (now !== offScript) set({ offScript: now });
    };
    const remember = () => {
      scriptLog = get().session.store.getState().log;
      scriptLayout = get().session.canvas.getState().positions;
      check();
    };

    /** Puts a checkpoint on screen as a fresh simulation (free driving never touches the script's copy). */
    const mount = (cp: Checkpoint) => {
      get().session.store.getState().pause();
      unsubscribe();
      const session: LiveSession = {
        instance: ++instances,
        store: createSimulationStore(deserializeSimulation(cp.state), callApi, cp.log),
        canvas: createCanvasStore(),
        scenarioId: cp.scenarioId,
        scenario: scenarios[cp.scenarioId]!,
        seed: cp.seed,
        start: cp.start,
      };
      const a = session.store.subscribe(check);
      const b = session.canvas.subscribe(check);
      unsubscribe = () => {
        a();
        b();
      };
      set({ session, view: cp.view, animation: null });
      remember();
    };

    const run = (action: DemoAction) => {
      if (action.do === 'load') {
        try {
          mount(scenarioStart(scenarios, action.scenario, action.seed, { ...get().view, highlight: null }));
        } catch (error) {
          if (!(error instanceof DemoActionError)) throw error;
          set({ problem: error.message });
        }
        return;
      }
      if (action.do === 'highlight') set({ view: { ...get().view, highlight: action.node } });
      if (action.do === 'view') set({ view: { ...get().view, panel: action.panel } });
      const { session } = get();
      let commands;
      try {
        commands = actionCommands(session.store.getState().sim, action);
      } catch (error) {
        if (!(error instanceof DemoActionError)) throw error;
        set({ problem: error.message });
        return;
      }
      for (const command of commands) session.store.getState().dispatch(command);
      remember();
    };

    /** Applies queued actions until a `play` needs frames (when animating) or the stage is over. */
    const pump = (instant: boolean) => {
      while (queue.length > 0) {
        const action = queue.shift()!;
        if (action.do === 'play' && animate && !instant) {
          get().session.store.getState().pause();
          set({
            animation: {
              until: get().session.store.getState().sim.now + action.seconds * 1000,
              speed: (action.speed ?? defaultSpeed) as Speed,
              lastWall: null,
              carry: 0,
              held: false,
            },
          });
          return;
        }
        run(action);
      }
      const last = get().stage >= script.stageCount(get().beat) - 1;
      set({ animation: null, phase: last ? 'done' : 'holding' });
    };

    const enterStage = (stage: number) => {
      queue = [...stagesOf(demo.beats[get().beat]!)[stage]!];
      set({ stage, phase: 'running', problem: null });
      pump(false);
    };

    const first = script.checkpoint(clampBeat(startBeat), 0);
    return {
      beat: clampBeat(startBeat),
      stage: 0,
      phase: 'running',
      // Replaced by goto() below, before anyone reads it.
      session: {
        instance: ++instances,
        store: createSimulationStore(deserializeSimulation(first.state), callApi, first.log),
        canvas: createCanvasStore(),
        scenarioId: first.scenarioId,
        scenario: scenarios[first.scenarioId]!,
        seed: first.seed,
        start: first.start,
      },
      view: first.view,
      animation: null,
      offScript: false,
      problem: null,
      goto: (beat) => {
        const target = clampBeat(beat);
        queue = [];
        set({ beat: target });
        mount(script.checkpoint(target, 0));
        enterStage(0);
      },
      next: () => {
        const { phase, stage, beat, animation } = get();
        if (phase === 'running') {
          // → during a run skips to its end: the very state the run would have reached.
          if (animation) {
            get().session.store.getState().dispatch({ type: 'time/advance', until: animation.until });
            set({ animation: null });
            remember();
          }
          pump(true);
        } else if (phase === 'holding') enterStage(stage + 1);
        else if (beat < beatCount - 1) get().goto(beat + 1);
      },
      previous: () => {
        const { beat } = get();
        if (beat === 0) return get().goto(0);
        // Back goes to the previous beat as it ended (answer shown): rebuilt, never undone.
        queue = [];
        const stages = script.stageCount(beat - 1);
        set({ beat: beat - 1, stage: stages - 1, phase: 'done', problem: null });
        mount(script.checkpoint(beat - 1, stages));
      },
      togglePlay: () => {
        const animation = get().animation;
        if (animation) return set({ animation: { ...animation, held: !animation.held, lastWall: null } });
        const sim = get().session.store.getState();
        if (sim.clock.running) sim.pause();
        else sim.play();
      },
      backToScript: () => {
        const { beat, stage, phase } = get();
        queue = [];
        if (phase === 'running') {
          mount(script.checkpoint(beat, stage));
          enterStage(stage);
        } else mount(script.checkpoint(beat, stage + 1));
      },
      tick: (wall) => {
        const animation = get().animation;
        if (!animation || animation.held) return;
        if (animation.lastWall === null) return set({ animation: { ...animation, lastWall: wall } });
        const elapsed = Math.min(Math.max(0, wall - animation.lastWall), MAX_TICK_WALL_MS);
        const sim = get().session.store.getState();
        const target = Math.min(animation.until, sim.sim.now + animation.carry + elapsed * animation.speed);
        // Whole seconds only, as the simulation store's own clock does: the run is then exactly the
        // scripted advance, whatever the frame rate.
        const until = target >= animation.until ? animation.until : target - (target % STEP_MS);
        if (until > sim.sim.now) {
          sim.dispatch({ type: 'time/advance', until });
          remember();
        }
        if (until >= animation.until) {
          set({ animation: null });
          pump(false);
        } else
          set({ animation: { ...animation, lastWall: wall, carry: target - get().session.store.getState().sim.now } });
      },
    };
  });
  store.getState().goto(startBeat);
  return store;
}

export type PresentationStore = ReturnType<typeof createPresentationStore>;
