import type { SimCommand } from '../engine/commands';
import type { ConsumerAppConfig } from '../engine/consumerTypes';
import type { ProducerChanges, ProducerConfig } from '../engine/producerTypes';
import {
  nodeId,
  parseNodeId,
  UNDO_LIMIT,
  type CanvasLayout,
  type CanvasStore,
  type Draft,
  type XY,
} from './createCanvasStore';
import type { SimulationStore } from './createSimulationStore';

/** The two stores a canvas edit touches: the simulation (through commands) and the layout. */
export interface Editor {
  sim: SimulationStore;
  canvas: CanvasStore;
}

export type PaletteKind = 'producer' | 'stream' | 'consumer' | 'efoConsumer' | 'lambda' | 'firehose' | 'bucket';

/** The result of an edit: ok, or a sentence saying why it was refused. */
export type EditResult = { ok: true } | { ok: false; error: string };

const layoutOf = (editor: Editor): CanvasLayout => {
  const { positions, drafts } = editor.canvas.getState();
  return { positions, drafts };
};

function remember(editor: Editor, label: string, commands: SimCommand[], layout: CanvasLayout): void {
  const undo = [...editor.canvas.getState().undo, { label, commands, layout }].slice(-UNDO_LIMIT);
  editor.canvas.setState({ undo });
}

/** Dispatches and reports the engine's error in words if the command failed. */
function run(editor: Editor, command: SimCommand): EditResult {
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
function withoutNulls<T extends object>(config: T): T {
  return Object.fromEntries(Object.entries(config).filter(([, v]) => v !== null)) as T;
}

/** The first `<prefix>-N` not used by any stream, producer or consumer. */
export function freeName(editor: Editor, prefix: string): string {
  const taken = names(editor);
  let i = 1;
  while (taken.has(`${prefix}-${i}`)) i++;
  return `${prefix}-${i}`;
}

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

/** A Lambda function with no event source mapping yet: connect a stream to it to create one. */
function addLambda(editor: Editor, at: XY, before: CanvasLayout): { id: string } & EditResult {
  const name = freeName(editor, 'function');
  const id = nodeId.lambda(name);
  const result = run(editor, {
    type: 'lambda/createFunction',
    config: { name, durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } },
  });
  if (!result.ok) return { id, ...result };
  place(editor, id, at);
  remember(editor, `add ${name}`, [{ type: 'lambda/deleteFunction', name }], before);
  return { id, ok: true };
}

/**
 * A Firehose stream delivering to a new S3 bucket. Its source is fixed at creation, as on AWS: the
 * selected data stream if one is selected, otherwise Direct PUT.
 */
function addFirehose(editor: Editor, at: XY, before: CanvasLayout): { id: string } & EditResult {
  const { sim } = editor.sim.getState();
  const selected = editor.canvas.getState().selected;
  const source = selected && /^(stream|shard):/.test(selected) ? sim.streams[parseNodeId(selected).name] : undefined;
  const name = freeName(editor, 'firehose');
  const buckets = new Set(Object.keys(sim.firehose?.buckets ?? {}));
  let n = 1;
  while (buckets.has(`archive-${n}`)) n++;
  const role = `arn:aws:iam::${sim.account}:role/firehose-delivery`;
  const id = nodeId.firehose(name);
  // On AWS the destination bucket must exist first; creating it now also puts it on the canvas at once.
  const bucket = run(editor, { type: 's3/createBucket', name: `archive-${n}` });
  if (!bucket.ok) return { id, ...bucket };
  const result = run(editor, {
    type: 'firehose/call',
    operation: 'CreateDeliveryStream',
    input: {
      DeliveryStreamName: name,
      DeliveryStreamType: source ? 'KinesisStreamAsSource' : 'DirectPut',
      ...(source ? { KinesisStreamSourceConfiguration: { KinesisStreamARN: source.arn, RoleARN: role } } : {}),
      ExtendedS3DestinationConfiguration: { RoleARN: role, BucketARN: `arn:aws:s3:::archive-${n}` },
    },
  });
  if (!result.ok) return { id, ...result };
  // Its bucket goes to its right; the Firehose stream itself ends up selected.
  place(editor, nodeId.bucket(`archive-${n}`), { x: at.x + 300, y: at.y });
  place(editor, id, at);
  remember(
    editor,
    `add ${name}`,
    [{ type: 'firehose/call', operation: 'DeleteDeliveryStream', input: { DeliveryStreamName: name } }],
    before,
  );
  return { id, ok: true };
}

/** An empty S3 bucket; connect a Firehose stream to it to deliver there. */
function addBucket(editor: Editor, at: XY, before: CanvasLayout): { id: string } & EditResult {
  const taken = new Set(Object.keys(editor.sim.getState().sim.firehose?.buckets ?? {}));
  let n = 1;
  while (taken.has(`bucket-${n}`)) n++;
  const name = `bucket-${n}`;
  const id = nodeId.bucket(name);
  const result = run(editor, { type: 's3/createBucket', name });
  if (!result.ok) return { id, ...result };
  place(editor, id, at);
  // A bucket with no objects can go again; this one only leaves the canvas.
  remember(editor, `add ${name}`, [], before);
  return { id, ok: true };
}

/** Connecting a Firehose stream to a bucket makes it the destination (UpdateDestination). */
function connectBucket(editor: Editor, firehose: string, bucket: string): EditResult {
  const live = editor.sim.getState().sim.firehose?.deliveryStreams[firehose];
  if (!live) return { ok: false, error: `There is no Firehose stream named ${firehose}.` };
  if (live.config.bucket === bucket) return { ok: true };
  const before = layoutOf(editor);
  const previous = live.config.bucket;
  const version = live.version;
  const update = (to: string, version: number): SimCommand => ({
    type: 'firehose/call',
    operation: 'UpdateDestination',
    input: {
      DeliveryStreamName: firehose,
      CurrentDeliveryStreamVersionId: String(version),
      DestinationId: 'destinationId-000000000001',
      ExtendedS3DestinationUpdate: { BucketARN: `arn:aws:s3:::${to}` },
    },
  });
  const result = run(editor, update(bucket, version));
  // UpdateDestination bumps the version, so the undo names the next one.
  if (result.ok) remember(editor, `connect ${firehose}`, [update(previous, version + 1)], before);
  return result;
}

/** Moves `at` down until no placed node starts within 60 px of it, so new nodes never stack. */
function freeSpot(positions: Record<string, XY>, at: XY): XY {
  const taken = Object.values(positions);
  let spot = at;
  while (taken.some((p) => Math.abs(p.x - spot.x) < 60 && Math.abs(p.y - spot.y) < 60))
    spot = { x: spot.x, y: spot.y + 170 };
  return spot;
}

function place(editor: Editor, id: string, at: XY): void {
  const positions = editor.canvas.getState().positions;
  editor.canvas.setState({ positions: { ...positions, [id]: freeSpot(positions, at) }, selected: id });
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

/** Connecting a stream to a Lambda function creates an event source mapping (CreateEventSourceMapping). */
function connectLambda(editor: Editor, stream: string, functionName: string): EditResult {
  const before = layoutOf(editor);
  const mappings = () => editor.sim.getState().sim.lambda?.mappings ?? [];
  if (mappings().some((m) => m.config.functionName === functionName && m.config.stream === stream)) return { ok: true };
  const result = run(editor, {
    type: 'lambda/createMapping',
    config: { functionName, stream, startingPosition: 'LATEST' },
  });
  if (!result.ok) return result;
  const created = mappings().findLast((m) => m.config.functionName === functionName && m.config.stream === stream);
  if (created)
    remember(editor, `connect ${functionName}`, [{ type: 'lambda/deleteMapping', uuid: created.uuid }], before);
  return result;
}

/** Removing a stream → Lambda wire deletes that event source mapping. */
export function disconnectLambda(editor: Editor, stream: string, functionName: string): EditResult {
  const mapping = (editor.sim.getState().sim.lambda?.mappings ?? []).find(
    (m) => m.config.functionName === functionName && m.config.stream === stream,
  );
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
  if (kind === 'lambda') {
    const sim = editor.sim.getState().sim;
    const fn = sim.lambda?.functions.find((f) => f.config.name === name);
    const mappings = (sim.lambda?.mappings ?? []).filter((m) => m.config.functionName === name);
    const result = run(editor, { type: 'lambda/deleteFunction', name });
    if (!result.ok || !fn) return result;
    dropPosition();
    remember(
      editor,
      `delete ${name}`,
      [
        { type: 'lambda/createFunction', config: { ...fn.config } },
        ...mappings.map((m) => ({ type: 'lambda/createMapping' as const, config: { ...m.config } })),
      ],
      before,
    );
    return result;
  }
  if (kind === 'firehose') {
    const result = run(editor, {
      type: 'firehose/call',
      operation: 'DeleteDeliveryStream',
      input: { DeliveryStreamName: name },
    });
    // Its buffered records are gone with it, so earlier undo steps no longer add up.
    editor.canvas.setState({ undo: [] });
    dropPosition();
    return result;
  }
  if (kind === 's3')
    return { ok: false, error: 'The bucket keeps the objects delivered to it; the simulator does not delete buckets.' };
  return { ok: false, error: 'Shards are not deleted one by one: merge them from the stream inspector.' };
}

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

/** Takes back the last canvas edit. Returns its label, or null when there is nothing to undo. */
export function undo(editor: Editor): string | null {
  const entry = editor.canvas.getState().undo.at(-1);
  if (!entry) return null;
  for (const command of entry.commands) editor.sim.getState().dispatch(command);
  editor.canvas.setState({ ...entry.layout, undo: editor.canvas.getState().undo.slice(0, -1) });
  return entry.label;
}
