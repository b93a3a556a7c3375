/**
 * Maps wall-clock time to virtual time for a running simulation: a speed from 1× to 3600×, pause and
 * single steps. Pure: the caller passes wall time in (from requestAnimationFrame or a worker's timer),
 * so the clock behaves the same in the browser, a Web Worker and tests.
 */
export const SPEEDS = [1, 10, 60, 600, 3600] as const;
export type Speed = (typeof SPEEDS)[number];

export interface VirtualClock {
  speed: Speed;
  running: boolean;
  /** Wall time of the last tick, or null before the first tick after a (re)start. */
  lastWall: number | null;
}

/** At most this much wall time is turned into virtual time per tick: a background tab does not jump ahead. */
export const MAX_TICK_WALL_MS = 250;

export function createClock(speed: Speed = 1): VirtualClock {
  return { speed, running: false, lastWall: null };
}

/**
 * How much virtual time a tick at `wall` advances, and the clock after it.
 * @example const [ms, next] = tick(clock, performance.now()); advance(sim, sim.now + ms)
 */
export function tick(clock: VirtualClock, wall: number): [number, VirtualClock] {
  if (!clock.running) return [0, { ...clock, lastWall: null }];
  if (clock.lastWall === null) return [0, { ...clock, lastWall: wall }];
  const elapsed = Math.min(Math.max(0, wall - clock.lastWall), MAX_TICK_WALL_MS);
  return [Math.round(elapsed * clock.speed), { ...clock, lastWall: wall }];
}

export function play(clock: VirtualClock): VirtualClock {
  return { ...clock, running: true, lastWall: null };
}

export function pause(clock: VirtualClock): VirtualClock {
  return { ...clock, running: false, lastWall: null };
}

export function setSpeed(clock: VirtualClock, speed: Speed): VirtualClock {
  return { ...clock, speed };
}

/** One single step while paused: one virtual second, the engine's unit of accounting. */
export const STEP_MS = 1000;
