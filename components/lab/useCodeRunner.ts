'use client';

import { useEffect } from 'react';
import type { SimCommand } from '@/simulator/engine/commands';
import { awaitingTransforms } from '@/simulator/engine/firehose/codeTransforms';
import { awaitingInvocations } from '@/simulator/engine/lambda/codeInvocations';
import type { InvocationReport } from '@/simulator/engine/lambda/functionLogs';
import type { FunctionCode } from '@/simulator/engine/lambda/lambdaTypes';
import type { SimEvent, SimState } from '@/simulator/engine/types';
import { invokeRequest, reportOf } from './invocationContext';
import type { Sandbox } from './labSandbox';

interface RunnerState {
  sim: SimState;
  frame: number;
  recentEvents: SimEvent[];
  dispatch(command: SimCommand): unknown;
}

/** What a runner needs of the simulation store (the lab's SimulationStore, or a test's). */
export interface RunnerStore {
  getState(): RunnerState;
  subscribe(listener: (state: RunnerState, previous: RunnerState) => void): () => void;
}

/** An invocation the engine started and waits on: which function, with which event. */
interface CodeJob {
  functionName: string;
  requestId: string;
  code: FunctionCode;
  event: unknown;
}

/** Where the engine starts invocations of learner code, and the command that ends one. */
export interface CodeInvocations {
  /** The event the engine emits when it starts one (the runner looks for new work then). */
  startedEvent: string;
  waiting: (sim: SimState) => CodeJob[];
  complete: (requestId: string, report: InvocationReport) => SimCommand;
}

/** Lambda's event source mappings invoking a function with a batch of Kinesis records. */
export const MAPPING_INVOCATIONS: CodeInvocations = {
  startedEvent: 'lambda/invoked',
  waiting: awaitingInvocations,
  complete: (requestId, report) => ({ type: 'lambda/completeInvocation', requestId, report }),
};

/** Firehose invoking its transform function with a buffer's records. */
export const FIREHOSE_TRANSFORMS: CodeInvocations = {
  startedEvent: 'firehose/transformInvoked',
  waiting: awaitingTransforms,
  complete: (requestId, report) => ({ type: 'firehose/completeTransform', requestId, report }),
};

/**
 * Runs the invocations the engine starts for functions with code: each goes to the sandbox (a Web
 * Worker), and its result comes back as a command, so the command log replays the run exactly.
 * Invocations still waiting after a reload are run again, as AWS would retry them.
 * @example useCodeRunner(store, sandbox, MAPPING_INVOCATIONS)
 */
export function useCodeRunner(store: RunnerStore, sandbox: Sandbox | null, kind: CodeInvocations): void {
  useEffect(() => {
    if (!sandbox) return;
    const started = new Set<string>();
    let disposed = false;
    const stillWaiting = (requestId: string) =>
      kind.waiting(store.getState().sim).some((j) => j.requestId === requestId);
    const runWaiting = () => {
      const sim = store.getState().sim;
      for (const job of kind.waiting(sim)) {
        if (started.has(job.requestId)) continue;
        started.add(job.requestId);
        const request = invokeRequest(sim, job.functionName, job.code, job.requestId, job.event);
        void sandbox.invoke(job.code.runtime, request).then((result) => {
          // What started it (a mapping, a Firehose stream) may be gone: then nothing waits for this result.
          if (disposed || !stillWaiting(job.requestId)) return;
          store.getState().dispatch(kind.complete(job.requestId, reportOf(result)));
        });
      }
    };
    runWaiting();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.frame !== previous.frame && state.recentEvents.some((e) => e.type === kind.startedEvent)) runWaiting();
    });
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [store, sandbox, kind]);
}
