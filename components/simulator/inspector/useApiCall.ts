'use client';

import { useCallback } from 'react';
import { useSimulationHandle } from '../SimulationContext';

/**
 * Runs a Kinesis API call against the simulation (it goes into the command log like every edit) and
 * reports the outcome in words: AWS's error name and message when it fails.
 */
export function useApiCall(onMessage: (m: string) => void) {
  const { store } = useSimulationHandle();
  return useCallback(
    (operation: string, input: Record<string, unknown>, success: string) => {
      store.getState().dispatch({ type: 'api/call', operation, input });
      const error = store.getState().lastError;
      onMessage(error ? `${operation} failed: ${error.name}: ${error.message}` : success);
      return !error;
    },
    [store, onMessage],
  );
}
