import type { FlowDirection, KindModel, Size } from './kindModel';
import { bucketKind } from './bucketKind';
import { consumerKind } from './consumerKind';
import { firehoseKind } from './firehoseKind';
import { lambdaKind } from './lambdaKind';
import { producerKind } from './producerKind';
import { shardKind, streamKind } from './streamKind';

/**
 * The one table of canvas node kinds, in drawing order (their looks are in
 * components/simulator/kinds/kindViews.tsx). The kinds' names, and NodeKind, come from its keys.
 */
export const KIND_MODELS = {
  producer: producerKind,
  stream: streamKind,
  shard: shardKind,
  consumer: consumerKind,
  lambda: lambdaKind,
  firehose: firehoseKind,
  bucket: bucketKind,
} satisfies Record<string, KindModel>;

export type NodeKind = keyof typeof KIND_MODELS;

/** Every kind, spelled one way everywhere: node ids (`bucket:archive-1`), node types, palette, demos. */
export const NODE_KINDS = Object.keys(KIND_MODELS) as NodeKind[];

export const isNodeKind = (kind: string): kind is NodeKind => Object.hasOwn(KIND_MODELS, kind);

/** The model of a node's kind; a node of a kind the registry lacks is a bug, and says so. */
export function modelOf(kind: string): KindModel {
  if (!isNodeKind(kind)) throw new Error(`No node kind "${kind}" in the registry (kindModels.ts).`);
  return KIND_MODELS[kind];
}

/** A node's size as it is added from the palette (a new stream has 2 shards). */
export function newNodeSize(kind: NodeKind, direction: FlowDirection): Size {
  const node = { id: '', kind, name: '', facts: { shards: 2 }, label: '' };
  return KIND_MODELS[kind].size(node, { nodes: [node], edges: [] }, direction, false);
}
