import type { SimState } from '../../engine/types';
import type { CanvasLayout, Draft, XY } from '../createCanvasStore';
import type { EditResult, Editor } from '../editorCore';

/** Facts a node is drawn with: primitives, so a topology compares by value. */
export type NodeFacts = Record<string, string | number | boolean>;

/** One node of the canvas, without numbers (those reach each node through its own selector). */
export interface TopologyNode {
  /** `<kind>:<name>`; a shard is `shard:<stream>:<shard id>`. */
  id: string;
  /** One of the registry's kinds (kindModels.ts), spelled as in node ids. */
  kind: string;
  name: string;
  /** A shard's stream node: children move with their parent. */
  parent?: string;
  /** On the canvas but not in the simulation yet (a producer or consumer not wired to a stream). */
  draft?: boolean;
  facts: NodeFacts;
  /** What a screen reader says for the node. */
  label: string;
}

/** A wire: data flows from `source` to `target`. */
export interface TopologyEdge {
  id: string;
  source: string;
  target: string;
}

export interface Topology {
  nodes: TopologyNode[];
  edges: TopologyEdge[];
}

/** Which way the canvas reads: left to right on wide screens, top to bottom on a phone. */
export type FlowDirection = 'LR' | 'TB';

export interface Size {
  width: number;
  height: number;
}

/** The two ends of a wire being made or removed, as parsed node ids. */
export interface End {
  kind: string;
  name: string;
  shard?: string;
}

/**
 * Everything the canvas needs to know about one kind of node, apart from how it looks (that is the
 * view registry's, in components/simulator/kinds). A new kind is one model file plus one line in
 * kindModels.ts, and one view folder plus one entry in kindViews.tsx.
 */
export interface KindModel {
  /** The kind's one spelling: its node ids' prefix, React Flow's node type, the demo schema's word. */
  kind: string;
  /** The nodes and wires of this kind in the simulation (and the canvas drafts, for unwired kinds). */
  read(sim: SimState, drafts: Draft[]): Topology;
  /**
   * The layered layout's column (left to right, or top to bottom): 0 writes, 1 stores, 2 reads,
   * 3 receives what a reader delivers.
   */
  layer: 0 | 1 | 2 | 3;
  /**
   * The node's size on the canvas, fixed so the layout can place it before it is drawn; `grid` asks a
   * stream for its shards squared up rather than in a tall column.
   */
  size(node: TopologyNode, topology: Topology, direction: FlowDirection, grid: boolean): Size;
  /** Adds one from the palette; `preset` picks a variant (an enhanced fan-out consumer). */
  add?(editor: Editor, at: XY | undefined, before: CanvasLayout, preset?: string): { id: string } & EditResult;
  /** Deletes it; `dropPosition` forgets its place on the canvas. */
  remove?(editor: Editor, name: string, before: CanvasLayout, dropPosition: () => void): EditResult;
  /**
   * Wires this node to `other` if this kind knows how (null if not): `self` is always of this kind, and
   * `selfIsSource` says which way the learner drew it.
   */
  connect?(editor: Editor, self: End, other: End, selfIsSource: boolean): EditResult | null;
  /** Removes the wire between this node and `other` (null if this kind has no such wire). */
  disconnect?(editor: Editor, self: End, other: End | null): EditResult | null;
}
