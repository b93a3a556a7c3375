import type { ApiCaller } from '../engine/commands';
import { createKinesisApi } from './createKinesisApi';

/**
 * Runs `api/call` commands when replaying a command log.
 * @example replay({ seed: 1 }, commands, callApi)
 */
export const callApi: ApiCaller = (sim, operation, input) => createKinesisApi(sim)(operation, input);
