import dagre from '@dagrejs/dagre';
import type { XY } from '../createCanvasStore';
import type { FlowDirection, Size, Topology, TopologyNode } from '../kinds/kindModel';
import { modelOf } from '../kinds/kindModels';
import { shardOffset } from '../kinds/nodeGeometry';
import { separateBoxes, type Box } from './separateBoxes';

export interface CanvasPlacement {
  /** Top-left corner of every node: canvas coordinates for top-level nodes, offsets in the stream for shards. */
  positions: Record<string, XY>;
  sizes: Record<string, Size>;
  /** The rectangle that holds every top-level node. */
  bounds: Box;
  /** Whether streams square their shards up (see shardColumns). */
  grid: boolean;
}

/** Between columns (wires need room to curve and traffic to be seen) and between nodes in a column. */
const RANK_GAP: Record<FlowDirection, number> = { LR: 140, TB: 90 };
const NODE_GAP = 40;

/**
 * Where every node goes: a layered layout (dagre) in the flow's direction, writers → streams → readers →
 * destinations; nodes the learner placed stay where they were put; then each node is nudged clear of
 * the ones before it, so no two ever overlap and no handle is covered.
 * @example layoutTopology(topologyOf(sim), {}, 'LR').positions['stream:orders'] // { x: 344, y: 0 }
 */
export function layoutTopology(
  topology: Topology,
  saved: Record<string, XY>,
  direction: FlowDirection,
  { grid = false }: { grid?: boolean } = {},
): CanvasPlacement {
  const top = topology.nodes.filter((n) => !n.parent);
  const sizes: Record<string, Size> = {};
  for (const node of topology.nodes) sizes[node.id] = modelOf(node.kind).size(node, topology, direction, grid);

  const auto = dagreCentres(top, topology, sizes, direction);
  // The learner's own placements first, so they keep their spot; then the layout's, in its reading order.
  const order = [
    ...top.filter((n) => saved[n.id]),
    ...top.filter((n) => !saved[n.id]).sort((a, b) => readingOrder(auto[a.id]!, auto[b.id]!, direction)),
  ];
  const wanted = order.map((n): Box => {
    const size = sizes[n.id]!;
    const at = saved[n.id] ?? { x: auto[n.id]!.x - size.width / 2, y: auto[n.id]!.y - size.height / 2 };
    return { x: Math.round(at.x), y: Math.round(at.y), ...size };
  });
  const boxes = separateBoxes(wanted, direction);
  const positions: Record<string, XY> = {};
  order.forEach((n, i) => (positions[n.id] = { x: boxes[i]!.x, y: boxes[i]!.y }));

  const shardsOf = new Map<string, TopologyNode[]>();
  for (const n of topology.nodes) if (n.parent) shardsOf.set(n.parent, [...(shardsOf.get(n.parent) ?? []), n]);
  for (const shards of shardsOf.values())
    shards.forEach((s, i) => (positions[s.id] = shardOffset(i, shards.length, direction, grid)));

  return { positions, sizes, bounds: boundsOf(boxes), grid };
}

const readingOrder = (a: XY, b: XY, direction: FlowDirection) =>
  direction === 'LR' ? a.x - b.x || a.y - b.y : a.y - b.y || a.x - b.x;

function dagreCentres(
  top: TopologyNode[],
  topology: Topology,
  sizes: Record<string, Size>,
  direction: FlowDirection,
): Record<string, XY> {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: direction, ranksep: RANK_GAP[direction], nodesep: NODE_GAP, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(top.map((n) => n.id));
  for (const n of top) graph.setNode(n.id, { ...sizes[n.id]! });
  const wired = new Set<string>();
  for (const e of topology.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    graph.setEdge(e.source, e.target);
    wired.add(e.source).add(e.target);
  }
  // A node with no wire yet (a draft, a function without a mapping) still belongs to its kind's column:
  // tie it to the first node of the column before or after it, as a wire would.
  const layerOf = (n: TopologyNode) => modelOf(n.kind).layer;
  for (const n of top.filter((n) => !wired.has(n.id))) {
    const layer = layerOf(n);
    const before = top.find((o) => o !== n && layerOf(o) === layer - 1 && wired.has(o.id));
    const after = top.find((o) => o !== n && layerOf(o) === layer + 1);
    if (before) graph.setEdge(before.id, n.id);
    else if (after) graph.setEdge(n.id, after.id);
  }
  dagre.layout(graph);
  return Object.fromEntries(top.map((n) => [n.id, { x: graph.node(n.id).x!, y: graph.node(n.id).y! }]));
}

function boundsOf(boxes: Box[]): Box {
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return {
    x,
    y,
    width: Math.max(...boxes.map((b) => b.x + b.width)) - x,
    height: Math.max(...boxes.map((b) => b.y + b.height)) - y,
  };
}
