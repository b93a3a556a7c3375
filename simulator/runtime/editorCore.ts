import type { SimCommand } from '../engine/commands';
import { UNDO_LIMIT, type CanvasLayout, type CanvasStore, type XY } from './createCanvasStore';
import type { SimulationStore } from './createSimulationStore';

/** The two stores a canvas edit touches: the simulation (through commands) and the layout. */
export interface Editor {
  sim: SimulationStore;
  canvas: CanvasStore;
}

/** The result of an edit: ok, or a sentence saying why it was refused. */
export type EditResult = { ok: true } | { ok: false; error: string };

export const layoutOf = (editor: Editor): CanvasLayout => {
  const { positions, drafts } = editor.canvas.getState();
  return { positions, drafts };
};

export function remember(editor: Editor, label: string, commands: SimCommand[], layout: CanvasLayout): void {
  const undo = [...editor.canvas.getState().undo, { label, commands, layout }].slice(-UNDO_LIMIT);
  editor.canvas.setState({ undo });
}

/** Dispatches and reports the engine's error in words if the command failed. */
export function run(editor: Editor, command: SimCommand): EditResult {
  editor.sim.getState().dispatch(command);
  const error = editor.sim.getState().lastError;
  return error ? { ok: false, error: `${error.name}: ${error.message}` } : { ok: true };
}

function names(editor: Editor): Set<string> {
  const { sim } = editor.sim.getState();
  const { drafts } = editor.canvas.getState();
  return new Set([
    ...Object.keys(sim.streams),
    ...sim.producers.map((p) => p.config.id),
    ...sim.consumerApps.map((a) => a.config.name),
    ...drafts.map((d) => ('id' in d.config ? d.config.id : d.config.name)),
  ]);
}

/** Settings set to null are removed, as `producer/update` does in the engine. */
export function withoutNulls<T extends object>(config: T): T {
  return Object.fromEntries(Object.entries(config).filter(([, v]) => v !== null)) as T;
}

/** The first `<prefix>-N` not used by any stream, producer or consumer. */
export function freeName(editor: Editor, prefix: string): string {
  const taken = names(editor);
  let i = 1;
  while (taken.has(`${prefix}-${i}`)) i++;
  return `${prefix}-${i}`;
}

/**
 * Puts a node where it was dropped and selects it. The layout keeps it clear of the others (it is nudged
 * aside when it lands on one), so positions here are what the learner asked for.
 */
export function place(editor: Editor, id: string, at: XY): void {
  editor.canvas.setState({ positions: { ...editor.canvas.getState().positions, [id]: at }, selected: id });
}

/** A new node: placed where it was dropped, or, added from the keyboard, left to the layout. Selected either way. */
export function placeNew(editor: Editor, id: string, at: XY | undefined): void {
  if (at) place(editor, id, at);
  else editor.canvas.setState({ selected: id });
}
