// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { InvocationResult } from '@/lib/lab/sandbox/sandboxTypes';
import { callApi } from '@/simulator/api/callApi';
import { applyCommand, type SimCommand } from '@/simulator/engine/commands';
import { createSimulation } from '@/simulator/engine/createSimulation';
import { eventsSince } from '@/simulator/engine/events';
import {
  applyFirehoseTransformCommand,
  awaitingTransforms,
  type FirehoseTransformCommand,
} from '@/simulator/engine/firehose/codeTransforms';
import type { SimEvent, SimState } from '@/simulator/engine/types';
import {
  createTransformFunction,
  createTransformStream,
  sendReadings,
} from '@/simulator/engine/firehose/testing/transformLab';
import { fakeSandbox } from './testing/fakeSandbox';
import { FIREHOSE_TRANSFORMS, useCodeRunner } from './useCodeRunner';

afterEach(cleanup);

/** A lab with a deployed transform and a Firehose stream holding three records, and a store over it. */
function setup() {
  const sim = createSimulation({ seed: 9 });
  const run = (command: SimCommand) => applyCommand(sim, command, callApi);
  run(
    createTransformFunction({ 'lambda_function.py': 'def lambda_handler(event, context):\n    pass\n' }, 'python3.12'),
  );
  run({ type: 'time/advance', until: sim.now + 1000 });
  run(createTransformStream({ intervalSeconds: 0 }));
  run({ type: 'time/advance', until: sim.now + 2000 });
  run(sendReadings(['{"a":1}', '{"a":2}', '{"a":3}']));
  run({ type: 'time/advance', until: sim.now + 1000 });
  let seen = 0;
  const store = createStore<{
    sim: SimState;
    frame: number;
    recentEvents: SimEvent[];
    dispatch: (command: FirehoseTransformCommand) => unknown;
  }>()((set, get) => ({
    sim,
    frame: 0,
    recentEvents: [],
    dispatch: (command) => {
      applyFirehoseTransformCommand(get().sim, command);
      const recentEvents = eventsSince(get().sim, seen);
      seen = get().sim.eventCount;
      set({ frame: get().frame + 1, recentEvents });
    },
  }));
  return { sim, store };
}

describe('useCodeRunner with Firehose transforms', () => {
  it('runs the waiting transform in the sandbox and reports the result as a command', async () => {
    const { sim, store } = setup();
    const [job] = awaitingTransforms(sim);
    const response = {
      records: job!.event.records.map((r, i) => ({
        recordId: r.recordId,
        result: i === 0 ? 'Dropped' : 'Ok',
        data: r.data,
      })),
    };
    const { sandbox, requests } = fakeSandbox([
      {
        status: 'ok',
        response,
        logs: [{ level: 'RAW', message: 'cleaned 3' }],
        durationMs: 4.256,
        initDurationMs: 310,
      },
    ]);
    renderHook(() => useCodeRunner(store, sandbox, FIREHOSE_TRANSFORMS));
    await waitFor(() => expect(awaitingTransforms(sim)).toEqual([]));
    expect(requests).toEqual([{ runtime: 'python3.12', event: job!.event, requestId: job!.requestId }]);
    expect(sim.firehose!.deliveryStreams['readings-to-s3']!.stats).toMatchObject({
      transformOk: 2,
      transformDropped: 1,
    });
    expect(sim.lambda!.logs!['/aws/lambda/clean-readings']!.map((e) => e.message)).toContain('cleaned 3');
  });

  it('runs each retry Firehose starts after an error, then stops', async () => {
    const { sim, store } = setup();
    const failed: InvocationResult = {
      status: 'error',
      error: { errorType: 'KeyError', errorMessage: "'records'", stackTrace: [] },
      logs: [],
      durationMs: 1,
      initDurationMs: null,
    };
    const { sandbox, requests } = fakeSandbox([failed, failed, failed, failed]);
    renderHook(() => useCodeRunner(store, sandbox, FIREHOSE_TRANSFORMS));
    await waitFor(() => expect(sim.firehose!.deliveryStreams['readings-to-s3']!.stats.transformFailed).toBe(3));
    await act(() => Promise.resolve());
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((r) => r.requestId)).size).toBe(4);
    expect(sim.firehose!.deliveryStreams['readings-to-s3']!.stats.failedInvocations).toBe(4);
  });
});
