import type { ConsumerAppConfig } from '../engine/consumerTypes';
import type { ProducerChanges, ProducerConfig } from '../engine/producerTypes';
import type { Draft } from './createCanvasStore';
import { layoutOf, remember, run, withoutNulls, type EditResult, type Editor } from './editorCore';

// Settings changed from the inspector: drafts in place, live producers and consumers through commands
// whose undo restores the previous values exactly.

/** Changes a producer's settings (from the inspector), undoably. Drafts are changed in place. */
export function updateProducerConfig(editor: Editor, id: string, changes: Omit<ProducerChanges, 'stream'>): EditResult {
  const before = layoutOf(editor);
  const drafts = editor.canvas.getState().drafts;
  const draft = drafts.find((d) => d.kind === 'producer' && d.config.id === id);
  if (draft) {
    editor.canvas.setState({
      drafts: drafts.map((d) =>
        d === draft ? ({ kind: 'producer', config: withoutNulls({ ...draft.config, ...changes }) } as Draft) : d,
      ),
    });
    remember(editor, `change ${id}`, [], before);
    return { ok: true };
  }
  const producer = editor.sim.getState().sim.producers.find((p) => p.config.id === id && !p.removed);
  if (!producer) return { ok: false, error: `There is no producer named ${id}.` };
  // null, not undefined, for a setting the producer did not have: JSON keeps null, so a replayed undo removes it.
  const previous = Object.fromEntries(
    Object.keys(changes).map((k) => [k, producer.config[k as keyof ProducerConfig] ?? null]),
  );
  const result = run(editor, { type: 'producer/update', id, changes });
  if (result.ok) remember(editor, `change ${id}`, [{ type: 'producer/update', id, changes: previous }], before);
  return result;
}

/** Changes a consumer application's settings, undoably. */
export function updateConsumerConfig(
  editor: Editor,
  name: string,
  changes: Partial<Omit<ConsumerAppConfig, 'name' | 'stream'>>,
): EditResult {
  const before = layoutOf(editor);
  const drafts = editor.canvas.getState().drafts;
  const draft = drafts.find((d) => d.kind === 'consumer' && d.config.name === name);
  if (draft) {
    editor.canvas.setState({
      drafts: drafts.map((d) =>
        d === draft ? ({ kind: 'consumer', config: { ...draft.config, ...changes } } as Draft) : d,
      ),
    });
    remember(editor, `change ${name}`, [], before);
    return { ok: true };
  }
  const app = editor.sim.getState().sim.consumerApps.find((a) => a.config.name === name);
  if (!app) return { ok: false, error: `There is no consumer application named ${name}.` };
  const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, app.config[k as keyof ConsumerAppConfig]]));
  const result = run(editor, { type: 'consumer/update', name, changes });
  if (result.ok) remember(editor, `change ${name}`, [{ type: 'consumer/update', name, changes: previous }], before);
  return result;
}
