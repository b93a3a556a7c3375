import { describe, expect, it } from 'vitest';
import { callApi } from '@/simulator/api/callApi';
import { applyCommand, type SimCommand } from '@/simulator/engine/commands';
import { createSimulation } from '@/simulator/engine/createSimulation';
import { awaitingTransforms, completeTransform } from '@/simulator/engine/firehose/codeTransforms';
import type { SimState } from '@/simulator/engine/types';
import {
  createTransformFunction,
  createTransformStream,
  sendReadings,
  TRANSFORM_ARN,
} from '@/simulator/engine/firehose/testing/transformLab';
import { FIREHOSE_CHECKS } from './firehoseChecks';

const ARN = TRANSFORM_ARN;
const P = { firehose: 'readings-to-s3', function: 'clean-readings', bucket: 'lab-readings-archive' };

function check(sim: SimState, name: string, params: Record<string, string | number>) {
  return FIREHOSE_CHECKS[name]!.run({ sim, log: [] }, params);
}

function lab() {
  const sim = createSimulation({ seed: 21 });
  const run = (command: SimCommand) => applyCommand(sim, command, callApi);
  const advance = (ms: number) => run({ type: 'time/advance', until: sim.now + ms });
  const deploy = () =>
    run(createTransformFunction({ 'index.mjs': 'export const handler = async () => ({ records: [] });' }));
  const createFirehose = (lambdaArn = ARN) => run(createTransformStream({ lambdaArn }));
  const send = (texts: string[]) => run(sendReadings(texts));
  /** Answers the waiting transform: Ok for JSON readings, Dropped for heartbeats, ProcessingFailed otherwise. */
  const transform = () => {
    const [job] = awaitingTransforms(sim);
    const records = job!.event.records.map(({ recordId, data }) => {
      const text = atob(data);
      if (text.includes('heartbeat')) return { recordId, result: 'Dropped', data };
      return text.startsWith('{') ? { recordId, result: 'Ok', data } : { recordId, result: 'ProcessingFailed', data };
    });
    completeTransform(sim, job!.requestId, {
      status: 'ok',
      response: { records },
      logs: [],
      durationMs: 2,
      initDurationMs: null,
    });
  };
  return { sim, run, advance, deploy, createFirehose, send, transform };
}

describe('FIREHOSE_CHECKS', () => {
  it('follows lab 3 from an empty account to a cleaned-up one', () => {
    const { sim, run, advance, deploy, createFirehose, send, transform } = lab();
    expect(check(sim, 'firehoseActive', P)).toEqual({
      done: false,
      detail: 'There is no Firehose stream named readings-to-s3 yet.',
    });
    deploy();
    advance(1000);
    createFirehose();
    expect(check(sim, 'firehoseActive', P)).toEqual({
      done: false,
      detail: 'readings-to-s3 is CREATING; it becomes ACTIVE in a few seconds.',
    });
    expect(check(sim, 'transformAttached', P).done).toBe(false);
    advance(2000);
    expect(check(sim, 'firehoseActive', P)).toEqual({
      done: true,
      detail: 'readings-to-s3 is ACTIVE and delivers to s3://lab-readings-archive.',
    });
    expect(check(sim, 'transformAttached', P)).toEqual({
      done: true,
      detail:
        'readings-to-s3 is ACTIVE and transforms every batch with clean-readings (3 retries after a failed invocation).',
    });

    const objects = { bucket: P.bucket, atLeast: '1' };
    expect(check(sim, 'objectsDelivered', objects)).toEqual({
      done: false,
      detail: '0 of at least 1 object(s) delivered so far. Nothing is buffered: send some records.',
    });
    send(['{"sensor":"s-1","celsius":21.4}', '{"type":"heartbeat"}', 'not json', '{"type":"heartbeat"}']);
    expect(check(sim, 'objectsDelivered', objects).detail).toBe(
      '0 of at least 1 object(s) delivered so far. 4 records wait in the buffer for the buffering interval.',
    );
    advance(15_000);
    expect(check(sim, 'objectsDelivered', objects).detail).toBe(
      '0 of at least 1 object(s) delivered so far. 1 batch is with the transform function.',
    );
    expect(check(sim, 'recordsDropped', { firehose: P.firehose, atLeast: '2' })).toEqual({
      done: false,
      detail:
        'The transform has dropped 0 of at least 2 records: return result "Dropped" for heartbeats, deploy, and send them again.',
    });
    transform();
    const result = check(sim, 'objectsDelivered', objects);
    expect(result.done).toBe(true);
    expect(result.detail).toMatch(
      /^1 object in s3:\/\/lab-readings-archive, the newest 2026\/\d\d\/\d\d\/\d\d\/readings-to-s3-1-/,
    );
    expect(check(sim, 'recordsDropped', { firehose: P.firehose, atLeast: '2' })).toEqual({
      done: true,
      detail: 'The transform has dropped 2 records.',
    });
    expect(check(sim, 'processingFailedDelivered', { bucket: P.bucket, atLeast: '2' })).toEqual({
      done: false,
      detail:
        '1 of at least 2 record(s) under processing-failed/ so far: return "ProcessingFailed" for lines that are not JSON, and send one.',
    });
    expect(check(sim, 'processingFailedDelivered', { bucket: P.bucket, atLeast: '1' })).toEqual({
      done: true,
      detail: '1 record under processing-failed/, in 1 object.',
    });

    expect(check(sim, 'firehoseCleanedUp', P)).toEqual({
      done: false,
      detail: 'Still there: the Firehose stream readings-to-s3, the function clean-readings.',
    });
    run({ type: 'firehose/call', operation: 'DeleteDeliveryStream', input: { DeliveryStreamName: 'readings-to-s3' } });
    run({ type: 'lambda/call', operation: 'DeleteFunction', input: { FunctionName: 'clean-readings' } });
    expect(check(sim, 'firehoseCleanedUp', P)).toEqual({
      done: true,
      detail: 'The Firehose stream and the function are deleted; the objects stay in the bucket.',
    });
  });

  it('transformAttached says which function a stream invokes instead', () => {
    const { sim, run, advance, createFirehose } = lab();
    run(createTransformFunction({ 'index.mjs': 'export const handler = async () => ({});' }, 'nodejs22.x', 'other'));
    createFirehose('arn:aws:lambda:us-east-1:000000000000:function:other');
    advance(2000);
    expect(check(sim, 'transformAttached', P)).toEqual({
      done: false,
      detail:
        'readings-to-s3 invokes arn:aws:lambda:us-east-1:000000000000:function:other, not the function clean-readings.',
    });
  });

  it('every check names its parameters', () => {
    expect(Object.fromEntries(Object.entries(FIREHOSE_CHECKS).map(([name, c]) => [name, c.params]))).toEqual({
      firehoseActive: ['firehose'],
      transformAttached: ['firehose', 'function'],
      objectsDelivered: ['bucket', 'atLeast'],
      recordsDropped: ['firehose', 'atLeast'],
      processingFailedDelivered: ['bucket', 'atLeast'],
      firehoseCleanedUp: ['firehose', 'function'],
    });
  });
});
