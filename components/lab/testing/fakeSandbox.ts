import type { InvocationResult } from '@/lib/lab/sandbox/sandboxTypes';
import type { Sandbox } from '../labSandbox';

/**
 * A sandbox that answers from a list of results, one per invocation, and records what it ran.
 * @example const { sandbox, requests } = fakeSandbox([{ status: 'ok', response: null, logs: [], durationMs: 2, initDurationMs: null }])
 */
export function fakeSandbox(results: InvocationResult[]) {
  const requests: { runtime: string; event: unknown; requestId: string }[] = [];
  const sandbox: Sandbox = {
    invoke: (runtime, request) => {
      requests.push({ runtime, event: request.event, requestId: request.context.awsRequestId });
      return Promise.resolve(results[requests.length - 1]!);
    },
    dispose: () => undefined,
  };
  return { sandbox, requests };
}
