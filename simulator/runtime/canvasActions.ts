import { parseNodeId, type XY } from './createCanvasStore';
import { layoutOf, remember, type EditResult, type Editor } from './editorCore';
import type { End } from './kinds/kindModel';
import { isNodeKind, KIND_MODELS, type NodeKind } from './kinds/kindModels';

export { defaultConsumer } from './kinds/consumerKind';
export { defaultProducer } from './kinds/producerKind';

const modelOf = (end: End) => (isNodeKind(end.kind) ? KIND_MODELS[end.kind] : undefined);

/**
 * Adds a node of a kind. With a position (a drop) it stays there; without one (a keyboard or touch add)
 * the layout places it. A stream is created at once (CreateStream, 2 shards); a producer or consumer
 * waits on the canvas as a draft until it is connected to a stream. `preset` picks a variant of the
 * kind (`enhanced` for an enhanced fan-out consumer).
 * @example addNode(editor, 'producer', { x: 0, y: 200 }) // { id: 'producer:producer-1', ok: true }
 */
export function addNode(editor: Editor, kind: NodeKind, at?: XY, preset?: string): { id: string } & EditResult {
  const add = KIND_MODELS[kind].add;
  if (!add) return { id: '', ok: false, error: `A ${kind} cannot be added from the palette.` };
  return add(editor, at, layoutOf(editor), preset);
}

/** Moves a node; consecutive moves of the same node undo as one. */
export function moveNode(editor: Editor, id: string, to: XY): void {
  const state = editor.canvas.getState();
  const last = state.undo.at(-1);
  if (!(last && last.label === `move ${id}`)) remember(editor, `move ${id}`, [], layoutOf(editor));
  editor.canvas.setState({ positions: { ...editor.canvas.getState().positions, [id]: to } });
}

/**
 * Wires two nodes, whichever way round the ends were chosen: a producer to a stream, a stream to a
 * consumer application or a Lambda function, a Firehose stream to a bucket. Each kind decides what a
 * wire to it means in API terms.
 * @example connect(editor, 'producer:producer-1', 'stream:orders')
 */
export function connect(editor: Editor, source: string, target: string): EditResult {
  const [a, b] = [parseNodeId(source), parseNodeId(target)];
  const result = modelOf(a)?.connect?.(editor, a, b, true) ?? modelOf(b)?.connect?.(editor, b, a, false) ?? null;
  return result ?? { ok: false, error: 'Connect a producer to a stream, or a stream to a consumer application.' };
}

/**
 * Removes a wire. With one end only (the inspector's stream picker), unwires that producer or consumer
 * application: it leaves the simulation and waits on the canvas as a draft.
 * @example disconnect(editor, 'stream:orders', 'lambda:enrich') // deletes the event source mapping
 */
export function disconnect(editor: Editor, end: string, other?: string): EditResult {
  const a = parseNodeId(end);
  const b = other === undefined ? null : parseNodeId(other);
  const result = modelOf(a)?.disconnect?.(editor, a, b) ?? (b && modelOf(b)?.disconnect?.(editor, b, a)) ?? null;
  if (result) return result;
  return b === null
    ? { ok: false, error: 'Only producers and consumer applications can be disconnected.' }
    : { ok: false, error: 'A Firehose stream always delivers to one bucket: connect it to another bucket instead.' };
}

/**
 * Deletes a node. Producers, consumers and functions come back with undo; a stream or a Firehose stream
 * is deleted with its data, which no undo can bring back.
 */
export function deleteNode(editor: Editor, id: string): EditResult {
  const end = parseNodeId(id);
  const model = modelOf(end);
  if (!model?.remove) return { ok: false, error: `There is nothing named ${id} to delete.` };
  const dropPosition = () => {
    const { [id]: _gone, ...positions } = editor.canvas.getState().positions;
    editor.canvas.setState({ positions, selected: null });
  };
  return model.remove(editor, end.name, layoutOf(editor), dropPosition);
}

/** Puts every node back into the automatic layout, forgetting where the learner dragged them; undoable. */
export function tidy(editor: Editor): void {
  remember(editor, 'tidy', [], layoutOf(editor));
  editor.canvas.setState({ positions: {} });
}

/** Takes back the last canvas edit. Returns its label, or null when there is nothing to undo. */
export function undo(editor: Editor): string | null {
  const entry = editor.canvas.getState().undo.at(-1);
  if (!entry) return null;
  for (const command of entry.commands) editor.sim.getState().dispatch(command);
  editor.canvas.setState({ ...entry.layout, undo: editor.canvas.getState().undo.slice(0, -1) });
  return entry.label;
}
