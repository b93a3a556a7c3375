import type {
  ApiCallRequest,
  ApiCallResult,
  InvocationResult,
  InvokeRequest,
  LabRuntime,
  LogLine,
} from '@/lib/lab/sandbox/sandboxTypes';

/** The page's handle on the Web Workers that run learner code (lib/lab/sandbox/createSandbox). */
export interface Sandbox {
  invoke(runtime: LabRuntime, request: InvokeRequest, onLog?: (line: LogLine) => void): Promise<InvocationResult>;
  dispose(): void;
}

/**
 * Creates the sandbox once the lab page is interactive; its module (and, on first use, each runtime's
 * worker) loads then, not with the page.
 * @example const sandbox = await loadSandbox((call) => answerFromSimulator(call))
 */
export async function loadSandbox(onApiCall: (call: ApiCallRequest) => ApiCallResult): Promise<Sandbox> {
  const { createSandbox } = await import('@/lib/lab/sandbox/createSandbox');
  return createSandbox({ onApiCall });
}
