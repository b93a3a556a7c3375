import type { ApiCaller } from '../engine/commands';
import { createKinesisApi } from './createKinesisApi';
import { createFirehoseApi } from './firehose/createFirehoseApi';
import { createLambdaApi } from './lambda/createLambdaApi';
import { createCloudWatchApi } from './cloudwatch/createCloudWatchApi';
import { createLogsApi } from './logs/createLogsApi';

/**
 * Runs `api/call` (Kinesis), `firehose/call` (Firehose) `lambda/call` (Lambda), `logs/call` (CloudWatch Logs) and `cloudwatch/call` (metrics) commands, live and when
 * replaying a command log.
 * @example replay({ seed: 1 }, commands, callApi)
 */
export const callApi: ApiCaller = (sim, operation, input, service) =>
  service === 'firehose'
    ? createFirehoseApi(sim)(operation, input)
    : service === 'lambda'
      ? createLambdaApi(sim)(operation, input)
      : service === 'logs'
        ? createLogsApi(sim)(operation, input)
        : service === 'cloudwatch'
          ? createCloudWatchApi(sim)(operation, input)
          : createKinesisApi(sim)(operation, input);
