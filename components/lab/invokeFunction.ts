import type { InvocationResult } from '@/lib/lab/sandbox/sandboxTypes';
import type { FunctionInvocation, InvocationType, LambdaInvoker } from '@/simulator/cli/lambdaInvoke';
import type { SimCommand } from '@/simulator/engine/commands';
import { functionArn } from '@/simulator/engine/lambda/lambdaEvent';
import { invocationLog } from '@/simulator/engine/lambda/functionLogs';
import type { SimState } from '@/simulator/engine/types';
import { invokeRequest, reportOf } from './invocationContext';
import type { Sandbox } from './labSandbox';

/** What invoking needs of the simulation store (the lab's, or a test's). */
export interface InvokeStore {
  getState(): { sim: SimState; dispatch(command: SimCommand): unknown };
}

export type Invoked =
  | { ok: true; result?: InvocationResult; invocation?: FunctionInvocation }
  | { ok: false; name: string; message: string };

/** A request id per invocation; it is recorded in the command log, so randomness here is fine. */
const newRequestId = () => crypto.randomUUID();

/**
 * Invokes a deployed function as Lambda's Invoke does: the function must exist, have code and be Active;
 * the sandbox runs it and the run is recorded (its CloudWatch Logs lines included). `Event` starts the run
 * and returns at once; `DryRun` only checks. Errors carry Lambda's names and wording.
 * @example await invokeFunction(store, sandbox, 'lab-consumer', event)
 */
export async function invokeFunction(
  store: InvokeStore,
  sandbox: Sandbox | null,
  functionName: string,
  event: unknown,
  invocationType: InvocationType = 'RequestResponse',
): Promise<Invoked> {
  const sim = store.getState().sim;
  const fn = sim.lambda?.functions.find((f) => f.config.name === functionName);
  if (!fn)
    return {
      ok: false,
      name: 'ResourceNotFoundException',
      message: `Function not found: ${functionArn(sim.region, sim.account, functionName)}`,
    };
  const code = fn.config.code;
  if (!code)
    return {
      ok: false,
      name: 'InvalidParameterValueException',
      message: `${functionName} has no deployed code in this simulation: it is a modelled function.`,
    };
  if (code.activeAt > sim.now)
    return {
      ok: false,
      name: 'ResourceConflictException',
      message:
        'The operation cannot be performed at this time. The function is currently in the following state: Pending',
    };
  if (!sandbox)
    return { ok: false, name: 'ServiceException', message: 'The code runner is still loading. Try again in a moment.' };
  if (invocationType === 'DryRun') return { ok: true };
  const requestId = newRequestId();
  const running = sandbox
    .invoke(code.runtime, invokeRequest(sim, functionName, code, requestId, event))
    .then((result) => {
      store.getState().dispatch({ type: 'lambda/recordInvocation', functionName, requestId, report: reportOf(result) });
      return result;
    });
  if (invocationType === 'Event') {
    running.catch(() => undefined);
    return { ok: true };
  }
  const result = await running;
  return {
    ok: true,
    result,
    invocation: {
      requestId,
      runtime: code.runtime,
      status: result.status,
      ...(result.status === 'ok' ? { response: result.response } : {}),
      ...(result.error ? { error: result.error } : {}),
      logLines: invocationLog(store.getState().sim, functionName, requestId),
    },
  };
}

/** `aws lambda invoke` in a lab's console: runs the deployed code in the lab's sandbox. */
export function labInvoker(store: InvokeStore, sandbox: () => Sandbox | null): LambdaInvoker {
  return async ({ functionName, event, invocationType }) => {
    const invoked = await invokeFunction(store, sandbox(), functionName, event, invocationType);
    return invoked.ok ? { ok: true, ...(invoked.invocation ? { invocation: invoked.invocation } : {}) } : invoked;
  };
}
