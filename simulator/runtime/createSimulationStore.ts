import { createStore } from 'zustand/vanilla';
import { applyCommand, type ApiCaller, type SimCommand } from '../engine/commands';
import { KinesisError } from '../engine/errors';
import { eventsSince } from '../engine/events';
import type { SimEvent, SimState } from '../engine/types';
import { createClock, pause, play, setSpeed, STEP_MS, tick, type Speed, type VirtualClock } from './virtualClock';

export interface SimulationStoreState {
  /** The simulation. Mutated in place by the engine; `frame` changes whenever it did. */
  sim: SimState;
  /** Bumped once per change: selectors read `sim` and subscribe through this. */
  frame: number;
  clock: VirtualClock;
  /** Every command applied since the start, for share links, undo and replay. */
  log: SimCommand[];
  /** Events from the last frame, for animations and live-region announcements. */
  recentEvents: SimEvent[];
  /** The last command that failed, in words, or null. */
  lastError: { name: string; message: string } | null;
  /** Virtual time the clock has run that has not reached the next whole second yet. */
  carryMs: number;
  /**
   * True while the engine could not keep up with the chosen speed within its per-frame budget: the
   * simulation then runs as fast as the device allows, and the controls say so.
   */
  limited: boolean;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: Speed) => void;
  /** One virtual second, while paused. */
  step: () => void;
  /**
   * Called once per animation frame with the wall time. `hasTime` says whether the frame's budget for
   * engine work is left; when it runs out, the virtual time not yet simulated is dropped (not queued),
   * so the page stays responsive and the simulation slows down instead of freezing.
   */
  tick: (wall: number, hasTime?: () => boolean) => void;
  dispatch: (command: SimCommand) => unknown;
}

/**
 * Appends commands to a log, copying it once; consecutive advances merge, which is exact because every
 * advance ends on a whole second.
 */
function appendCommands(log: SimCommand[], commands: SimCommand[]): SimCommand[] {
  const next = log.slice();
  for (const command of commands) {
    if (command.type === 'time/advance' && next.at(-1)?.type === 'time/advance') next[next.length - 1] = command;
    else next.push(command);
  }
  return next;
}

/**
 * One store per simulation (a playground, each chapter embed): zustand/vanilla, so it runs the same in a
 * rAF loop, a Web Worker and a test. The engine mutates `sim`; `tick`, `step` and `dispatch` each write
 * the store exactly once, so subscribers hear of a frame once however many virtual seconds it ran (60
 * at 3600×), and every view reads the same frame.
 * @example const store = createSimulationStore(startScenario(scenario), callApi); store.getState().play()
 */
export function createSimulationStore(sim: SimState, callApi?: ApiCaller, log: SimCommand[] = []) {
  return createStore<SimulationStoreState>()((set, get) => {
    let seen = sim.eventCount;
    /** The single write of a tick, step or command: a new frame with its log and events. */
    const commit = (commands: SimCommand[], extra: Partial<SimulationStoreState> = {}) => {
      const recentEvents = eventsSince(get().sim, seen);
      seen = get().sim.eventCount;
      set({ frame: get().frame + 1, recentEvents, log: appendCommands(get().log, commands), ...extra });
    };
    // Failed commands are logged too: they are part of what the learner did, and replay skips them the same way.
    const apply = (command: SimCommand) => applyCommand(get().sim, command, callApi);
    return {
      sim,
      frame: 0,
      clock: createClock(),
      log,
      recentEvents: [],
      lastError: null,
      carryMs: 0,
      limited: false,
      play: () => set({ clock: play(get().clock) }),
      pause: () => set({ clock: pause(get().clock), limited: false }),
      setSpeed: (speed) => set({ clock: setSpeed(get().clock, speed) }),
      step: () => {
        const command: SimCommand = {
          type: 'time/advance',
          until: get().sim.now - (get().sim.now % STEP_MS) + STEP_MS,
        };
        apply(command);
        commit([command], { carryMs: 0 });
      },
      tick: (wall, hasTime = () => true) => {
        const [ms, clock] = tick(get().clock, wall);
        // The engine only ever advances to whole seconds: per-second limits and metrics are its unit, and
        // it makes one long advance identical to many short ones, so the log can merge them (share links
        // stay short and replay is exact). The part of a second not yet run waits in carryMs.
        const target = get().sim.now + get().carryMs + ms;
        const until = target - (target % STEP_MS);
        if (until <= get().sim.now) {
          set({ clock, carryMs: target - get().sim.now });
          return;
        }
        // Second by second, so the frame budget can stop between two; the log keeps only the last advance.
        let reached = get().sim.now;
        while (reached < until) {
          reached = Math.min(until, reached + STEP_MS);
          apply({ type: 'time/advance', until: reached });
          if (!hasTime()) break;
        }
        const limited = reached < until;
        commit([{ type: 'time/advance', until: reached }], { clock, carryMs: limited ? 0 : target - until, limited });
      },
      dispatch: (command) => {
        try {
          const result = apply(command);
          commit([command], { lastError: null });
          return result;
        } catch (error) {
          commit(
            [command],
            error instanceof KinesisError ? { lastError: { name: error.name, message: error.message } } : {},
          );
          if (!(error instanceof KinesisError)) throw error;
          return undefined;
        }
      },
    };
  });
}

export type SimulationStore = ReturnType<typeof createSimulationStore>;
