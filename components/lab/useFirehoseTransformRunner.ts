'use client';

import { useEffect } from 'react';
import { awaitingTransforms, type FirehoseTransformCommand } from '@/simulator/engine/firehose/codeTransforms';
import type { SimEvent, SimState } from '@/simulator/engine/types';
import { invokeRequest, reportOf } from './invocationContext';
import type { Sandbox } from './labSandbox';

interface RunnerState {
  sim: SimState;
  frame: number;
  recentEvents: SimEvent[];
  dispatch(command: FirehoseTransformCommand): unknown;
}

/**
 * What the runner needs of the simulation store: the lab's SimulationStore, whose `dispatch` takes every
 * SimCommand, `firehose/completeTransform` included.
 */
export interface TransformRunnerStore {
  getState(): RunnerState;
  subscribe(listener: (state: RunnerState, previous: RunnerState) => void): () => void;
}

const isWaiting = (sim: SimState, requestId: string) => awaitingTransforms(sim).some((j) => j.requestId === requestId);

/**
 * Runs the transform invocations Firehose starts for a Lambda function with code: each goes to the
 * sandbox with Firehose's event, and its result comes back as a `firehose/completeTransform` command, so
 * the command log replays the run exactly. Invocations still waiting after a reload are run again.
 * @example useFirehoseTransformRunner(store, sandbox)
 */
export function useFirehoseTransformRunner(store: TransformRunnerStore, sandbox: Sandbox | null): void {
  useEffect(() => {
    if (!sandbox) return;
    const started = new Set<string>();
    let disposed = false;
    const runWaiting = () => {
      const sim = store.getState().sim;
      for (const job of awaitingTransforms(sim)) {
        if (started.has(job.requestId)) continue;
        started.add(job.requestId);
        const request = invokeRequest(sim, job.functionName, job.code, job.requestId, job.event);
        void sandbox.invoke(job.code.runtime, request).then((result) => {
          // The Firehose stream may have been deleted meanwhile: then nothing waits for this result.
          if (disposed || !isWaiting(store.getState().sim, job.requestId)) return;
          store
            .getState()
            .dispatch({ type: 'firehose/completeTransform', requestId: job.requestId, report: reportOf(result) });
        });
      }
    };
    runWaiting();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.frame !== previous.frame && state.recentEvents.some((e) => e.type === 'firehose/transformInvoked'))
        runWaiting();
    });
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [store, sandbox]);
}
