import { describe, expect, it } from 'vitest';
import { serializeSimulation } from '@/simulator/engine/serialize';
import { shardRows } from '@/simulator/views/shardRows';
import { loadScenarios } from '@/lib/content/scenarios';
import { createPresentationStore, type PresentationStore } from './createPresentationStore';
import { createDemoScript } from './demoScript';
import { loadDemos } from './loadDemos';

const scenarios = loadScenarios();
const demos = loadDemos();
const hotKeys = demos['hot-keys']!;

const sim = (p: PresentationStore) => p.getState().session.store.getState().sim;
const throttled = (p: PresentationStore) =>
  shardRows(sim(p), 'game-events')
    .filter((r) => r.throttledRecords > 0)
    .map((r) => [r.shardId, r.throttledRecords]);

/** Runs the animation frame by frame, with uneven frame times, until the stage stops. */
function animateToEnd(p: PresentationStore) {
  let wall = 1000;
  const gaps = [16, 33, 7, 250, 16, 400, 16];
  for (let i = 0; p.getState().animation && i < 10_000; i++) {
    wall += gaps[i % gaps.length]!;
    p.getState().tick(wall);
  }
}

describe('createPresentationStore', () => {
  it('walks beats and stages: a prediction holds until →, then runs and is done', () => {
    const p = createPresentationStore(hotKeys, scenarios, { animate: false });
    expect(p.getState()).toMatchObject({ beat: 0, phase: 'done', view: { highlight: 'producer:game-servers' } });
    p.getState().next();
    expect(p.getState()).toMatchObject({ beat: 1, stage: 0, phase: 'holding' });
    expect(throttled(p)).toEqual([]);
    p.getState().next();
    expect(p.getState()).toMatchObject({ beat: 1, stage: 1, phase: 'done' });
    expect(throttled(p)).toEqual([['shardId-000000000001', 500]]);
    expect(p.getState().view.highlight).toBe('shard:game-events:shardId-000000000001');
  });

  it('animates a play in whole seconds to exactly the scripted state, whatever the frame times', () => {
    const p = createPresentationStore(hotKeys, scenarios, { animate: true }, 1);
    p.getState().next();
    expect(p.getState().animation).toMatchObject({ speed: 1 });
    animateToEnd(p);
    expect(p.getState().phase).toBe('done');
    const script = createDemoScript(hotKeys, scenarios);
    expect(serializeSimulation(sim(p))).toBe(script.checkpoint(1, 2).state);
    expect(p.getState().offScript).toBe(false);
  });

  it('→ during a run skips to its end; P holds and resumes it', () => {
    const p = createPresentationStore(hotKeys, scenarios, { animate: true }, 1);
    p.getState().next();
    const before = sim(p).now;
    p.getState().togglePlay();
    expect(p.getState().animation?.held).toBe(true);
    p.getState().tick(5000);
    p.getState().tick(9000);
    expect(sim(p).now).toBe(before);
    p.getState().togglePlay();
    p.getState().next();
    expect(p.getState().phase).toBe('done');
    expect(throttled(p)).toEqual([['shardId-000000000001', 500]]);
  });

  it('goes back to the previous beat as it ended, rebuilt rather than undone', () => {
    const p = createPresentationStore(hotKeys, scenarios, { animate: false }, 3);
    expect(throttled(p)).toEqual([]);
    p.getState().previous();
    expect(p.getState()).toMatchObject({ beat: 2, phase: 'done' });
    expect(throttled(p)).toEqual([['shardId-000000000006', 500]]);
  });

  it('notices free driving and puts the scripted state back exactly', () => {
    const p = createPresentationStore(hotKeys, scenarios, { animate: false }, 1);
    p.getState().next();
    const scripted = serializeSimulation(sim(p));
    const { store } = p.getState().session;
    store.getState().dispatch({ type: 'producer/update', id: 'game-servers', changes: { keys: { kind: 'uuid' } } });
    store.getState().step();
    expect(p.getState().offScript).toBe(true);
    expect(throttled(p)).toEqual([]);
    p.getState().backToScript();
    expect(p.getState().offScript).toBe(false);
    expect(serializeSimulation(sim(p))).toBe(scripted);
    // Running the clock freely is taking over too.
    p.getState().togglePlay();
    expect(p.getState().offScript).toBe(true);
    p.getState().togglePlay();
  });

  it('opens at any beat, clamping one that does not exist', () => {
    expect(createPresentationStore(hotKeys, scenarios, { animate: false }, 99).getState().beat).toBe(4);
    expect(createPresentationStore(hotKeys, scenarios, { animate: false }, -3).getState().beat).toBe(0);
  });
});
