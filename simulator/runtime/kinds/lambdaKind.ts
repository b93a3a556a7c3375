import type { SimState } from '../../engine/types';
import { nodeId } from '../createCanvasStore';
import { freeName, layoutOf, placeNew, remember, run, type EditResult, type Editor } from '../editorCore';
import type { KindModel, Topology } from './kindModel';
import { CARD_SIZES } from './nodeGeometry';

// A Lambda function on the canvas, and its Kinesis event source mappings as the wires that reach it.

const mappings = (editor: Editor) => editor.sim.getState().sim.lambda?.mappings ?? [];

function read(sim: SimState): Topology {
  const topology: Topology = { nodes: [], edges: [] };
  for (const f of sim.lambda?.functions ?? []) {
    const id = nodeId.lambda(f.config.name);
    const streams = (sim.lambda?.mappings ?? [])
      .filter((m) => m.config.functionName === f.config.name)
      .map((m) => m.config.stream);
    topology.nodes.push({
      id,
      kind: 'lambda',
      name: f.config.name,
      facts: { mapped: streams.length > 0 },
      label: `Lambda function ${f.config.name}`,
    });
    for (const stream of new Set(streams)) {
      const from = nodeId.stream(stream);
      topology.edges.push({ id: `${from}->${id}`, source: from, target: id });
    }
  }
  return topology;
}

/** Connecting a stream to a function creates an event source mapping (CreateEventSourceMapping). */
export function connectLambda(editor: Editor, stream: string, functionName: string): EditResult {
  const before = layoutOf(editor);
  if (mappings(editor).some((m) => m.config.functionName === functionName && m.config.stream === stream))
    return { ok: true };
  const result = run(editor, {
    type: 'lambda/createMapping',
    config: { functionName, stream, startingPosition: 'LATEST' },
  });
  if (!result.ok) return result;
  const created = mappings(editor).findLast(
    (m) => m.config.functionName === functionName && m.config.stream === stream,
  );
  if (created)
    remember(editor, `connect ${functionName}`, [{ type: 'lambda/deleteMapping', uuid: created.uuid }], before);
  return result;
}

/** Removing a stream → function wire deletes that event source mapping. */
export function disconnectLambda(editor: Editor, stream: string, functionName: string): EditResult {
  const mapping = mappings(editor).find((m) => m.config.functionName === functionName && m.config.stream === stream);
  if (!mapping) return { ok: false, error: `${functionName} has no event source mapping on ${stream}.` };
  const before = layoutOf(editor);
  const result = run(editor, { type: 'lambda/deleteMapping', uuid: mapping.uuid });
  if (result.ok)
    remember(
      editor,
      `disconnect ${functionName}`,
      [{ type: 'lambda/createMapping', config: { ...mapping.config } }],
      before,
    );
  return result;
}

export const lambdaKind: KindModel = {
  kind: 'lambda',
  layer: 2,
  read,
  size: () => CARD_SIZES.lambda,
  /** A function with no event source mapping yet: connect a stream to it to create one. */
  add(editor, at, before) {
    const name = freeName(editor, 'function');
    const id = nodeId.lambda(name);
    const result = run(editor, {
      type: 'lambda/createFunction',
      config: { name, durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } },
    });
    if (!result.ok) return { id, ...result };
    placeNew(editor, id, at);
    remember(editor, `add ${name}`, [{ type: 'lambda/deleteFunction', name }], before);
    return { id, ok: true };
  },
  /** Deleting a function deletes its mappings too; undo brings back both (with new UUIDs). */
  remove(editor, name, before, dropPosition) {
    const sim = editor.sim.getState().sim;
    const fn = sim.lambda?.functions.find((f) => f.config.name === name);
    const own = (sim.lambda?.mappings ?? []).filter((m) => m.config.functionName === name);
    const result = run(editor, { type: 'lambda/deleteFunction', name });
    if (!result.ok || !fn) return result;
    dropPosition();
    remember(
      editor,
      `delete ${name}`,
      [
        { type: 'lambda/createFunction', config: { ...fn.config } },
        ...own.map((m) => ({ type: 'lambda/createMapping' as const, config: { ...m.config } })),
      ],
      before,
    );
    return result;
  },
  connect: (editor, self, other) =>
    other.kind === 'stream' || other.kind === 'shard' ? connectLambda(editor, other.name, self.name) : null,
  disconnect: (editor, self, other) =>
    other && other.kind === 'stream' ? disconnectLambda(editor, other.name, self.name) : null,
};
