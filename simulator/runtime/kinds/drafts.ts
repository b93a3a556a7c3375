import type { SimCommand } from '../../engine/commands';
import { nodeId, type CanvasLayout, type Draft } from '../createCanvasStore';
import { layoutOf, remember, run, type EditResult, type Editor } from '../editorCore';
import type { TopologyNode } from './kindModel';

// Producers and consumer applications need a stream in the engine, so until they are wired to one they
// live on the canvas only, as drafts.

export const draftName = (d: Draft) => (d.kind === 'producer' ? d.config.id : d.config.name);

export function findDraft(editor: Editor, kind: Draft['kind'], name: string): Draft | undefined {
  return editor.canvas.getState().drafts.find((d) => d.kind === kind && draftName(d) === name);
}

export function addDraft(editor: Editor, draft: Draft): void {
  editor.canvas.setState({ drafts: [...editor.canvas.getState().drafts, draft] });
}

/** A draft joins the simulation, reading or writing `stream`; undo takes it out again. */
export function wireDraft(editor: Editor, draft: Draft, stream: string): EditResult {
  const before = layoutOf(editor);
  const command: SimCommand =
    draft.kind === 'producer'
      ? { type: 'producer/add', config: { ...draft.config, stream } }
      : { type: 'consumer/add', config: { ...draft.config, stream } };
  const result = run(editor, command);
  if (!result.ok) return result;
  editor.canvas.setState({ drafts: editor.canvas.getState().drafts.filter((d) => d !== draft) });
  const undo: SimCommand =
    draft.kind === 'producer'
      ? { type: 'producer/remove', id: draft.config.id }
      : { type: 'consumer/remove', name: draft.config.name };
  remember(editor, `connect ${draftName(draft)}`, [undo], before);
  return result;
}

/**
 * Takes a draft off the canvas. After a disconnect (`foldLastUndo`), the disconnect's undo entry becomes
 * the delete's, so one undo brings the node back wired as it was.
 */
export function dropDraft(
  editor: Editor,
  kind: Draft['kind'],
  name: string,
  before: CanvasLayout,
  dropPosition: () => void,
  { foldLastUndo = false } = {},
): EditResult {
  const { drafts, undo } = editor.canvas.getState();
  editor.canvas.setState({ drafts: drafts.filter((d) => !(d.kind === kind && draftName(d) === name)) });
  if (foldLastUndo)
    editor.canvas.setState({
      undo: [...undo.slice(0, -1), { ...undo.at(-1)!, label: `delete ${name}`, layout: before }],
    });
  else remember(editor, `delete ${name}`, [], before);
  dropPosition();
  return { ok: true };
}

/** The canvas nodes of a kind's drafts. */
export function draftToTopology(drafts: Draft[], kind: Draft['kind']): TopologyNode[] {
  return drafts
    .filter((d) => d.kind === kind)
    .map((d): TopologyNode => {
      const name = draftName(d);
      return d.kind === 'producer'
        ? { id: nodeId.producer(name), kind, name, draft: true, facts: {}, label: `Producer ${name}, not connected` }
        : {
            id: nodeId.consumer(name),
            kind,
            name,
            draft: true,
            facts: { fanOut: d.config.fanOut ?? 'shared' },
            label: `Consumer application ${name}, not connected`,
          };
    });
}
