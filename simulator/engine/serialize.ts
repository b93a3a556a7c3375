import { runTableFromJSON, runTableToJSON, type Run, type RunTable } from './runTable';
import type { SimState } from './types';

const RUNS = '__runs';

function isRunTable(value: unknown): value is RunTable {
  return typeof value === 'object' && value !== null && (value as RunTable).first instanceof Float64Array;
}

/**
 * The whole simulation as JSON: save it, put it in a link, move it to a worker, compare it in a test.
 * Run tables (typed arrays) travel as arrays of runs.
 * @example const copy = deserializeSimulation(serializeSimulation(sim))
 */
export function serializeSimulation(state: SimState): string {
  return JSON.stringify(state, (_key, value: unknown) =>
    isRunTable(value) ? { [RUNS]: runTableToJSON(value) } : value,
  );
}

export function deserializeSimulation(json: string): SimState {
  return JSON.parse(json, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && RUNS in value)
      return runTableFromJSON((value as Record<string, Run[]>)[RUNS]!);
    return value;
  }) as SimState;
}
