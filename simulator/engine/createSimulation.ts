import { seedPrng } from './prng';
import type { SimState } from './types';

export interface SimulationOptions {
  seed?: number;
  /** Virtual start time, ms since the epoch. */
  now?: number;
  account?: string;
  region?: string;
}

/** 2026-01-01T00:00:00Z: the default start of virtual time, so runs are reproducible. */
export const DEFAULT_START = Date.UTC(2026, 0, 1);

/**
 * A new, empty simulated Kinesis account.
 * @example const sim = createSimulation({ seed: 42 })
 */
export function createSimulation(options: SimulationOptions = {}): SimState {
  return {
    version: 1,
    now: options.now ?? DEFAULT_START,
    prng: seedPrng(options.seed ?? 1),
    account: options.account ?? '000000000000',
    region: options.region ?? 'us-east-1',
    streams: {},
    producers: [],
    consumerApps: [],
    metrics: {},
    events: [],
    eventCount: 0,
  };
}
