import type { Edge, Node } from '@xyflow/react';
import type { FlowDirection, NodeFacts, Topology } from '@/simulator/runtime/kinds/kindModel';
import type { CanvasPlacement } from '@/simulator/runtime/layout/layoutTopology';

export interface FlowNodeData extends Record<string, unknown> {
  /** Producer id, stream name, shard id, application, function, Firehose stream or bucket name. */
  name: string;
  /** On the canvas but not wired into the simulation yet. */
  draft?: boolean;
  facts: NodeFacts;
  /** Which sides its handles are on. */
  direction: FlowDirection;
}

export type FlowNode = Node<FlowNodeData>;

const shortName = (id: string) => id.slice(id.indexOf(':') + 1);

/**
 * React Flow's nodes and edges: the topology where the layout placed it. Shards are child nodes of
 * their stream (a sub-flow), so they move with it; every node has the fixed size the layout used.
 */
export function buildFlow(
  topology: Topology,
  placement: CanvasPlacement,
  selected: string | null,
  direction: FlowDirection,
): { nodes: FlowNode[]; edges: Edge[] } {
  const nodes = topology.nodes.map(
    (n): FlowNode => ({
      id: n.id,
      type: n.kind,
      position: placement.positions[n.id] ?? { x: 0, y: 0 },
      // Fixed sizes: React Flow need not measure a node before drawing its wires, and the compact form
      // fits the same box as the full one.
      width: placement.sizes[n.id]!.width,
      height: placement.sizes[n.id]!.height,
      data: { name: n.name, draft: n.draft, facts: n.facts, direction },
      selected: selected === n.id,
      ariaLabel: n.label,
      ...(n.parent ? { parentId: n.parent, extent: 'parent' as const, draggable: false } : {}),
      // Streams and shards go with their data (DeleteStream from the inspector, merges for shards).
      deletable: n.kind !== 'stream' && n.kind !== 'shard',
    }),
  );
  const ids = new Set(nodes.map((n) => n.id));
  const edges = topology.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map(
      (e): Edge => ({
        id: e.id,
        source: e.source,
        target: e.target,
        className: 'shardlab-wire',
        ariaLabel: `${shortName(e.source)} to ${shortName(e.target).replace(/^[^:]*:/, '')}`,
      }),
    );
  return { nodes, edges };
}
