import type { ApiCaller } from '../engine/commands';
import { createKinesisApi } from './createKinesisApi';
import { createFirehoseApi } from './firehose/createFirehoseApi';

/**
 * Runs `api/call` (Kinesis) and `firehose/call` (Firehose) commands when replaying a command log.
 * @example replay({ seed: 1 }, commands, callApi)
 */
export const callApi: ApiCaller = (sim, operation, input, service) =>
  service === 'firehose' ? createFirehoseApi(sim)(operation, input) : createKinesisApi(sim)(operation, input);
