import type { Edge, Node } from '@xyflow/react';
import type { PaletteKind } from '@/simulator/runtime/editorCore';
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
        data: { name: shard.id, stream: stream.name, shard: shard.id, open: shard.open, range: shard.range },
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
      data: { name: p.id },
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
      data: { name: c.name, fanOut: c.fanOut },
      selected: selected === id,
      ariaLabel: `Consumer application ${c.name}`,
    });
    edges.push(edgeBetween(nodeId.stream(c.stream), id, c.name));
  });
  // Lambda functions and Firehose streams read streams too: below the consumer applications; buckets
  // to their right.
  let y = topology.consumers.length * 150 + layout.drafts.filter((d) => d.kind === 'consumer').length * 150;
  topology.lambdas.forEach((l) => {
    const id = nodeId.lambda(l.name);
    nodes.push({
      id,
      type: 'lambda',
      position: at(id, { x: consumerX, y }),
      data: { name: l.name },
      selected: selected === id,
      ariaLabel: `Lambda function ${l.name}`,
    });
    for (const stream of l.streams) edges.push(edgeBetween(nodeId.stream(stream), id, l.name));
    y += 170;
  });
  const bucketY = new Map<string, number>();
  topology.firehoses.forEach((f) => {
    const id = nodeId.firehose(f.name);
    if (!bucketY.has(f.bucket)) bucketY.set(f.bucket, y);
    nodes.push({
      id,
      type: 'firehose',
      position: at(id, { x: consumerX, y }),
      data: { name: f.name },
      selected: selected === id,
      ariaLabel: `Firehose stream ${f.name}`,
    });
    if (f.sourceStream) edges.push(edgeBetween(nodeId.stream(f.sourceStream), id, f.name));
    edges.push(edgeBetween(id, nodeId.bucket(f.bucket), f.name));
    y += 170;
  });
  topology.buckets.forEach((b, i) => {
    const id = nodeId.bucket(b.name);
    nodes.push({
      id,
      type: 's3',
      position: at(id, { x: consumerX + 300, y: bucketY.get(b.name) ?? y + i * 150 }),
      data: { name: b.name },
      selected: selected === id,
      ariaLabel: `S3 bucket ${b.name}`,
    });
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
export function nextFreePosition(nodes: FlowNode[], palette: PaletteKind): XY {
  const kind = palette === 'efoConsumer' ? 'consumer' : palette === 'bucket' ? 's3' : palette;
  const same = nodes.filter((n) => n.type === kind && !n.parentId);
  // Lambda functions and Firehose streams start in the consumers' column.
  const column = kind === 'producer' ? 'producer' : kind === 'stream' ? 'stream' : kind === 's3' ? 's3' : 'consumer';
  const x =
    same[0]?.position.x ??
    nodes.find((n) => n.type === column)?.position.x ??
    (column === 'producer' ? 0 : column === 'stream' ? 320 : column === 's3' ? 1080 : 780);
  const below = same.length > 0 ? same : nodes.filter((n) => !n.parentId && Math.abs(n.position.x - x) < 1);
  const bottom = below.reduce((max, n) => Math.max(max, n.position.y + (Number(n.style?.height) || 150)), -40);
  return { x, y: bottom + 40 };
}
