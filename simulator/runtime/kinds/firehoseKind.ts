import type { SimCommand } from '../../engine/commands';
import type { SimState } from '../../engine/types';
import { nodeId, parseNodeId } from '../createCanvasStore';
import { freeName, layoutOf, place, remember, run, type EditResult, type Editor } from '../editorCore';
import type { KindModel, Topology } from './kindModel';
import { CARD_SIZES } from './nodeGeometry';

// A Firehose stream on the canvas: its source (a data stream, or Direct PUT) is fixed when it is
// created, as on AWS; its one destination is an S3 bucket, changed with UpdateDestination.

function read(sim: SimState): Topology {
  const topology: Topology = { nodes: [], edges: [] };
  for (const d of Object.values(sim.firehose?.deliveryStreams ?? {})) {
    const id = nodeId.firehose(d.config.name);
    const source = d.config.source.kind === 'KinesisStream' ? d.config.source.stream : null;
    topology.nodes.push({
      id,
      kind: 'firehose',
      name: d.config.name,
      facts: { source: source ?? 'Direct PUT', bucket: d.config.bucket },
      label: `Firehose stream ${d.config.name}`,
    });
    if (source)
      topology.edges.push({ id: `${nodeId.stream(source)}->${id}`, source: nodeId.stream(source), target: id });
    const to = nodeId.bucket(d.config.bucket);
    topology.edges.push({ id: `${id}->${to}`, source: id, target: to });
  }
  return topology;
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

export const firehoseKind: KindModel = {
  kind: 'firehose',
  layer: 2,
  read,
  size: () => CARD_SIZES.firehose,
  /**
   * A Firehose stream delivering to a new S3 bucket. Its source is the selected data stream if one is
   * selected, otherwise Direct PUT.
   */
  add(editor, at, before) {
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
    // Dropped at a spot: its bucket goes to its right. The Firehose stream itself ends up selected.
    if (at) {
      place(editor, nodeId.bucket(`archive-${n}`), { x: at.x + 300, y: at.y });
      place(editor, id, at);
    } else editor.canvas.setState({ selected: id });
    remember(
      editor,
      `add ${name}`,
      [{ type: 'firehose/call', operation: 'DeleteDeliveryStream', input: { DeliveryStreamName: name } }],
      before,
    );
    return { id, ok: true };
  },
  /** DeleteDeliveryStream: its buffered records go with it, so earlier undo steps no longer add up. */
  remove(editor, name, _before, dropPosition) {
    const result = run(editor, {
      type: 'firehose/call',
      operation: 'DeleteDeliveryStream',
      input: { DeliveryStreamName: name },
    });
    editor.canvas.setState({ undo: [] });
    dropPosition();
    return result;
  },
  connect(editor, self, other) {
    if (other.kind === 'bucket') return connectBucket(editor, self.name, other.name);
    if (other.kind === 'stream' || other.kind === 'shard')
      return {
        ok: false,
        error:
          'A Firehose stream’s source is chosen when it is created, as on AWS: select the data stream, then add a Firehose stream.',
      };
    return null;
  },
};
