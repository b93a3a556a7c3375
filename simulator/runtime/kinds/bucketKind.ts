import type { SimState } from '../../engine/types';
import { nodeId } from '../createCanvasStore';
import { placeNew, remember, run } from '../editorCore';
import { connectBucket } from './firehoseKind';
import type { KindModel, Topology } from './kindModel';
import { CARD_SIZES } from './nodeGeometry';

function read(sim: SimState): Topology {
  return {
    nodes: Object.keys(sim.firehose?.buckets ?? {}).map((name) => ({
      id: nodeId.bucket(name),
      kind: 'bucket',
      name,
      facts: {},
      label: `S3 bucket ${name}`,
    })),
    edges: [],
  };
}

export const bucketKind: KindModel = {
  kind: 'bucket',
  layer: 3,
  read,
  size: () => CARD_SIZES.bucket,
  /** An empty S3 bucket; connect a Firehose stream to it to deliver there. */
  add(editor, at, before) {
    const taken = new Set(Object.keys(editor.sim.getState().sim.firehose?.buckets ?? {}));
    let n = 1;
    while (taken.has(`bucket-${n}`)) n++;
    const name = `bucket-${n}`;
    const id = nodeId.bucket(name);
    const result = run(editor, { type: 's3/createBucket', name });
    if (!result.ok) return { id, ...result };
    placeNew(editor, id, at);
    // A bucket with no objects can go again; this one only leaves the canvas.
    remember(editor, `add ${name}`, [], before);
    return { id, ok: true };
  },
  remove: () => ({
    ok: false,
    error: 'The bucket keeps the objects delivered to it; the simulator does not delete buckets.',
  }),
  connect: (editor, self, other) => (other.kind === 'firehose' ? connectBucket(editor, other.name, self.name) : null),
};
