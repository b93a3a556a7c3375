import type { ConsumerAppConfig } from '../../engine/consumerTypes';
import type { SimState } from '../../engine/types';
import { nodeId } from '../createCanvasStore';
import { freeName, layoutOf, placeNew, remember, run, type EditResult, type Editor } from '../editorCore';
import { addDraft, draftToTopology, dropDraft, findDraft, wireDraft } from './drafts';
import type { End, KindModel, Topology } from './kindModel';
import { CARD_SIZES } from './nodeGeometry';

/** A new KCL application: one worker polling once a second, 0.1 ms of work per record, from LATEST. */
export function defaultConsumer(name: string): Omit<ConsumerAppConfig, 'stream'> {
  return {
    name,
    workers: 1,
    pollIntervalMs: 1000,
    maxRecords: 10_000,
    processingMsPerRecord: 0.1,
    initialPosition: 'LATEST',
    enabled: true,
  };
}

const app = (sim: SimState, name: string) => sim.consumerApps.find((a) => a.config.name === name);

function read(sim: SimState, drafts: Parameters<KindModel['read']>[1]): Topology {
  const topology: Topology = { nodes: [], edges: [] };
  for (const a of sim.consumerApps) {
    const id = nodeId.consumer(a.config.name);
    topology.nodes.push({
      id,
      kind: 'consumer',
      name: a.config.name,
      facts: { stream: a.config.stream, fanOut: a.config.fanOut ?? 'shared' },
      label: `Consumer application ${a.config.name}`,
    });
    const from = nodeId.stream(a.config.stream);
    topology.edges.push({ id: `${from}->${id}`, source: from, target: id });
  }
  topology.nodes.push(...draftToTopology(drafts, 'consumer'));
  return topology;
}

function connect(editor: Editor, self: End, other: End): EditResult | null {
  if (other.kind !== 'stream' && other.kind !== 'shard') return null;
  if (!editor.sim.getState().sim.streams[other.name])
    return { ok: false, error: `Stream ${other.name} does not exist any more.` };
  const draft = findDraft(editor, 'consumer', self.name);
  if (draft) return wireDraft(editor, draft, other.name);
  const existing = app(editor.sim.getState().sim, self.name);
  if (!existing) return { ok: false, error: `There is no consumer application named ${self.name}.` };
  if (existing.config.stream === other.name) return { ok: true };
  return {
    ok: false,
    error: `${self.name} already reads ${existing.config.stream}. A KCL application reads one stream: disconnect it first.`,
  };
}

/** Unwires an application: it leaves the simulation (its leases go) and waits on the canvas as a draft. */
function disconnect(editor: Editor, self: End): EditResult {
  const existing = app(editor.sim.getState().sim, self.name);
  if (!existing) return { ok: false, error: `${self.name} is not connected.` };
  const { stream, ...config } = existing.config;
  const before = layoutOf(editor);
  const result = run(editor, { type: 'consumer/remove', name: self.name });
  if (!result.ok) return result;
  addDraft(editor, { kind: 'consumer', config });
  remember(editor, `disconnect ${self.name}`, [{ type: 'consumer/add', config: { ...config, stream } }], before);
  return result;
}

export const consumerKind: KindModel = {
  kind: 'consumer',
  layer: 2,
  read,
  size: () => CARD_SIZES.consumer,
  /** `preset: 'enhanced'` adds an enhanced fan-out application (SubscribeToShard, its own 2 MB/s). */
  add(editor, at, before, preset) {
    const enhanced = preset === 'enhanced';
    const name = freeName(editor, enhanced ? 'efo-app' : 'consumer-app');
    const config = enhanced
      ? { ...defaultConsumer(name), fanOut: 'enhanced' as const, pollIntervalMs: 200 }
      : defaultConsumer(name);
    addDraft(editor, { kind: 'consumer', config });
    const id = nodeId.consumer(name);
    placeNew(editor, id, at);
    remember(editor, `add ${name}`, [], before);
    return { id, ok: true };
  },
  remove(editor, name, before, dropPosition) {
    if (findDraft(editor, 'consumer', name)) return dropDraft(editor, 'consumer', name, before, dropPosition);
    const result = disconnect(editor, { kind: 'consumer', name });
    if (!result.ok) return result;
    return dropDraft(editor, 'consumer', name, before, dropPosition, { foldLastUndo: true });
  },
  connect,
  disconnect: (editor, self) => disconnect(editor, self),
};
