import { describe, expect, it } from 'vitest';
import { addNode, connect, deleteNode, disconnect, moveNode, undo } from './canvasActions';
import { UNDO_LIMIT } from './createCanvasStore';
import { app, editor, labels, liveProducers, producer, startLayout } from './testing/canvasEditor';

describe('addNode', () => {
  it('creates a stream at once with CreateStream and 2 shards, placed, selected and undoable', () => {
    const e = editor();
    // Dropped next to web (0, 0): it stays where it was dropped (the layout nudges it clear when drawn).
    expect(addNode(e, 'stream', { x: 10, y: 20 })).toEqual({ id: 'stream:stream-1', ok: true });
    expect(e.sim.getState().log).toEqual([
      { type: 'api/call', operation: 'CreateStream', input: { StreamName: 'stream-1', ShardCount: 2 } },
    ]);
    const stream = e.sim.getState().sim.streams['stream-1']!;
    expect({ status: stream.status, shards: stream.shards.length }).toEqual({ status: 'CREATING', shards: 2 });
    expect(e.canvas.getState()).toMatchObject({
      positions: { ...startLayout.positions, 'stream:stream-1': { x: 10, y: 20 } },
      selected: 'stream:stream-1',
    });
    // Added from the keyboard: no position of its own, the layout places it.
    expect(addNode(e, 'stream').id).toBe('stream:stream-2');
    expect(e.canvas.getState().positions['stream:stream-2']).toBeUndefined();
    expect(e.canvas.getState().selected).toBe('stream:stream-2');
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
