/** Event source mapping limits and defaults for Kinesis (fact 21), and the simulator's own cadences. */
export const BATCH_SIZE = { min: 1, max: 10_000, default: 100 };
export const BATCHING_WINDOW_SECONDS = { min: 0, max: 300, default: 0 };
export const PARALLELIZATION_FACTOR = { min: 1, max: 10, default: 1 };
export const RETRY_ATTEMPTS = { min: -1, max: 10_000, default: -1 };
export const RECORD_AGE_SECONDS = { min: -1, max: 604_800, default: -1 };

/** Lambda polls each shard about once per second (fact 21); retries wait for the next poll. */
export const LAMBDA_POLL_INTERVAL_MS = 1000;
/** Invocations end on the engine's 50 ms grid, like consumer polls, so big and small advances agree. */
export const LAMBDA_GRID_MS = 50;
/** Simplification: mapping state changes (Creating, Updating, …) take one virtual second. */
export const MAPPING_TRANSITION_MS = 1000;
/** How many on-failure destination messages a mapping keeps for the inspector. */
export const ON_FAILURE_MESSAGES_KEPT = 20;

/**
 * Function settings (AWS Lambda quotas, lambda/latest/dg/gettingstarted-limits.html and
 * configuration-timeout.html): timeout 1–900 s (default 3), memory 128–10,240 MB (default 128).
 */
export const FUNCTION_TIMEOUT_SECONDS = { min: 1, max: 900, default: 3 };
export const FUNCTION_MEMORY_MB = { min: 128, max: 10_240, default: 128 };
/** Simplification: a new function is Pending for one virtual second before it is Active. */
export const FUNCTION_PENDING_MS = 1000;
/** Log events kept per log group (the oldest go first), so a long lab stays small in memory and links. */
export const LOG_EVENTS_KEPT = 2000;
