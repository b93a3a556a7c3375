import { HASH_SPACE } from '../../engine/hashing';
import { shardId } from '../../engine/ids';
import type { SimState } from '../../engine/types';
import { nodeId } from '../createCanvasStore';
import { freeName, placeNew, remember, run } from '../editorCore';
import type { KindModel, Topology } from './kindModel';
import { consumerKind } from './consumerKind';
import { producerKind } from './producerKind';
import { SHARD_SIZE, streamSize } from './nodeGeometry';

/** Where a hash key sits in the 128-bit key space, as a percentage with at most one decimal. */
function keySpacePercent(hashKey: string): string {
  return String(Number((BigInt(hashKey) * 1000n) / HASH_SPACE) / 10);
}

/** Streams and, as their children, every shard (closed ones too, until retention removes them). */
function read(sim: SimState): Topology {
  const topology: Topology = { nodes: [], edges: [] };
  for (const stream of Object.values(sim.streams)) {
    const id = nodeId.stream(stream.name);
    topology.nodes.push({
      id,
      kind: 'stream',
      name: stream.name,
      facts: { shards: stream.shards.length },
      label: `Stream ${stream.name}`,
    });
    for (const shard of stream.shards) {
      const sid = shardId(shard.index);
      const open = shard.closedAt === null;
      topology.nodes.push({
        id: nodeId.shard(stream.name, sid),
        kind: 'shard',
        name: sid,
        parent: id,
        facts: {
          stream: stream.name,
          index: shard.index,
          open,
          parents: [shard.parentIndex, shard.adjacentParentIndex]
            .filter((p) => p !== null)
            .map((p) => shardId(p))
            .join(' '),
          range: `${keySpacePercent(shard.hashKeyStart)}–${keySpacePercent((BigInt(shard.hashKeyEnd) + 1n).toString())}%`,
        },
        label: `${sid} of ${stream.name}${open ? '' : ' (closed)'}`,
      });
    }
  }
  return topology;
}

export const streamKind: KindModel = {
  kind: 'stream',
  layer: 1,
  read,
  size: (node, _topology, direction, grid) => streamSize(Number(node.facts.shards), direction, grid),
  /** CreateStream with 2 shards, at once: a stream is what everything else wires to. */
  add(editor, at, before) {
    const name = freeName(editor, 'stream');
    const id = nodeId.stream(name);
    const result = run(editor, {
      type: 'api/call',
      operation: 'CreateStream',
      input: { StreamName: name, ShardCount: 2 },
    });
    if (!result.ok) return { id, ...result };
    placeNew(editor, id, at);
    remember(
      editor,
      `add ${name}`,
      [{ type: 'api/call', operation: 'DeleteStream', input: { StreamName: name } }],
      before,
    );
    return { id, ok: true };
  },
  /**
   * DeleteStream takes its records with it, which no undo can bring back: its producers and consumer
   * applications stay on the canvas as drafts, and the undo history starts again here.
   */
  remove(editor, name, _before, dropPosition) {
    const { sim } = editor.sim.getState();
    for (const p of sim.producers.filter((p) => p.config.stream === name && !p.removed))
      producerKind.disconnect!(editor, { kind: 'producer', name: p.config.id }, null);
    for (const c of sim.consumerApps.filter((c) => c.config.stream === name))
      consumerKind.disconnect!(editor, { kind: 'consumer', name: c.config.name }, null);
    const result = run(editor, { type: 'api/call', operation: 'DeleteStream', input: { StreamName: name } });
    editor.canvas.setState({ undo: [] });
    dropPosition();
    return result;
  },
};

export const shardKind: KindModel = {
  kind: 'shard',
  layer: 1,
  // Shards are read with their stream (they are its children on the canvas).
  read: () => ({ nodes: [], edges: [] }),
  size: () => SHARD_SIZE,
  remove: () => ({ ok: false, error: 'Shards are not deleted one by one: merge them from the stream inspector.' }),
};
