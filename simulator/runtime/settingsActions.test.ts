import { describe, expect, it } from 'vitest';
import type { ConsumerAppConfig } from '../engine/consumerTypes';
import type { ProducerConfig } from '../engine/producerTypes';
import { serializeSimulation } from '../engine/serialize';
import { addNode, connect, disconnect, undo } from './canvasActions';
import { updateConsumerConfig, updateProducerConfig } from './settingsActions';
import { restoreSimulation } from './restoreSimulation';
import { decodeShareLink, encodeShareLink } from './shareLink';
import { app, editor, labels, producer, scenario } from './testing/canvasEditor';

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
