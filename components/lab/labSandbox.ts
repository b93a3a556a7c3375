import type { Sandbox } from '@/lib/lab/sandbox/createSandbox';
import type { ApiCallRequest, ApiCallResult } from '@/lib/lab/sandbox/sandboxTypes';

export type { Sandbox };

/**
 * Creates the sandbox once the lab page is interactive; its module (and, on first use, each runtime's
 * worker) loads then, not with the page.
 * @example const sandbox = await loadSandbox((call) => answerFromSimulator(call))
 */
export async function loadSandbox(onApiCall: (call: ApiCallRequest) => ApiCallResult): Promise<Sandbox> {
  const { createSandbox } = await import('@/lib/lab/sandbox/createSandbox');
  return createSandbox({ onApiCall });
}
