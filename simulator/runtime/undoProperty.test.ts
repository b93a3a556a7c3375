import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsumerAppConfig } from '../engine/consumerTypes';
import type { ProducerConfig } from '../engine/producerTypes';
import { addNode, connect, deleteNode, disconnect, moveNode, undo } from './canvasActions';
import { type Editor } from './editorCore';
import { updateConsumerConfig, updateProducerConfig } from './settingsActions';
import { nodeId } from './createCanvasStore';
import { editor, liveProducers } from './testing/canvasEditor';

// Undo as a property: any sequence of canvas edits, taken back, restores what was there.
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
