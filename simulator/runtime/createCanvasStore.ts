import { createStore } from 'zustand/vanilla';
import type { ConsumerAppConfig } from '../engine/consumerTypes';
import type { ProducerConfig } from '../engine/producerTypes';

export interface XY {
  x: number;
  y: number;
}

/** A producer or consumer on the canvas that is not wired to a stream yet (the engine needs a stream). */
export type Draft =
  | { kind: 'producer'; config: Omit<ProducerConfig, 'stream'> }
  | { kind: 'consumer'; config: Omit<ConsumerAppConfig, 'stream'> };

/** What the learner arranged: saved in share links and exports along with the command log. */
export interface CanvasLayout {
  positions: Record<string, XY>;
  drafts: Draft[];
}

/** How to take one canvas edit back: engine commands to apply, and the layout to restore. */
export interface UndoEntry {
  label: string;
  commands: import('../engine/commands').SimCommand[];
  layout: CanvasLayout;
}

export interface CanvasState extends CanvasLayout {
  /** The selected node's id (`producer:p1`, `stream:demo`, `shard:demo:shardId-000000000001`, `bucket:archive-1`). */
  selected: string | null;
  undo: UndoEntry[];
}

export const UNDO_LIMIT = 50;

/**
 * The canvas's own state, apart from the simulation: node positions, unwired drafts, selection and the
 * undo stack. zustand/vanilla, one per simulation.
 * @example const canvas = createCanvasStore(); canvas.getState().positions
 */
export function createCanvasStore(layout: CanvasLayout = { positions: {}, drafts: [] }) {
  return createStore<CanvasState>()(() => ({ ...layout, selected: null, undo: [] }));
}

export type CanvasStore = ReturnType<typeof createCanvasStore>;

export const nodeId = {
  producer: (id: string) => `producer:${id}`,
  stream: (name: string) => `stream:${name}`,
  consumer: (name: string) => `consumer:${name}`,
  shard: (stream: string, shard: string) => `shard:${stream}:${shard}`,
  lambda: (name: string) => `lambda:${name}`,
  firehose: (name: string) => `firehose:${name}`,
  bucket: (name: string) => `bucket:${name}`,
};

/** Splits a node id into its kind and name(s). */
export function parseNodeId(id: string): { kind: string; name: string; shard?: string } {
  const [kind = '', name = '', shard] = id.split(':');
  return { kind, name, shard };
}
