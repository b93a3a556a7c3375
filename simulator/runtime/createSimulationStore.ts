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
  play: () => void;
  pause: () => void;
  setSpeed: (speed: Speed) => void;
  /** One virtual second, while paused. */
  step: () => void;
  /** Called once per animation frame with the wall time. */
  tick: (wall: number) => void;
  dispatch: (command: SimCommand) => unknown;
}

/**
 * One store per simulation (a playground, each chapter embed): zustand/vanilla, so it runs the same in a
 * rAF loop, a Web Worker and a test. The engine mutates `sim`; the store is written at most once per
 * frame, by `tick`, `step` or `dispatch`.
 * @example const store = createSimulationStore(startScenario(scenario), callApi); store.getState().play()
 */
export function createSimulationStore(sim: SimState, callApi?: ApiCaller) {
  return createStore<SimulationStoreState>()((set, get) => {
    let seen = sim.eventCount;
    const changed = (extra: Partial<SimulationStoreState> = {}) => {
      const recentEvents = eventsSince(get().sim, seen);
      seen = get().sim.eventCount;
      set({ frame: get().frame + 1, recentEvents, ...extra });
    };
    // Failed commands are logged too: they are part of what the learner did, and replay skips them the same way.
    const run = (command: SimCommand) => {
      set({ log: [...get().log, command] });
      return applyCommand(get().sim, command, callApi);
    };
    return {
      sim,
      frame: 0,
      clock: createClock(),
      log: [],
      recentEvents: [],
      lastError: null,
      play: () => set({ clock: play(get().clock) }),
      pause: () => set({ clock: pause(get().clock) }),
      setSpeed: (speed) => set({ clock: setSpeed(get().clock, speed) }),
      step: () => {
        run({ type: 'time/advance', until: get().sim.now + STEP_MS });
        changed();
      },
      tick: (wall) => {
        const [ms, clock] = tick(get().clock, wall);
        if (ms === 0) {
          if (clock !== get().clock) set({ clock });
          return;
        }
        // Time passing is logged as one command per frame so a replay reproduces the same steps.
        run({ type: 'time/advance', until: get().sim.now + ms });
        changed({ clock });
      },
      dispatch: (command) => {
        try {
          const result = run(command);
          changed({ lastError: null });
          return result;
        } catch (error) {
          if (!(error instanceof KinesisError)) throw error;
          changed({ lastError: { name: error.name, message: error.message } });
          return undefined;
        }
      },
    };
  });
}

export type SimulationStore = ReturnType<typeof createSimulationStore>;
