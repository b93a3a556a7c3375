import type { ProducerConfig } from '../../engine/producerTypes';
import type { SimState } from '../../engine/types';
import { describeKeys } from '../../views/nodeSummaries';
import { nodeId } from '../createCanvasStore';
import { freeName, layoutOf, placeNew, remember, run, type EditResult, type Editor } from '../editorCore';
import { addDraft, dropDraft, findDraft, wireDraft, draftToTopology } from './drafts';
import type { End, KindModel, Topology } from './kindModel';
import { CARD_SIZES } from './nodeGeometry';

/** A new producer's settings: 100 records/s of 512 bytes with random keys. */
export function defaultProducer(id: string, seed: number): Omit<ProducerConfig, 'stream'> {
  return {
    id,
    rate: { kind: 'constant', recordsPerSecond: 100 },
    size: { kind: 'fixed', bytes: 512 },
    keys: { kind: 'uuid' },
    enabled: true,
    seed,
  };
}

const live = (sim: SimState, id: string) => sim.producers.find((p) => p.config.id === id && !p.removed);

function read(sim: SimState, drafts: Parameters<KindModel['read']>[1]): Topology {
  const topology: Topology = { nodes: [], edges: [] };
  for (const p of sim.producers.filter((p) => !p.removed)) {
    const id = nodeId.producer(p.config.id);
    topology.nodes.push({
      id,
      kind: 'producer',
      name: p.config.id,
      facts: { stream: p.config.stream, keys: describeKeys(p.config.keys) },
      label: `Producer ${p.config.id}`,
    });
    topology.edges.push({
      id: `${id}->${nodeId.stream(p.config.stream)}`,
      source: id,
      target: nodeId.stream(p.config.stream),
    });
  }
  topology.nodes.push(...draftToTopology(drafts, 'producer'));
  return topology;
}

/** Points a wired producer at a stream (undoably); a draft joins the simulation with producer/add. */
function connect(editor: Editor, self: End, other: End): EditResult | null {
  if (other.kind !== 'stream' && other.kind !== 'shard') return null;
  const { sim } = editor.sim.getState();
  if (!sim.streams[other.name]) return { ok: false, error: `Stream ${other.name} does not exist any more.` };
  const draft = findDraft(editor, 'producer', self.name);
  if (draft) return wireDraft(editor, draft, other.name);
  const producer = live(sim, self.name);
  if (!producer) return { ok: false, error: `There is no producer named ${self.name}.` };
  if (producer.config.stream === other.name) return { ok: true };
  const before = layoutOf(editor);
  const previous = producer.config.stream;
  const result = run(editor, { type: 'producer/update', id: self.name, changes: { stream: other.name } });
  if (result.ok)
    remember(
      editor,
      `connect ${self.name}`,
      [{ type: 'producer/update', id: self.name, changes: { stream: previous } }],
      before,
    );
  return result;
}

/** Unwires a producer: it leaves the simulation and waits on the canvas as a draft. */
function disconnect(editor: Editor, self: End): EditResult {
  const producer = live(editor.sim.getState().sim, self.name);
  if (!producer) return { ok: false, error: `${self.name} is not connected.` };
  const { stream, ...config } = producer.config;
  const before = layoutOf(editor);
  const result = run(editor, { type: 'producer/remove', id: self.name });
  if (!result.ok) return result;
  addDraft(editor, { kind: 'producer', config });
  remember(editor, `disconnect ${self.name}`, [{ type: 'producer/add', config: { ...config, stream } }], before);
  return result;
}

export const producerKind: KindModel = {
  kind: 'producer',
  layer: 0,
  read,
  size: () => CARD_SIZES.producer,
  add(editor, at, before) {
    const name = freeName(editor, 'producer');
    const id = nodeId.producer(name);
    // Seeds differ per producer, drafts included, so two new producers never send the same keys.
    const seed = editor.sim.getState().sim.producers.length + editor.canvas.getState().drafts.length + 101;
    addDraft(editor, { kind: 'producer', config: defaultProducer(name, seed) });
    placeNew(editor, id, at);
    remember(editor, `add ${name}`, [], before);
    return { id, ok: true };
  },
  remove(editor, name, before, dropPosition) {
    if (findDraft(editor, 'producer', name)) return dropDraft(editor, 'producer', name, before, dropPosition);
    const result = disconnect(editor, { kind: 'producer', name });
    if (!result.ok) return result;
    return dropDraft(editor, 'producer', name, before, dropPosition, { foldLastUndo: true });
  },
  connect,
  disconnect: (editor, self) => disconnect(editor, self),
};
