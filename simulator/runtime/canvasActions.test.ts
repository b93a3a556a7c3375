import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import type { ConsumerAppConfig } from '../engine/consumerTypes';
import type { ProducerConfig } from '../engine/producerTypes';
import { serializeSimulation } from '../engine/serialize';
import { startScenario } from '../scenarios/loadScenario';
import type { Scenario } from '../scenarios/scenarioSchema';
import { addNode, connect, deleteNode, disconnect, moveNode, undo } from './canvasActions';
import { type Editor } from './editorCore';
import { updateConsumerConfig, updateProducerConfig } from './settingsActions';
import { createCanvasStore, nodeId, UNDO_LIMIT, type CanvasLayout } from './createCanvasStore';
import { createSimulationStore } from './createSimulationStore';
import { restoreSimulation } from './restoreSimulation';
import { decodeShareLink, encodeShareLink } from './shareLink';

const scenario: Scenario = {
  title: 'Canvas test',
  brief: 'Two streams, a producer and a consumer application for the canvas edit tests.',
  seed: 7,
  streams: [
    { name: 'orders', mode: 'PROVISIONED', shardCount: 2 },
    { name: 'audit', mode: 'PROVISIONED', shardCount: 1 },
  ],
  producers: [
    {
      id: 'web',
      stream: 'orders',
      rate: { kind: 'constant', recordsPerSecond: 200 },
      size: { kind: 'fixed', bytes: 100 },
      keys: { kind: 'uuid' },
    },
  ],
  consumers: [
    {
      name: 'billing',
      stream: 'orders',
      workers: 1,
      pollIntervalMs: 1000,
      maxRecords: 10_000,
      processingMsPerRecord: 1,
      initialPosition: 'TRIM_HORIZON',
    },
  ],
  faithfulness: 'Only used by the tests of canvas edits.',
};

/** Where the playground would put the scenario's nodes. */
const startLayout: CanvasLayout = {
  positions: {
    'producer:web': { x: 0, y: 0 },
    'stream:orders': { x: 300, y: 0 },
    'stream:audit': { x: 300, y: 300 },
    'consumer:billing': { x: 600, y: 0 },
  },
  drafts: [],
};

function editor(): Editor {
  return { sim: createSimulationStore(startScenario(scenario), callApi), canvas: createCanvasStore(startLayout) };
}

const liveProducers = (e: Editor) => e.sim.getState().sim.producers.filter((p) => !p.removed);
const producer = (e: Editor, id: string) => liveProducers(e).find((p) => p.config.id === id)?.config;
const app = (e: Editor, name: string) => e.sim.getState().sim.consumerApps.find((a) => a.config.name === name)?.config;
const labels = (e: Editor) => e.canvas.getState().undo.map((u) => u.label);

describe('addNode', () => {
  it('creates a stream at once with CreateStream and 2 shards, placed, selected and undoable', () => {
    const e = editor();
    // Asked for a spot next to web (0, 0): a new node never stacks on another, so it moves down by 170.
    expect(addNode(e, 'stream', { x: 10, y: 20 })).toEqual({ id: 'stream:stream-1', ok: true });
    expect(e.sim.getState().log).toEqual([
      { type: 'api/call', operation: 'CreateStream', input: { StreamName: 'stream-1', ShardCount: 2 } },
    ]);
    const stream = e.sim.getState().sim.streams['stream-1']!;
    expect({ status: stream.status, shards: stream.shards.length }).toEqual({ status: 'CREATING', shards: 2 });
    expect(e.canvas.getState()).toMatchObject({
      positions: { ...startLayout.positions, 'stream:stream-1': { x: 10, y: 190 } },
      selected: 'stream:stream-1',
    });
    expect(addNode(e, 'stream', { x: 0, y: 0 }).id).toBe('stream:stream-2');
    expect(undo(e)).toBe('add stream-2');
    expect(undo(e)).toBe('add stream-1');
    // Undo deletes the stream (DeleteStream): DELETING now, gone a second later.
    expect(e.sim.getState().sim.streams['stream-1']!.status).toBe('DELETING');
    e.sim.getState().step();
    expect(Object.keys(e.sim.getState().sim.streams).sort()).toEqual(['audit', 'orders']);
    expect(e.canvas.getState().positions).toEqual(startLayout.positions);
  });

  it('puts producers and consumers on the canvas as drafts, with free names and default settings', () => {
    const e = editor();
    expect(addNode(e, 'producer', { x: 1, y: 2 })).toEqual({ id: 'producer:producer-1', ok: true });
    expect(addNode(e, 'producer', { x: 3, y: 4 })).toEqual({ id: 'producer:producer-2', ok: true });
    expect(addNode(e, 'consumer', { x: 5, y: 6 })).toEqual({ id: 'consumer:consumer-app-1', ok: true });
    // Nothing reached the engine: a producer or consumer needs a stream.
    expect(e.sim.getState().log).toEqual([]);
    expect(e.sim.getState().sim.producers).toHaveLength(1);
    expect(e.canvas.getState().drafts).toEqual([
      {
        kind: 'producer',
        config: {
          id: 'producer-1',
          rate: { kind: 'constant', recordsPerSecond: 100 },
          size: { kind: 'fixed', bytes: 512 },
          keys: { kind: 'uuid' },
          enabled: true,
          // 101 + the number of producers the engine holds (web).
          seed: 102,
        },
      },
      {
        kind: 'producer',
        config: {
          id: 'producer-2',
          rate: { kind: 'constant', recordsPerSecond: 100 },
          size: { kind: 'fixed', bytes: 512 },
          keys: { kind: 'uuid' },
          enabled: true,
          // Drafts count too, so two producers added before either is connected get different seeds.
          seed: 103,
        },
      },
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
    ]);
    expect(e.canvas.getState().selected).toBe('consumer:consumer-app-1');
    expect(labels(e)).toEqual(['add producer-1', 'add producer-2', 'add consumer-app-1']);
    expect(undo(e)).toBe('add consumer-app-1');
    expect(e.canvas.getState().drafts.map((d) => d.kind)).toEqual(['producer', 'producer']);
    expect(e.canvas.getState().positions['consumer:consumer-app-1']).toBeUndefined();
  });
});

describe('connect', () => {
  it('adds a draft producer to the engine when it is wired to a stream; undo takes it out again', () => {
    const e = editor();
    addNode(e, 'producer', { x: 1, y: 602 });
    const draft = e.canvas.getState().drafts[0]!.config;
    expect(connect(e, 'producer:producer-1', 'stream:audit')).toEqual({ ok: true });
    expect(e.sim.getState().log.at(-1)).toEqual({ type: 'producer/add', config: { ...draft, stream: 'audit' } });
    expect(producer(e, 'producer-1')).toEqual({ ...draft, stream: 'audit' });
    expect(e.canvas.getState().drafts).toEqual([]);
    expect(e.canvas.getState().positions['producer:producer-1']).toEqual({ x: 1, y: 602 });
    expect(undo(e)).toBe('connect producer-1');
    expect(producer(e, 'producer-1')).toBeUndefined();
    expect(e.canvas.getState().drafts).toEqual([{ kind: 'producer', config: draft }]);
  });

  it('adds a draft consumer whichever end was chosen first, and accepts a shard as the stream end', () => {
    const e = editor();
    addNode(e, 'consumer', { x: 0, y: 0 });
    addNode(e, 'consumer', { x: 0, y: 0 });
    expect(connect(e, 'stream:audit', 'consumer:consumer-app-1')).toEqual({ ok: true });
    expect(connect(e, 'consumer:consumer-app-2', 'shard:orders:shardId-000000000001')).toEqual({ ok: true });
    expect([app(e, 'consumer-app-1')?.stream, app(e, 'consumer-app-2')?.stream]).toEqual(['audit', 'orders']);
    expect(e.canvas.getState().drafts).toEqual([]);
  });

  it('refuses pairs that cannot be wired, in a sentence', () => {
    const e = editor();
    addNode(e, 'producer', { x: 0, y: 0 });
    const wrong = { ok: false, error: 'Connect a producer to a stream, or a stream to a consumer application.' };
    expect(connect(e, 'producer:web', 'consumer:billing')).toEqual(wrong);
    expect(connect(e, 'stream:orders', 'stream:audit')).toEqual(wrong);
    expect(connect(e, 'producer:web', 'producer:producer-1')).toEqual(wrong);
    expect(connect(e, 'shard:orders:shardId-000000000000', 'stream:audit')).toEqual(wrong);
    expect(connect(e, 'producer:producer-1', 'stream:gone')).toEqual({
      ok: false,
      error: 'Stream gone does not exist any more.',
    });
    expect(connect(e, 'producer:ghost', 'stream:orders')).toEqual({
      ok: false,
      error: 'There is no producer named ghost.',
    });
    expect(connect(e, 'stream:orders', 'consumer:ghost')).toEqual({
      ok: false,
      error: 'There is no consumer application named ghost.',
    });
    expect(e.sim.getState().log).toEqual([]);
    expect(labels(e)).toEqual(['add producer-1']);
  });

  it('refuses a consumer application that already reads another stream, and accepts its own stream as a no-op', () => {
    const e = editor();
    expect(connect(e, 'consumer:billing', 'stream:audit')).toEqual({
      ok: false,
      error: 'billing already reads orders. A KCL application reads one stream: disconnect it first.',
    });
    expect(connect(e, 'stream:orders', 'consumer:billing')).toEqual({ ok: true });
    expect(app(e, 'billing')?.stream).toBe('orders');
    expect(e.sim.getState().log).toEqual([]);
    expect(labels(e)).toEqual([]);
  });

  it('points a live producer at another stream, undoably', () => {
    const e = editor();
    expect(connect(e, 'stream:audit', 'producer:web')).toEqual({ ok: true });
    expect(e.sim.getState().log).toEqual([{ type: 'producer/update', id: 'web', changes: { stream: 'audit' } }]);
    expect(producer(e, 'web')?.stream).toBe('audit');
    // Already there: nothing to do, nothing to undo.
    expect(connect(e, 'producer:web', 'stream:audit')).toEqual({ ok: true });
    expect(labels(e)).toEqual(['connect web']);
    expect(undo(e)).toBe('connect web');
    expect(producer(e, 'web')?.stream).toBe('orders');
  });
});

describe('disconnect', () => {
  it('takes a producer out of the engine and keeps it as a draft; undo wires it back with the same settings', () => {
    const e = editor();
    const config = producer(e, 'web')!;
    const { stream: _stream, ...draft } = config;
    expect(disconnect(e, 'producer:web')).toEqual({ ok: true });
    expect(producer(e, 'web')).toBeUndefined();
    expect(e.canvas.getState().drafts).toEqual([{ kind: 'producer', config: draft }]);
    expect(e.canvas.getState().positions['producer:web']).toEqual({ x: 0, y: 0 });
    expect(undo(e)).toBe('disconnect web');
    expect(producer(e, 'web')).toEqual(config);
    expect(e.canvas.getState().drafts).toEqual([]);
  });

  it('does the same for a consumer application', () => {
    const e = editor();
    const config = app(e, 'billing')!;
    const { stream: _stream, ...draft } = config;
    expect(disconnect(e, 'consumer:billing')).toEqual({ ok: true });
    expect(app(e, 'billing')).toBeUndefined();
    expect(e.canvas.getState().drafts).toStrictEqual([{ kind: 'consumer', config: draft }]);
    expect(undo(e)).toBe('disconnect billing');
    expect(app(e, 'billing')).toEqual(config);
  });

  it('explains what cannot be disconnected', () => {
    const e = editor();
    expect(disconnect(e, 'stream:orders')).toEqual({
      ok: false,
      error: 'Only producers and consumer applications can be disconnected.',
    });
    expect(disconnect(e, 'producer:ghost')).toEqual({ ok: false, error: 'ghost is not connected.' });
    expect(disconnect(e, 'consumer:ghost')).toEqual({ ok: false, error: 'ghost is not connected.' });
    expect(labels(e)).toEqual([]);
  });
});

describe('deleteNode', () => {
  it('deletes a draft, undoably', () => {
    const e = editor();
    addNode(e, 'producer', { x: 7, y: 8 });
    const layout = { positions: e.canvas.getState().positions, drafts: e.canvas.getState().drafts };
    expect(deleteNode(e, 'producer:producer-1')).toEqual({ ok: true });
    expect(e.canvas.getState()).toMatchObject({ positions: startLayout.positions, drafts: [], selected: null });
    expect(undo(e)).toBe('delete producer-1');
    expect(e.canvas.getState()).toMatchObject(layout);
  });

  it('deletes a live producer or consumer as one undo step that brings it back in place', () => {
    const e = editor();
    const [web, billing] = [producer(e, 'web')!, app(e, 'billing')!];
    expect(deleteNode(e, 'producer:web')).toEqual({ ok: true });
    expect(deleteNode(e, 'consumer:billing')).toEqual({ ok: true });
    expect(producer(e, 'web')).toBeUndefined();
    expect(app(e, 'billing')).toBeUndefined();
    expect(e.canvas.getState().drafts).toEqual([]);
    expect(Object.keys(e.canvas.getState().positions).sort()).toEqual(['stream:audit', 'stream:orders']);
    expect(labels(e)).toEqual(['delete web', 'delete billing']);
    expect(undo(e)).toBe('delete billing');
    expect(undo(e)).toBe('delete web');
    expect([producer(e, 'web'), app(e, 'billing')]).toEqual([web, billing]);
    expect(e.canvas.getState().positions).toEqual(startLayout.positions);
  });

  it('deletes a stream with DeleteStream, keeps its producers and consumers as drafts, and clears the undo history', () => {
    const e = editor();
    moveNode(e, 'stream:audit', { x: 1, y: 1 });
    expect(deleteNode(e, 'stream:orders')).toEqual({ ok: true });
    expect(e.sim.getState().log.at(-1)).toEqual({
      type: 'api/call',
      operation: 'DeleteStream',
      input: { StreamName: 'orders' },
    });
    expect(e.sim.getState().sim.streams.orders!.status).toBe('DELETING');
    expect(liveProducers(e)).toEqual([]);
    expect(e.sim.getState().sim.consumerApps).toEqual([]);
    expect(e.canvas.getState().drafts.map((d) => [d.kind, 'id' in d.config ? d.config.id : d.config.name])).toEqual([
      ['producer', 'web'],
      ['consumer', 'billing'],
    ]);
    expect(e.canvas.getState().positions['stream:orders']).toBeUndefined();
    expect(e.canvas.getState().undo).toEqual([]);
    expect(undo(e)).toBeNull();
  });

  it('refuses to delete a shard', () => {
    const e = editor();
    expect(deleteNode(e, 'shard:orders:shardId-000000000000')).toEqual({
      ok: false,
      error: 'Shards are not deleted one by one: merge them from the stream inspector.',
    });
    expect(e.sim.getState().log).toEqual([]);
  });
});

describe('moveNode', () => {
  it('undoes consecutive moves of one node as one step, and moves of different nodes separately', () => {
    const e = editor();
    for (const x of [10, 20, 30]) moveNode(e, 'producer:web', { x, y: 5 });
    expect(e.canvas.getState().positions['producer:web']).toEqual({ x: 30, y: 5 });
    expect(labels(e)).toEqual(['move producer:web']);
    moveNode(e, 'stream:orders', { x: 1, y: 1 });
    moveNode(e, 'producer:web', { x: 40, y: 5 });
    expect(labels(e)).toEqual(['move producer:web', 'move stream:orders', 'move producer:web']);
    expect(undo(e)).toBe('move producer:web');
    expect(e.canvas.getState().positions['producer:web']).toEqual({ x: 30, y: 5 });
    undo(e);
    expect(undo(e)).toBe('move producer:web');
    expect(e.canvas.getState().positions).toEqual(startLayout.positions);
    expect(undo(e)).toBeNull();
  });

  it(`keeps the last ${UNDO_LIMIT} edits`, () => {
    const e = editor();
    for (let i = 0; i < UNDO_LIMIT + 10; i++) moveNode(e, i % 2 ? 'producer:web' : 'stream:orders', { x: i, y: i });
    expect(e.canvas.getState().undo).toHaveLength(UNDO_LIMIT);
  });
});

describe('updateProducerConfig and updateConsumerConfig', () => {
  it('change a draft in place, undoably', () => {
    const e = editor();
    addNode(e, 'producer', { x: 0, y: 0 });
    addNode(e, 'consumer', { x: 0, y: 0 });
    const drafts = e.canvas.getState().drafts;
    expect(updateProducerConfig(e, 'producer-1', { rate: { kind: 'constant', recordsPerSecond: 900 } })).toEqual({
      ok: true,
    });
    expect(updateConsumerConfig(e, 'consumer-app-1', { workers: 3 })).toEqual({ ok: true });
    expect(e.canvas.getState().drafts.map((d) => d.config)).toEqual([
      { ...drafts[0]!.config, rate: { kind: 'constant', recordsPerSecond: 900 } },
      { ...drafts[1]!.config, workers: 3 },
    ]);
    expect(e.sim.getState().log).toEqual([]);
    expect(undo(e)).toBe('change consumer-app-1');
    expect(undo(e)).toBe('change producer-1');
    expect(e.canvas.getState().drafts).toStrictEqual(drafts);
  });

  it('change a live producer and consumer through commands; undo restores the previous values exactly', () => {
    const e = editor();
    const [web, billing] = [producer(e, 'web')!, app(e, 'billing')!];
    const changes: Partial<ProducerConfig> = {
      rate: { kind: 'burst', base: 100, burst: 2000, everySeconds: 60, burstSeconds: 5 },
      keys: { kind: 'constant', key: 'k' },
      enabled: false,
    };
    expect(updateProducerConfig(e, 'web', changes)).toEqual({ ok: true });
    const appChanges: Partial<ConsumerAppConfig> = { workers: 4, processingMsPerRecord: 20, enabled: false };
    expect(updateConsumerConfig(e, 'billing', appChanges)).toEqual({ ok: true });
    expect(producer(e, 'web')).toEqual({ ...web, ...changes });
    expect(app(e, 'billing')).toEqual({ ...billing, ...appChanges });
    expect(e.sim.getState().sim.consumerApps[0]!.workers).toHaveLength(4);
    expect(e.sim.getState().log).toEqual([
      { type: 'producer/update', id: 'web', changes },
      { type: 'consumer/update', name: 'billing', changes: appChanges },
    ]);
    expect(undo(e)).toBe('change billing');
    expect(undo(e)).toBe('change web');
    expect(producer(e, 'web')).toStrictEqual(web);
    expect(app(e, 'billing')).toStrictEqual(billing);
    expect(e.sim.getState().sim.consumerApps[0]!.workers).toHaveLength(1);
  });

  it('explain a name that is neither a draft nor live', () => {
    const e = editor();
    expect(updateProducerConfig(e, 'ghost', { enabled: false })).toEqual({
      ok: false,
      error: 'There is no producer named ghost.',
    });
    expect(updateConsumerConfig(e, 'ghost', { workers: 2 })).toEqual({
      ok: false,
      error: 'There is no consumer application named ghost.',
    });
    expect(labels(e)).toEqual([]);
  });

  // After a disconnect and a reconnect the engine also holds the removed producer with the same id:
  // undo must restore the live one's previous values.
  it('undo after a disconnect and reconnect restores the live producer’s previous values', () => {
    const e = editor();
    disconnect(e, 'producer:web');
    updateProducerConfig(e, 'web', { rate: { kind: 'constant', recordsPerSecond: 500 } });
    connect(e, 'producer:web', 'stream:orders');
    expect(producer(e, 'web')?.rate).toEqual({ kind: 'constant', recordsPerSecond: 500 });
    updateProducerConfig(e, 'web', { rate: { kind: 'constant', recordsPerSecond: 800 } });
    expect(undo(e)).toBe('change web');
    expect(producer(e, 'web')?.rate).toEqual({ kind: 'constant', recordsPerSecond: 500 });
  });

  // Undoing a change to a setting the producer did not have logs it as null, which JSON (share links,
  // exports) keeps, so the replayed producer loses the setting too.
  it('an undone change to an optional setting replays from a share link to the same simulation', () => {
    const e = editor();
    updateProducerConfig(e, 'web', { retry: { maxAttempts: 3, baseDelayMs: 100, lostAckRate: 0 } });
    undo(e);
    for (let i = 0; i < 3; i++) e.sim.getState().step();
    const decoded = decodeShareLink(
      encodeShareLink({ v: 1, scenario: 'canvas-test', seed: scenario.seed, log: e.sim.getState().log }),
    );
    if (!decoded.ok) throw new Error(decoded.error);
    const restored = restoreSimulation(scenario, decoded.shared);
    if (!restored.ok) throw new Error(restored.error);
    expect(restored.sim.producers[0]!.config.retry).toBeUndefined();
    expect(serializeSimulation(restored.sim)).toBe(serializeSimulation(e.sim.getState().sim));
  });
});

describe('undo', () => {
  it('returns the labels of the edits in reverse order, then null', () => {
    const e = editor();
    addNode(e, 'producer', { x: 0, y: 0 });
    connect(e, 'producer:producer-1', 'stream:orders');
    moveNode(e, 'producer:producer-1', { x: 9, y: 9 });
    disconnect(e, 'consumer:billing');
    expect([undo(e), undo(e), undo(e), undo(e), undo(e)]).toEqual([
      'disconnect billing',
      'move producer:producer-1',
      'connect producer-1',
      'add producer-1',
      null,
    ]);
    expect(e.canvas.getState()).toMatchObject({ ...startLayout, undo: [] });
  });
});

/** What undo must bring back: the layout and the settings of every live producer and consumer. */
function snapshot(e: Editor) {
  const { positions, drafts } = e.canvas.getState();
  const byKey = <T>(items: T[], key: (t: T) => string) => [...items].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    positions,
    drafts,
    producers: byKey(
      liveProducers(e).map((p) => p.config),
      (c) => c.id,
    ),
    consumers: byKey(
      e.sim.getState().sim.consumerApps.map((a) => a.config),
      (c) => c.name,
    ),
  };
}

type Edit =
  | { kind: 'add'; node: 'producer' | 'stream' | 'consumer'; x: number; y: number }
  | { kind: 'wire'; a: number; b: number; streamFirst: boolean }
  | { kind: 'connect'; a: number; b: number }
  | { kind: 'disconnect'; a: number }
  | { kind: 'delete'; a: number }
  | { kind: 'move'; a: number; x: number; y: number }
  | { kind: 'producer'; a: number; changes: Partial<ProducerConfig> }
  | { kind: 'consumer'; a: number; changes: Partial<ConsumerAppConfig> }
  | { kind: 'step' };

const index = fc.nat({ max: 40 });
const xy = fc.integer({ min: -500, max: 500 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    node: fc.constantFrom('producer', 'stream', 'consumer'),
    x: xy,
    y: xy,
  }),
  // Mostly a producer or consumer and a stream, either way round; sometimes any two nodes.
  fc.record({ kind: fc.constant('wire' as const), a: index, b: index, streamFirst: fc.boolean() }),
  fc.record({ kind: fc.constant('connect' as const), a: index, b: index }),
  fc.record({ kind: fc.constant('disconnect' as const), a: index }),
  fc.record({ kind: fc.constant('delete' as const), a: index }),
  fc.record({ kind: fc.constant('move' as const), a: index, x: xy, y: xy }),
  fc.record({
    kind: fc.constant('producer' as const),
    a: index,
    changes: fc.constantFrom<Partial<ProducerConfig>>(
      { rate: { kind: 'constant', recordsPerSecond: 1500 } },
      { enabled: false },
      { enabled: true },
      { keys: { kind: 'constant', key: 'hot' } },
      { size: { kind: 'uniform', min: 100, max: 900 } },
      { retry: { maxAttempts: 3, baseDelayMs: 100, lostAckRate: 0.01 } },
    ),
  }),
  fc.record({
    kind: fc.constant('consumer' as const),
    a: index,
    changes: fc.constantFrom<Partial<ConsumerAppConfig>>(
      { workers: 3 },
      { processingMsPerRecord: 50 },
      { enabled: false },
      { initialPosition: 'LATEST' },
    ),
  }),
  fc.constant({ kind: 'step' as const }),
);

/** Every node id an edit could name right now, plus two that name nothing. */
function nodeIds(e: Editor): string[] {
  const { sim } = e.sim.getState();
  const ids = new Set([
    ...Object.keys(e.canvas.getState().positions),
    ...liveProducers(e).map((p) => nodeId.producer(p.config.id)),
    ...sim.consumerApps.map((a) => nodeId.consumer(a.config.name)),
    ...Object.keys(sim.streams).map((s) => nodeId.stream(s)),
    nodeId.shard('orders', 'shardId-000000000000'),
    'producer:ghost',
    'consumer:ghost',
  ]);
  return [...ids].sort();
}

const names = (e: Editor, kind: 'producer' | 'consumer') =>
  nodeIds(e)
    .filter((id) => id.startsWith(`${kind}:`))
    .map((id) => id.slice(kind.length + 1));

function apply(e: Editor, edit: Edit): void {
  const ids = nodeIds(e);
  const pick = (i: number) => ids[i % ids.length]!;
  switch (edit.kind) {
    case 'add':
      addNode(e, edit.node, { x: edit.x, y: edit.y });
      break;
    case 'wire': {
      const ends = ids.filter((id) => id.startsWith('producer:') || id.startsWith('consumer:'));
      const streams = ids.filter((id) => id.startsWith('stream:'));
      const [end, stream] = [ends[edit.a % ends.length]!, streams[edit.b % streams.length]!];
      if (edit.streamFirst) connect(e, stream, end);
      else connect(e, end, stream);
      break;
    }
    case 'connect':
      connect(e, pick(edit.a), pick(edit.b));
      break;
    case 'disconnect':
      disconnect(e, pick(edit.a));
      break;
    case 'delete':
      // Deleting a stream loses its records, so it ends the undo history by design: not part of this property.
      if (!pick(edit.a).startsWith('stream:')) deleteNode(e, pick(edit.a));
      break;
    case 'move':
      moveNode(e, pick(edit.a), { x: edit.x, y: edit.y });
      break;
    case 'producer': {
      const all = names(e, 'producer');
      updateProducerConfig(e, all[edit.a % all.length]!, edit.changes);
      break;
    }
    case 'consumer': {
      const all = names(e, 'consumer');
      updateConsumerConfig(e, all[edit.a % all.length]!, edit.changes);
      break;
    }
    case 'step':
      e.sim.getState().step();
      break;
  }
}

describe('undo (property)', () => {
  it('undoing every edit of any sequence restores the layout and the live producer and consumer settings', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 30 }), (edits) => {
        const e = editor();
        const start = snapshot(e);
        for (const edit of edits) apply(e, edit);
        let undone = 0;
        while (undo(e) !== null) undone++;
        expect(undone).toBeLessThanOrEqual(edits.length);
        expect(snapshot(e)).toEqual(start);
      }),
      { seed: 424_242, numRuns: 200 },
    );
  });

  it('each undo brings back the state from just before its edit', () => {
    fc.assert(
      fc.property(fc.array(editArb, { maxLength: 30 }), (edits) => {
        const e = editor();
        const before: ReturnType<typeof snapshot>[] = [];
        for (const edit of edits) {
          const state = snapshot(e);
          const entries = e.canvas.getState().undo.length;
          apply(e, edit);
          if (e.canvas.getState().undo.length > entries) before.push(state);
        }
        while (before.length) {
          expect(undo(e)).not.toBeNull();
          expect(snapshot(e)).toEqual(before.pop());
        }
        expect(undo(e)).toBeNull();
      }),
      { seed: 424_242, numRuns: 2000 },
    );
  });
});
