import type { SimCommand } from '../engine/commands';

/** The AWS services the simulator's API layer answers. */
export type ApiService = 'kinesis' | 'firehose' | 'lambda' | 'logs' | 'cloudwatch';

const COMMAND_TYPE = {
  kinesis: 'api/call',
  firehose: 'firehose/call',
  lambda: 'lambda/call',
  logs: 'logs/call',
  cloudwatch: 'cloudwatch/call',
} as const;

/**
 * The engine command for an API call of a service, so the call joins the command log and replays.
 * @example store.getState().dispatch(apiCommand('lambda', 'ListFunctions', {}))
 */
export function apiCommand(service: ApiService, operation: string, input: Record<string, unknown>): SimCommand {
  return { type: COMMAND_TYPE[service], operation, input };
}
