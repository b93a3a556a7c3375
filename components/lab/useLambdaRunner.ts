'use client';

import { useEffect } from 'react';
import { awaitingInvocations } from '@/simulator/engine/lambda/codeInvocations';
import type { SimulationStore } from '@/simulator/runtime/createSimulationStore';
import type { Sandbox } from './labSandbox';
import { invokeRequest, reportOf } from './invocationContext';

/**
 * Runs the invocations the simulated Lambda starts for functions with code: each goes to the sandbox (a
 * Web Worker), and its result comes back as a `lambda/completeInvocation` command, so the command log
 * replays the run exactly. Invocations still waiting after a reload are run again, as Lambda would retry.
 */
export function useLambdaRunner(store: SimulationStore, sandbox: Sandbox | null): void {
  useEffect(() => {
    if (!sandbox) return;
    const started = new Set<string>();
    let disposed = false;
    const runWaiting = () => {
      const sim = store.getState().sim;
      for (const job of awaitingInvocations(sim)) {
        if (started.has(job.requestId)) continue;
        started.add(job.requestId);
        const request = invokeRequest(sim, job.functionName, job.code, job.requestId, job.event);
        void sandbox.invoke(job.code.runtime, request).then((result) => {
          if (disposed) return;
          // The mapping may have been deleted meanwhile: then nothing waits for this result any more.
          if (!awaitingInvocations(store.getState().sim).some((j) => j.requestId === job.requestId)) return;
          store
            .getState()
            .dispatch({ type: 'lambda/completeInvocation', requestId: job.requestId, report: reportOf(result) });
        });
      }
    };
    runWaiting();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.frame !== previous.frame && state.recentEvents.some((e) => e.type === 'lambda/invoked')) runWaiting();
    });
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [store, sandbox]);
}
