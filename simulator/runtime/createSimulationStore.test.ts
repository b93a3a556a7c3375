import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import { serializeSimulation } from '../engine/serialize';
import { startScenario } from '../scenarios/loadScenario';
import type { Scenario } from '../scenarios/scenarioSchema';
import { createSimulationStore } from './createSimulationStore';

const scenario: Scenario = {
  title: 'Store test',
  brief: 'A stream with one hot key for the store tests.',
  seed: 5,
  streams: [{ name: 'demo', mode: 'PROVISIONED', shardCount: 2 }],
  producers: [
    {
      id: 'p',
      stream: 'demo',
      rate: { kind: 'constant', recordsPerSecond: 1200 },
      size: { kind: 'fixed', bytes: 100 },
      keys: { kind: 'constant', key: 'hot' },
    },
  ],
  consumers: [],
  faithfulness: 'Only used by the tests of the simulation store.',
};

describe('simulation store', () => {
  it('turns frames into virtual time at the chosen speed and reports the frame’s events', () => {
    const store = createSimulationStore(startScenario(scenario), callApi);
    const start = store.getState().sim.now;
    store.getState().setSpeed(60);
    store.getState().play();
    store.getState().tick(0);
    expect(store.getState().frame).toBe(0);
    store.getState().tick(16);
    // 960 virtual ms: not yet a whole second, so the engine waits and the clock carries it.
    expect(store.getState().frame).toBe(0);
    expect(store.getState().carryMs).toBe(960);
    store.getState().tick(32);
    expect(store.getState().frame).toBe(1);
    expect(store.getState().sim.now - start).toBe(1000);
    expect(store.getState().carryMs).toBe(920);
    store.getState().tick(232);
    expect(store.getState().recentEvents.some((e) => e.type === 'record/throttled')).toBe(true);
    store.getState().pause();
    store.getState().tick(400);
    expect(store.getState().frame).toBe(2);
    expect(store.getState().log).toEqual([{ type: 'time/advance', until: start + 13_000 }]);
  });

  it('keeps a command log that replays to the same state, and reports failed commands in words', () => {
    const store = createSimulationStore(startScenario(scenario), callApi);
    store.getState().step();
    store.getState().dispatch({
      type: 'api/call',
      operation: 'SplitShard',
      input: { StreamName: 'demo', ShardToSplit: 'shardId-000000000009', NewStartingHashKey: '1' },
    });
    expect(store.getState().lastError).toEqual({
      name: 'ResourceNotFoundException',
      message: 'Could not find shard shardId-000000000009 in stream demo under account 000000000000.',
    });
    store.getState().dispatch({
      type: 'api/call',
      operation: 'UpdateShardCount',
      input: { StreamName: 'demo', TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' },
    });
    expect(store.getState().lastError).toBeNull();
    store.getState().step();
    store.getState().step();
    const again = createSimulationStore(startScenario(scenario), callApi);
    for (const command of store.getState().log) again.getState().dispatch(command);
    expect(serializeSimulation(again.getState().sim)).toBe(serializeSimulation(store.getState().sim));
    // The last two steps merge into one advance.
    expect(store.getState().log).toHaveLength(4);
  });
});

describe('frame budget', () => {
  it('stops at a whole second when the frame has no time left, drops the rest and says so', () => {
    const store = createSimulationStore(startScenario(scenario), callApi);
    const start = store.getState().sim.now;
    store.getState().setSpeed(3600);
    store.getState().play();
    store.getState().tick(0);
    let calls = 0;
    // 16 ms at 3600× is 57.6 virtual seconds; the budget allows three one-second advances.
    store.getState().tick(16, () => ++calls < 3);
    expect(store.getState().sim.now - start).toBe(3000);
    expect(store.getState().limited).toBe(true);
    expect(store.getState().carryMs).toBe(0);
    store.getState().tick(32);
    expect(store.getState().sim.now - start).toBe(60_000);
    expect(store.getState().limited).toBe(false);
    expect(store.getState().log).toEqual([{ type: 'time/advance', until: start + 60_000 }]);
  });
});

describe('one notification per frame', () => {
  it.each([1, 60, 3600] as const)('notifies subscribers once per tick at %i×, whatever the frame ran', (speed) => {
    const store = createSimulationStore(startScenario(scenario), callApi);
    store.getState().setSpeed(speed);
    store.getState().play();
    let notifications = 0;
    const unsubscribe = store.subscribe(() => notifications++);
    const start = store.getState().sim.now;
    // 120 frames of 1/60 s: 2 wall seconds, so 2, 120 and 7,200 virtual seconds.
    for (let frame = 0; frame <= 120; frame++) store.getState().tick((frame * 1000) / 60);
    unsubscribe();
    expect(notifications).toBe(121);
    expect(store.getState().sim.now - start).toBe(2000 * speed);
    // The engine changed on 2 frames at 1× (one per whole second), on every frame but the first above.
    expect(store.getState().frame).toBe(speed === 1 ? 2 : 120);
  });

  it('writes a command and its frame together, failed or not', () => {
    const store = createSimulationStore(startScenario(scenario), callApi);
    const seen: { frame: number; log: number; error: string | null }[] = [];
    store.subscribe((s) => seen.push({ frame: s.frame, log: s.log.length, error: s.lastError?.name ?? null }));
    store.getState().dispatch({ type: 'api/call', operation: 'DeleteStream', input: { StreamName: 'nope' } });
    store.getState().step();
    expect(seen).toEqual([
      { frame: 1, log: 1, error: 'ResourceNotFoundException' },
      { frame: 2, log: 2, error: 'ResourceNotFoundException' },
    ]);
  });
});
