import { describe, expect, it } from 'vitest';
import { createClock, MAX_TICK_WALL_MS, pause, play, setSpeed, tick } from './virtualClock';

describe('virtual clock', () => {
  it('advances nothing while paused and nothing on the first tick after play', () => {
    let clock = createClock();
    expect(tick(clock, 1000)[0]).toBe(0);
    clock = play(clock);
    const [first, next] = tick(clock, 1000);
    expect(first).toBe(0);
    expect(tick(next, 1016)[0]).toBe(16);
  });

  it('scales wall time by the speed, up to 3600×', () => {
    let clock = play(setSpeed(createClock(), 3600));
    [, clock] = tick(clock, 0);
    expect(tick(clock, 16.7)[0]).toBe(60_120);
  });

  it('caps a long gap (a background tab) and restarts cleanly after pause', () => {
    let clock = play(createClock(60));
    [, clock] = tick(clock, 0);
    expect(tick(clock, 10_000)[0]).toBe(MAX_TICK_WALL_MS * 60);
    clock = play(pause(clock));
    [, clock] = tick(clock, 50_000);
    expect(tick(clock, 50_010)[0]).toBe(600);
  });
});
