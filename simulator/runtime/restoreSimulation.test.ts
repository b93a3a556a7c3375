import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import { advance } from '../engine/advance';
import type { SimCommand } from '../engine/commands';
import { serializeSimulation } from '../engine/serialize';
import { startScenario } from '../scenarios/loadScenario';
import type { CanvasLayout } from './createCanvasStore';
import { createSimulationStore } from './createSimulationStore';
import { restoreSimulation } from './restoreSimulation';
import { decodeShareLink, encodeShareLink, parseSharedSimulation, type SharedSimulation } from './shareLink';
import { loadScenarioFile } from '../scenarios/testing/loadScenarioFile';

const load = loadScenarioFile;

const hotKey = load('hot-key');
const damaged = 'This simulation could not be rebuilt: its command list is damaged. Nothing was changed.';

/** A learner's session on the hot-key scenario: time, a failed split, a reshard, a key fix, a new consumer. */
function session() {
  const store = createSimulationStore(startScenario(hotKey), callApi);
  const { getState } = store;
  getState().step();
  getState().step();
  getState().dispatch({
    type: 'api/call',
    operation: 'SplitShard',
    input: { StreamName: 'game-events', ShardToSplit: 'shardId-000000000009', NewStartingHashKey: '1' },
  });
  expect(getState().lastError?.name).toBe('ResourceNotFoundException');
  getState().dispatch({
    type: 'api/call',
    operation: 'UpdateShardCount',
    input: { StreamName: 'game-events', TargetShardCount: 8, ScalingType: 'UNIFORM_SCALING' },
  });
  for (let i = 0; i < 3; i++) getState().step();
  getState().dispatch({ type: 'producer/update', id: 'game-servers', changes: { keys: { kind: 'uuid' } } });
  getState().dispatch({
    type: 'consumer/add',
    config: {
      name: 'leaderboard',
      stream: 'game-events',
      workers: 2,
      pollIntervalMs: 500,
      maxRecords: 10_000,
      processingMsPerRecord: 0.5,
      initialPosition: 'TRIM_HORIZON',
      enabled: true,
    },
  });
  for (let i = 0; i < 5; i++) getState().step();
  return store;
}

describe('restoreSimulation', () => {
  it('rebuilds the identical simulation from the scenario, the seed and the command log', () => {
    const store = session();
    const { log, sim } = store.getState();
    // Consecutive steps merge into one advance each; the failed split is logged and fails again on replay.
    expect(log.map((c) => c.type)).toEqual([
      'time/advance',
      'api/call',
      'api/call',
      'time/advance',
      'producer/update',
      'consumer/add',
      'time/advance',
    ]);
    const restored = restoreSimulation(hotKey, { v: 1, scenario: 'hot-key', seed: hotKey.seed, log });
    if (!restored.ok) throw new Error(restored.error);
    expect(serializeSimulation(restored.sim)).toBe(serializeSimulation(sim));
    // 10 s in, 8 shards open after the reshard, and the reader has processed what was written.
    expect(restored.sim.streams['game-events']!.shards.filter((s) => s.closedAt === null)).toHaveLength(8);
    expect(restored.sim.consumerApps[0]!.stats.processedRecords).toBeGreaterThan(0);
  });

  it('uses the link’s seed, not the scenario’s', () => {
    const scenario = load('under-provisioned');
    const log: SimCommand[] = [{ type: 'time/advance', until: startScenario(scenario).now + 5_000 }];
    const withSeed = (seed: number) => {
      const restored = restoreSimulation(scenario, { v: 1, scenario: 'under-provisioned', seed, log });
      if (!restored.ok) throw new Error(restored.error);
      return serializeSimulation(restored.sim);
    };
    const direct = startScenario({ ...scenario, seed: 99 });
    advance(direct, direct.now + 5_000);
    expect(withSeed(99)).toBe(serializeSimulation(direct));
    // Random partition keys: another seed spreads them differently.
    expect(withSeed(98)).not.toBe(withSeed(99));
  });

  it('round-trips through a share link, canvas layout included', () => {
    const store = session();
    const canvas: CanvasLayout = {
      positions: { 'producer:game-servers': { x: -120, y: 40 }, 'stream:game-events': { x: 200, y: 40.5 } },
      drafts: [
        {
          kind: 'consumer',
          config: {
            name: 'consumer-app-1',
            workers: 1,
            pollIntervalMs: 1000,
            maxRecords: 10_000,
            processingMsPerRecord: 0.1,
            initialPosition: 'LATEST',
            enabled: true,
          },
        },
      ],
    };
    const shared: SharedSimulation = {
      v: 1,
      scenario: 'hot-key',
      seed: hotKey.seed,
      log: store.getState().log,
      canvas,
    };
    const decoded = decodeShareLink(encodeShareLink(shared));
    expect(decoded).toEqual({ ok: true, shared });
    if (!decoded.ok) return;
    const restored = restoreSimulation(hotKey, decoded.shared);
    if (!restored.ok) throw new Error(restored.error);
    expect(serializeSimulation(restored.sim)).toBe(serializeSimulation(store.getState().sim));
  });

  it('refuses a tampered log with a sentence instead of throwing', () => {
    const start = startScenario(hotKey).now;
    const log = [
      { type: 'producer/add', config: { id: 'intruder', stream: 'game-events', enabled: true, seed: 1 } },
      { type: 'time/advance', until: start + 2_000 },
    ] as SimCommand[];
    const shared: SharedSimulation = { v: 1, scenario: 'hot-key', seed: 11, log };
    expect(() => restoreSimulation(hotKey, shared)).not.toThrow();
    expect(restoreSimulation(hotKey, shared)).toEqual({ ok: false, error: damaged });
    expect(
      restoreSimulation(hotKey, {
        ...shared,
        log: [{ type: 'producer/add', config: null }] as unknown as SimCommand[],
      }),
    ).toEqual({ ok: false, error: damaged });
  });

  // A half-written producer/add would only throw once time advances, in the middle of a frame.
  it('refuses a tampered producer/add even when it is the last command', () => {
    const log = [
      { type: 'producer/add', config: { id: 'intruder', stream: 'game-events', enabled: true, seed: 1 } },
    ] as SimCommand[];
    const restored = restoreSimulation(hotKey, { v: 1, scenario: 'hot-key', seed: 11, log });
    if (restored.ok) advance(restored.sim, restored.sim.now + 1_000);
    expect(restored).toEqual({ ok: false, error: damaged });
  });
});

describe('parseSharedSimulation', () => {
  const valid: SharedSimulation = {
    v: 1,
    scenario: 'hot-key',
    seed: 11,
    log: [{ type: 'time/advance', until: 1_767_225_605_000 }],
    canvas: { positions: { 'stream:game-events': { x: 0, y: 0 } }, drafts: [] },
  };

  it('accepts a valid file, with or without a canvas', () => {
    expect(parseSharedSimulation(valid, 'file')).toEqual({ ok: true, shared: valid });
    const { canvas: _canvas, ...bare } = valid;
    expect(parseSharedSimulation(bare, 'file')).toEqual({ ok: true, shared: bare });
  });

  it('explains a file that is not a simulation at all', () => {
    const error = 'This file does not contain a Shardlab simulation. Nothing was changed.';
    for (const data of [null, 'hot-key', 42, true])
      expect(parseSharedSimulation(data, 'file')).toEqual({ ok: false, error });
    expect(parseSharedSimulation(null, 'simulation link')).toEqual({
      ok: false,
      error: 'This simulation link does not contain a Shardlab simulation. Nothing was changed.',
    });
  });

  it('explains a file from another version', () => {
    const error =
      'This file was made by a different version of Shardlab, or is not a Shardlab simulation, and cannot be opened here.';
    for (const v of [2, '1', undefined])
      expect(parseSharedSimulation({ ...valid, v }, 'file')).toEqual({ ok: false, error });
    expect(parseSharedSimulation([], 'file')).toEqual({ ok: false, error });
  });

  it('explains a scenario id that is not a slug', () => {
    const error = 'This file names no valid scenario. Nothing was changed.';
    for (const scenario of ['Hot-Key', '../hot-key', 'hot_key', 'hot--key', '', 7, undefined])
      expect(parseSharedSimulation({ ...valid, scenario }, 'file')).toEqual({ ok: false, error });
  });

  it('explains a bad seed or command list', () => {
    const error = 'This file is damaged: its seed or command list is not valid. Nothing was changed.';
    for (const change of [
      { seed: 1.5 },
      { seed: '11' },
      { log: 'advance' },
      { log: [null] },
      { log: [{ until: 5 }] },
      { log: [{ type: 3 }] },
    ])
      expect(parseSharedSimulation({ ...valid, ...change }, 'file')).toEqual({ ok: false, error });
  });

  it('explains a bad canvas layout', () => {
    const error = 'This file is damaged: its canvas layout is not valid. Nothing was changed.';
    for (const canvas of [
      null,
      'layout',
      { positions: {} },
      { drafts: [] },
      { positions: null, drafts: [] },
      { positions: {}, drafts: {} },
    ])
      expect(parseSharedSimulation({ ...valid, canvas }, 'file')).toEqual({ ok: false, error });
  });
});
