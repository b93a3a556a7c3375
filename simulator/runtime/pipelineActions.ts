import type { SimCommand } from '../engine/commands';
import { nodeId, parseNodeId, type CanvasLayout, type XY } from './createCanvasStore';
import { freeName, layoutOf, place, remember, run, type EditResult, type Editor } from './editorCore';

// Lambda functions, Firehose streams and S3 buckets on the canvas: what adding, wiring and deleting
// them means in Lambda and Firehose API terms.

/** A Lambda function with no event source mapping yet: connect a stream to it to create one. */
export function addLambda(editor: Editor, at: XY, before: CanvasLayout): { id: string } & EditResult {
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
export function addFirehose(editor: Editor, at: XY, before: CanvasLayout): { id: string } & EditResult {
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
export function addBucket(editor: Editor, at: XY, before: CanvasLayout): { id: string } & EditResult {
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
export function connectBucket(editor: Editor, firehose: string, bucket: string): EditResult {
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

/** Connecting a stream to a Lambda function creates an event source mapping (CreateEventSourceMapping). */
export function connectLambda(editor: Editor, stream: string, functionName: string): EditResult {
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

/** Deleting a Lambda function deletes its mappings too; undo brings back both (with new UUIDs). */
export function deleteLambda(editor: Editor, name: string, before: CanvasLayout, dropPosition: () => void): EditResult {
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

/** DeleteDeliveryStream: its buffered records go with it, so earlier undo steps no longer add up. */
export function deleteFirehose(editor: Editor, name: string, dropPosition: () => void): EditResult {
  const result = run(editor, {
    type: 'firehose/call',
    operation: 'DeleteDeliveryStream',
    input: { DeliveryStreamName: name },
  });
  editor.canvas.setState({ undo: [] });
  dropPosition();
  return result;
}
