import type { Edge, Node } from '@xyflow/react';
import type { CanvasLayout, XY } from '@/simulator/runtime/createCanvasStore';
import { nodeId } from '@/simulator/runtime/createCanvasStore';
import type { Topology } from '@/simulator/views/topology';

export const SHARD_WIDTH = 208;
export const SHARD_HEIGHT = 112;
const GAP = 8;
const HEADER = 84;
const PAD = 10;

export interface FlowNodeData extends Record<string, unknown> {
  /** Producer id, stream name or consumer name. */
  name: string;
  draft?: boolean;
  /** For shard nodes: the stream and shard id. */
  stream?: string;
  shard?: string;
  open?: boolean;
  /** For shard nodes: the hash key range as a share of the key space. */
  range?: string;
  /** For consumer nodes: how the application reads. */
  fanOut?: 'shared' | 'enhanced';
  /** Which frame slot the node refreshes its numbers in (see useStaggeredSimValue). */
  slot?: number;
}

export type FlowNode = Node<FlowNodeData>;

/** Columns of shard nodes inside a stream: one for a few shards, up to four for many. */
export function shardColumns(count: number): number {
  return count <= 4 ? 1 : count <= 12 ? 2 : count <= 36 ? 3 : 4;
}

export function streamSize(shardCount: number): { width: number; height: number } {
  const columns = shardColumns(Math.max(1, shardCount));
  const rows = Math.ceil(Math.max(1, shardCount) / columns);
  return {
    width: PAD * 2 + columns * SHARD_WIDTH + (columns - 1) * GAP,
    height: HEADER + PAD + rows * SHARD_HEIGHT + (rows - 1) * GAP,
  };
}

/**
 * React Flow's nodes and edges from the topology and the learner's layout. Nodes without a saved
 * position are laid out in three columns: producers, streams, consumers. Shards are child nodes of
 * their stream (a sub-flow), so they move with it.
 */
export function buildFlow(
  topology: Topology,
  layout: CanvasLayout,
  selected: string | null,
): { nodes: FlowNode[]; edges: Edge[] } {
  const nodes: FlowNode[] = [];
  const edges: Edge[] = [];
  let streamY = 0;
  let widest = 0;
  const at = (id: string, fallback: XY) => layout.positions[id] ?? fallback;
  for (const stream of topology.streams) {
    const id = nodeId.stream(stream.name);
    const size = streamSize(stream.shards.length);
    widest = Math.max(widest, size.width);
    nodes.push({
      id,
      type: 'stream',
      position: at(id, { x: 320, y: streamY }),
      data: { name: stream.name },
      style: { width: size.width, height: size.height },
      selected: selected === id,
      deletable: false,
      ariaLabel: `Stream ${stream.name}`,
    });
    const columns = shardColumns(stream.shards.length);
    stream.shards.forEach((shard, i) => {
      const shardNode = nodeId.shard(stream.name, shard.id);
      nodes.push({
        id: shardNode,
        type: 'shard',
        parentId: id,
        extent: 'parent',
        draggable: false,
        deletable: false,
        position: {
          x: PAD + (i % columns) * (SHARD_WIDTH + GAP),
          y: HEADER + Math.floor(i / columns) * (SHARD_HEIGHT + GAP),
        },
        style: { width: SHARD_WIDTH, height: SHARD_HEIGHT },
        data: { name: shard.id, stream: stream.name, shard: shard.id, open: shard.open, range: shard.range, slot: i },
        selected: selected === shardNode,
        ariaLabel: `${shard.id} of ${stream.name}${shard.open ? '' : ' (closed)'}`,
      });
    });
    streamY += size.height + 60;
  }
  const consumerX = 320 + Math.max(widest, 200) + 120;
  topology.producers.forEach((p, i) => {
    const id = nodeId.producer(p.id);
    nodes.push({
      id,
      type: 'producer',
      position: at(id, { x: 0, y: i * 150 }),
      data: { name: p.id, slot: i },
      selected: selected === id,
      ariaLabel: `Producer ${p.id}`,
    });
    edges.push(edgeBetween(id, nodeId.stream(p.stream), p.id));
  });
  topology.consumers.forEach((c, i) => {
    const id = nodeId.consumer(c.name);
    nodes.push({
      id,
      type: 'consumer',
      position: at(id, { x: consumerX, y: i * 150 }),
      data: { name: c.name, fanOut: c.fanOut, slot: i + 3 },
      selected: selected === id,
      ariaLabel: `Consumer application ${c.name}`,
    });
    edges.push(edgeBetween(nodeId.stream(c.stream), id, c.name));
  });
  const producers = topology.producers.length;
  const consumers = topology.consumers.length;
  layout.drafts.forEach((d, i) => {
    const name = d.kind === 'producer' ? d.config.id : d.config.name;
    const id = d.kind === 'producer' ? nodeId.producer(name) : nodeId.consumer(name);
    const fallback =
      d.kind === 'producer' ? { x: 0, y: (producers + i) * 150 } : { x: consumerX, y: (consumers + i) * 150 };
    nodes.push({
      id,
      type: d.kind,
      position: at(id, fallback),
      data: { name, draft: true, ...(d.kind === 'consumer' ? { fanOut: d.config.fanOut ?? 'shared' } : {}) },
      selected: selected === id,
      ariaLabel: `${d.kind === 'producer' ? 'Producer' : 'Consumer application'} ${name}, not connected`,
    });
  });
  return { nodes, edges };
}

function edgeBetween(source: string, target: string, name: string): Edge {
  return {
    id: `${source}->${target}`,
    source,
    target,
    type: 'flow',
    data: { name },
    ariaLabel: `${source.split(':')[1]} to ${target.split(':')[1]}`,
  };
}

/** Where a node added with a button (keyboard or touch) goes: below the others of its column. */
export function nextFreePosition(nodes: FlowNode[], palette: 'producer' | 'stream' | 'consumer' | 'efoConsumer'): XY {
  const kind = palette === 'efoConsumer' ? 'consumer' : palette;
  const same = nodes.filter((n) => n.type === kind && !n.parentId);
  const x = same[0]?.position.x ?? (kind === 'producer' ? 0 : kind === 'stream' ? 320 : 780);
  const bottom = same.reduce((max, n) => Math.max(max, n.position.y + (Number(n.style?.height) || 110)), -40);
  return { x, y: bottom + 40 };
}
