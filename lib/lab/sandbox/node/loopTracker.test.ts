import { describe, expect, it } from 'vitest';
import { createLoopTracker } from './loopTracker';

describe('createLoopTracker', () => {
  it('is idle only after tracked timers and holds are done', async () => {
    const loop = createLoopTracker();
    const events: string[] = [];
    loop.timers.setTimeout(() => events.push('timeout'), 10);
    const release = loop.hold();
    const idle = loop.whenIdle().then(() => events.push('idle'));
    setTimeout(() => {
      events.push('release');
      release();
    }, 30);
    await idle;
    expect(events).toEqual(['timeout', 'release', 'idle']);
  });

  it('treats a cleared interval as gone, whichever clear function is used', async () => {
    const loop = createLoopTracker();
    const id = loop.timers.setInterval(() => {}, 5);
    loop.timers.clearTimeout(id);
    await expect(loop.whenIdle()).resolves.toBeUndefined();
  });

  it('waits for a quiet period when asked, restarting it when tracked work happens', async () => {
    const loop = createLoopTracker();
    const start = performance.now();
    const idle = loop.whenIdle(40);
    setTimeout(() => loop.timers.setTimeout(() => {}, 20), 10);
    await idle;
    expect(performance.now() - start).toBeGreaterThanOrEqual(60);
  });

  it('cancels everything on clearAll, like a process exit', async () => {
    const loop = createLoopTracker();
    let fired = false;
    loop.timers.setTimeout(() => (fired = true), 5);
    loop.timers.setInterval(() => (fired = true), 5);
    loop.clearAll();
    await loop.whenIdle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).toBe(false);
  });

  it('rejects a callback that is not a function, as Node does', () => {
    const loop = createLoopTracker();
    expect(() => loop.timers.setTimeout('alert(1)' as never, 1)).toThrow(
      'The "callback" argument must be of type function. Received string',
    );
  });
});
