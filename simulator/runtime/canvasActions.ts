import type { SimCommand } from '../engine/commands';
import type { ConsumerAppConfig } from '../engine/consumerTypes';
import type { ProducerConfig } from '../engine/producerTypes';
import { nodeId, parseNodeId, type Draft, type XY } from './createCanvasStore';
import { freeName, layoutOf, place, remember, run, type EditResult, type Editor, type PaletteKind } from './editorCore';
import {
  addBucket,
  addFirehose,
  addLambda,
  connectBucket,
  connectLambda,
  deleteFirehose,
  deleteLambda,
} from './pipelineActions';

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

/**
 * Adds a node from the palette at a position. A stream is created at once (CreateStream, 2 shards); a
 * producer or consumer waits on the canvas as a draft until it is connected to a stream.
 * @example addNode(editor, 'producer', { x: 0, y: 200 }) // 'producer:producer-1'
 */
export function addNode(editor: Editor, kind: PaletteKind, at: XY): { id: string } & EditResult {
  const before = layoutOf(editor);
  if (kind === 'stream') {
    const name = freeName(editor, 'stream');
    const id = nodeId.stream(name);
    const result = run(editor, {
      type: 'api/call',
      operation: 'CreateStream',
      input: { StreamName: name, ShardCount: 2 },
    });
    if (!result.ok) return { id, ...result };
    place(editor, id, at);
    remember(
      editor,
      `add ${name}`,
      [{ type: 'api/call', operation: 'DeleteStream', input: { StreamName: name } }],
      before,
    );
    return { id, ok: true };
  }
  if (kind === 'lambda') return addLambda(editor, at, before);
  if (kind === 'firehose') return addFirehose(editor, at, before);
  if (kind === 'bucket') return addBucket(editor, at, before);
  const name = freeName(editor, kind === 'producer' ? 'producer' : kind === 'efoConsumer' ? 'efo-app' : 'consumer-app');
  const draft: Draft =
    kind === 'efoConsumer'
      ? { kind: 'consumer', config: { ...defaultConsumer(name), fanOut: 'enhanced', pollIntervalMs: 200 } }
      : kind === 'producer'
        ? {
            kind,
            config: defaultProducer(
              name,
              editor.sim.getState().sim.producers.length + editor.canvas.getState().drafts.length + 101,
            ),
          }
        : { kind: 'consumer', config: defaultConsumer(name) };
  const id = kind === 'producer' ? nodeId.producer(name) : nodeId.consumer(name);
  editor.canvas.setState({ drafts: [...editor.canvas.getState().drafts, draft] });
  place(editor, id, at);
  remember(editor, `add ${name}`, [], before);
  return { id, ok: true };
}

/** Moves a node; consecutive moves of the same node undo as one. */
export function moveNode(editor: Editor, id: string, to: XY): void {
  const state = editor.canvas.getState();
  const last = state.undo.at(-1);
  if (!(last && last.label === `move ${id}`)) remember(editor, `move ${id}`, [], layoutOf(editor));
  editor.canvas.setState({ positions: { ...state.positions, [id]: to } });
}

const draftName = (d: Draft) => (d.kind === 'producer' ? d.config.id : d.config.name);

/**
 * Wires a producer to a stream or a stream to a consumer application, whichever way round the ends were
 * chosen. A producer that already writes elsewhere is pointed at the new stream.
 * @example connect(editor, 'producer:producer-1', 'stream:orders')
 */
export function connect(editor: Editor, a: string, b: string): EditResult {
  const [from, to] = [parseNodeId(a), parseNodeId(b)];
  if (from.kind === 'firehose' && to.kind === 's3') return connectBucket(editor, from.name, to.name);
  if (from.kind === 's3' && to.kind === 'firehose') return connectBucket(editor, to.name, from.name);
  const pair =
    from.kind === 'stream' || from.kind === 'shard'
      ? { stream: from.name, other: to }
      : { stream: to.name, other: from };
  const otherIsStreamSide =
    pair.other === to ? ['stream', 'shard'].includes(from.kind) : ['stream', 'shard'].includes(to.kind);
  if (otherIsStreamSide && pair.other.kind === 'lambda') return connectLambda(editor, pair.stream, pair.other.name);
  if (otherIsStreamSide && pair.other.kind === 'firehose')
    return {
      ok: false,
      error:
        'A Firehose stream’s source is chosen when it is created, as on AWS: select the data stream, then add a Firehose stream.',
    };
  if (!otherIsStreamSide || !['producer', 'consumer'].includes(pair.other.kind))
    return { ok: false, error: 'Connect a producer to a stream, or a stream to a consumer application.' };
  const { sim } = editor.sim.getState();
  if (!sim.streams[pair.stream]) return { ok: false, error: `Stream ${pair.stream} does not exist any more.` };
  const before = layoutOf(editor);
  const drafts = editor.canvas.getState().drafts;
  const draft = drafts.find((d) => d.kind === pair.other.kind && draftName(d) === pair.other.name);
  if (draft) {
    const command: SimCommand =
      draft.kind === 'producer'
        ? { type: 'producer/add', config: { ...draft.config, stream: pair.stream } }
        : { type: 'consumer/add', config: { ...draft.config, stream: pair.stream } };
    const result = run(editor, command);
    if (!result.ok) return result;
    editor.canvas.setState({ drafts: drafts.filter((d) => d !== draft) });
    const undo: SimCommand =
      draft.kind === 'producer'
        ? { type: 'producer/remove', id: draft.config.id }
        : { type: 'consumer/remove', name: draft.config.name };
    remember(editor, `connect ${pair.other.name}`, [undo], before);
    return result;
  }
  if (pair.other.kind === 'producer') {
    const producer = sim.producers.find((p) => p.config.id === pair.other.name && !p.removed);
    if (!producer) return { ok: false, error: `There is no producer named ${pair.other.name}.` };
    if (producer.config.stream === pair.stream) return { ok: true };
    const previous = producer.config.stream;
    const result = run(editor, { type: 'producer/update', id: pair.other.name, changes: { stream: pair.stream } });
    if (result.ok)
      remember(
        editor,
        `connect ${pair.other.name}`,
        [{ type: 'producer/update', id: pair.other.name, changes: { stream: previous } }],
        before,
      );
    return result;
  }
  const app = sim.consumerApps.find((c) => c.config.name === pair.other.name);
  if (!app) return { ok: false, error: `There is no consumer application named ${pair.other.name}.` };
  if (app.config.stream === pair.stream) return { ok: true };
  return {
    ok: false,
    error: `${app.config.name} already reads ${app.config.stream}. A KCL application reads one stream: disconnect it first.`,
  };
}

/** Unwires a producer or consumer application: it leaves the simulation and waits on the canvas as a draft. */
export function disconnect(editor: Editor, id: string): EditResult {
  const { kind, name } = parseNodeId(id);
  const { sim } = editor.sim.getState();
  const before = layoutOf(editor);
  if (kind === 'producer') {
    const producer = sim.producers.find((p) => p.config.id === name && !p.removed);
    if (!producer) return { ok: false, error: `${name} is not connected.` };
    const { stream, ...config } = producer.config;
    const result = run(editor, { type: 'producer/remove', id: name });
    if (!result.ok) return result;
    editor.canvas.setState({ drafts: [...editor.canvas.getState().drafts, { kind: 'producer', config }] });
    remember(editor, `disconnect ${name}`, [{ type: 'producer/add', config: { ...config, stream } }], before);
    return result;
  }
  if (kind === 'consumer') {
    const app = sim.consumerApps.find((c) => c.config.name === name);
    if (!app) return { ok: false, error: `${name} is not connected.` };
    const { stream, ...config } = app.config;
    const result = run(editor, { type: 'consumer/remove', name });
    if (!result.ok) return result;
    editor.canvas.setState({ drafts: [...editor.canvas.getState().drafts, { kind: 'consumer', config }] });
    remember(editor, `disconnect ${name}`, [{ type: 'consumer/add', config: { ...config, stream } }], before);
    return result;
  }
  return { ok: false, error: 'Only producers and consumer applications can be disconnected.' };
}

/**
 * Deletes a node. Producers and consumers can be brought back with undo; a stream is deleted with its
 * data (DeleteStream), which no undo can bring back, so its producers and consumers are kept as drafts.
 */
export function deleteNode(editor: Editor, id: string): EditResult {
  const { kind, name } = parseNodeId(id);
  const state = editor.canvas.getState();
  const draft = state.drafts.find((d) => d.kind === kind && draftName(d) === name);
  const before = layoutOf(editor);
  const dropPosition = () => {
    const { [id]: _gone, ...positions } = editor.canvas.getState().positions;
    editor.canvas.setState({ positions, selected: null });
  };
  if (draft) {
    editor.canvas.setState({ drafts: state.drafts.filter((d) => d !== draft) });
    dropPosition();
    remember(editor, `delete ${name}`, [], before);
    return { ok: true };
  }
  if (kind === 'producer' || kind === 'consumer') {
    const result = disconnect(editor, id);
    if (!result.ok) return result;
    // disconnect left a draft and an undo entry; fold both into one "delete".
    const undo = editor.canvas.getState().undo;
    editor.canvas.setState({
      drafts: editor.canvas.getState().drafts.filter((d) => !(d.kind === kind && draftName(d) === name)),
      undo: [...undo.slice(0, -1), { ...undo.at(-1)!, label: `delete ${name}`, layout: before }],
    });
    dropPosition();
    return result;
  }
  if (kind === 'stream') {
    const { sim } = editor.sim.getState();
    for (const p of sim.producers.filter((p) => p.config.stream === name && !p.removed))
      disconnect(editor, nodeId.producer(p.config.id));
    for (const c of sim.consumerApps.filter((c) => c.config.stream === name))
      disconnect(editor, nodeId.consumer(c.config.name));
    const result = run(editor, { type: 'api/call', operation: 'DeleteStream', input: { StreamName: name } });
    // The stream's records are gone: earlier undo steps could refer to it, so the history starts again here.
    editor.canvas.setState({ undo: [] });
    dropPosition();
    return result;
  }
  if (kind === 'lambda') return deleteLambda(editor, name, before, dropPosition);
  if (kind === 'firehose') return deleteFirehose(editor, name, dropPosition);
  if (kind === 's3')
    return { ok: false, error: 'The bucket keeps the objects delivered to it; the simulator does not delete buckets.' };
  return { ok: false, error: 'Shards are not deleted one by one: merge them from the stream inspector.' };
}

/** Takes back the last canvas edit. Returns its label, or null when there is nothing to undo. */
export function undo(editor: Editor): string | null {
  const entry = editor.canvas.getState().undo.at(-1);
  if (!entry) return null;
  for (const command of entry.commands) editor.sim.getState().dispatch(command);
  editor.canvas.setState({ ...entry.layout, undo: editor.canvas.getState().undo.slice(0, -1) });
  return entry.label;
}
