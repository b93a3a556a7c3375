import { logGroupName } from '@/simulator/engine/lambda/functionLogs';
import { functionArn } from '@/simulator/engine/lambda/lambdaEvent';
import type { FunctionCode } from '@/simulator/engine/lambda/lambdaTypes';
import type { SimState } from '@/simulator/engine/types';
import type { InvocationResult, InvokeRequest } from '@/lib/lab/sandbox/sandboxTypes';
import type { InvocationReport } from '@/simulator/engine/lambda/functionLogs';

/** The sandbox request for one invocation of a deployed function: its package, event and context. */
export function invokeRequest(
  sim: SimState,
  name: string,
  code: FunctionCode,
  requestId: string,
  event: unknown,
): InvokeRequest {
  return {
    handler: code.handler,
    files: code.files,
    event,
    context: {
      functionName: name,
      functionVersion: '$LATEST',
      invokedFunctionArn: functionArn(sim.region, sim.account, name),
      memoryLimitInMB: code.memorySizeMb,
      awsRequestId: requestId,
      logGroupName: logGroupName(name),
      logStreamName: sim.lambda?.functions.find((f) => f.config.name === name)?.logStream ?? '',
      timeoutMs: code.timeoutSeconds * 1000,
    },
  };
}

/** A sandbox result as the engine records it (plain data: it goes into the command log). */
export function reportOf(result: InvocationResult): InvocationReport {
  return {
    status: result.status,
    ...(result.status === 'ok' ? { response: result.response ?? null } : {}),
    ...(result.error ? { error: result.error } : {}),
    logs: result.logs,
    durationMs: Math.round(result.durationMs * 100) / 100,
    initDurationMs: result.initDurationMs === null ? null : Math.round(result.initDurationMs * 100) / 100,
  };
}
