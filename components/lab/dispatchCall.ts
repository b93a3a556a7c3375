import type { SimCommand } from '@/simulator/engine/commands';
import type { SimulationStore } from '@/simulator/runtime/createSimulationStore';

export type CallOutcome = { ok: true; output: unknown } | { ok: false; error: { name: string; message: string } };

/**
 * Runs API commands through the simulation store (so they join the command log) and reports the first
 * failure with AWS's error name and message.
 * @example dispatchCalls(store, [{ type: 'lambda/call', operation: 'ListFunctions', input: {} }])
 */
export function dispatchCalls(store: SimulationStore, commands: SimCommand[]): CallOutcome {
  let output: unknown = null;
  for (const command of commands) {
    output = store.getState().dispatch(command);
    const error = store.getState().lastError;
    if (error) return { ok: false, error };
  }
  return { ok: true, output };
}
