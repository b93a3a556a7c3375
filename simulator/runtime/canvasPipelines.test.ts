import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import { startScenario } from '../scenarios/loadScenario';
import { loadScenarioFile } from '../scenarios/testing/loadScenarioFile';
import { addNode, connect, deleteNode, undo } from './canvasActions';
import type { Editor } from './editorCore';
import { createCanvasStore } from './createCanvasStore';
import { createSimulationStore } from './createSimulationStore';

function editor(): Editor {
  return {
    sim: createSimulationStore(startScenario(loadScenarioFile('hot-key')), callApi),
    canvas: createCanvasStore(),
  };
}
const sim = (e: Editor) => e.sim.getState().sim;
const at = { x: 0, y: 0 };

describe('Lambda, Firehose and S3 on the canvas', () => {
  it('adds a Lambda function, maps a stream to it by connecting, and undoes both', () => {
    const e = editor();
    expect(addNode(e, 'lambda', at)).toEqual({ id: 'lambda:function-1', ok: true });
    expect(connect(e, 'stream:game-events', 'lambda:function-1')).toEqual({ ok: true });
    expect(sim(e).lambda!.mappings.map((m) => [m.config.functionName, m.config.stream, m.config.batchSize])).toEqual([
      ['function-1', 'game-events', 100],
    ]);
    expect(undo(e)).toBe('connect function-1');
    // DeleteEventSourceMapping: the mapping is Deleting for a second, then gone.
    expect(sim(e).lambda!.mappings.map((m) => m.state)).toEqual(['Deleting']);
    e.sim.getState().step();
    expect(sim(e).lambda!.mappings).toEqual([]);
    expect(undo(e)).toBe('add function-1');
    expect(sim(e).lambda!.functions).toEqual([]);
  });

  it('reads the selected stream with a new Firehose stream, refuses to re-source it, and moves it to another bucket', () => {
    const e = editor();
    e.canvas.setState({ selected: 'shard:game-events:shardId-000000000001' });
    expect(addNode(e, 'firehose', at)).toEqual({ id: 'firehose:firehose-1', ok: true });
    const firehose = () => sim(e).firehose!.deliveryStreams['firehose-1']!;
    expect(firehose().config.source).toEqual({ kind: 'KinesisStream', stream: 'game-events' });
    expect(firehose().config.bucket).toBe('archive-1');
    expect(connect(e, 'stream:game-events', 'firehose:firehose-1')).toEqual({
      ok: false,
      error:
        'A Firehose stream’s source is chosen when it is created, as on AWS: select the data stream, then add a Firehose stream.',
    });
    expect(addNode(e, 'bucket', at)).toEqual({ id: 'bucket:bucket-1', ok: true });
    e.sim.getState().step();
    e.sim.getState().step();
    expect(connect(e, 'firehose:firehose-1', 'bucket:bucket-1')).toEqual({ ok: true });
    expect(firehose().config.bucket).toBe('bucket-1');
    expect(undo(e)).toBe('connect firehose-1');
    expect(firehose().config.bucket).toBe('archive-1');
    expect(deleteNode(e, 'bucket:bucket-1')).toEqual({
      ok: false,
      error: 'The bucket keeps the objects delivered to it; the simulator does not delete buckets.',
    });
  });

  it('refuses a bucket name S3 would refuse', () => {
    const e = editor();
    e.sim.getState().dispatch({ type: 's3/createBucket', name: 'Bad_Name' });
    expect(e.sim.getState().lastError).toEqual({
      name: 'InvalidArgumentException',
      message: 'Bucket name Bad_Name is not valid: use 3–63 lowercase letters, digits, dots and hyphens.',
    });
  });
});
