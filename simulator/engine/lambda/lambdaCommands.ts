import type { SimState } from '../types';
import {
  createEventSourceMapping,
  deleteEventSourceMapping,
  updateEventSourceMapping,
  type MappingChanges,
} from './eventSourceMappings';
import { completeInvocation, recordTestInvocation } from './codeInvocations';
import type { InvocationReport } from './functionLogs';
import { createFunction, deleteFunction, updateFunction } from './functions';
import type { LambdaFunctionConfig } from './lambdaTypes';
import type { MappingRequest } from './mappingConfig';

/**
 * Lambda's commands, as plain engine commands (not API calls), so a command log replays without the API
 * layer and the playground dispatches them directly. The API layer (api/lambda) maps AWS's
 * CreateEventSourceMapping & co. onto the same functions.
 */
export type LambdaCommand =
  | { type: 'lambda/createFunction'; config: LambdaFunctionConfig }
  | { type: 'lambda/updateFunction'; name: string; changes: Partial<Omit<LambdaFunctionConfig, 'name'>> }
  | { type: 'lambda/deleteFunction'; name: string }
  | { type: 'lambda/createMapping'; config: MappingRequest }
  | { type: 'lambda/updateMapping'; uuid: string; changes: MappingChanges }
  | { type: 'lambda/deleteMapping'; uuid: string }
  /** A lab's sandbox reports how the learner's code handled an invocation the engine started. */
  | { type: 'lambda/completeInvocation'; requestId: string; report: InvocationReport }
  /** A direct invocation from the editor's Test button: logs and counts only. */
  | { type: 'lambda/recordInvocation'; functionName: string; requestId: string; report: InvocationReport };

export function isLambdaCommand(command: { type: string }): command is LambdaCommand {
  // `lambda/call` is an API call (commands.ts), not one of these engine commands.
  return command.type.startsWith('lambda/') && command.type !== 'lambda/call';
}

/**
 * Applies a Lambda command; errors are LambdaErrors with AWS's names and wording.
 * @example applyLambdaCommand(sim, { type: 'lambda/deleteFunction', name: 'enrich' })
 */
export function applyLambdaCommand(state: SimState, command: LambdaCommand): unknown {
  switch (command.type) {
    case 'lambda/createFunction':
      return createFunction(state, command.config);
    case 'lambda/updateFunction':
      return updateFunction(state, command.name, command.changes);
    case 'lambda/deleteFunction':
      return deleteFunction(state, command.name);
    case 'lambda/createMapping':
      return createEventSourceMapping(state, command.config);
    case 'lambda/updateMapping':
      return updateEventSourceMapping(state, command.uuid, command.changes);
    case 'lambda/deleteMapping':
      return deleteEventSourceMapping(state, command.uuid);
    case 'lambda/completeInvocation':
      return completeInvocation(state, command.requestId, command.report);
    case 'lambda/recordInvocation':
      return recordTestInvocation(state, command.functionName, command.requestId, command.report);
  }
}
