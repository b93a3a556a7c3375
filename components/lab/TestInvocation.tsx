'use client';

import { useId, useState } from 'react';
import { useSimulationHandle } from '@/components/simulator/SimulationContext';
import type { InvocationResult } from '@/lib/lab/sandbox/sandboxTypes';
import { Button } from '@/components/ui/Button';
import { invokeFunction } from './invokeFunction';
import { useLab } from './LabContext';
import { sampleKinesisEvent } from './sampleEvent';

/**
 * The console's Test tab: invokes the deployed function with an editable event and shows the response
 * or error and the function's log output, as the Lambda console's "Execution results" do.
 */
export function TestInvocation({ functionName }: { functionName: string }) {
  const { store } = useSimulationHandle();
  const { sandbox } = useLab();
  const [event, setEvent] = useState(() =>
    JSON.stringify(sampleKinesisEvent(store.getState().sim, functionName), null, 2),
  );
  const [result, setResult] = useState<InvocationResult | null>(null);
  const [error, setError] = useState('');
  const [running, setRunning] = useState(false);
  const id = useId();

  const test = async () => {
    setError('');
    setResult(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(event);
    } catch (e) {
      return setError(`The test event is not valid JSON: ${(e as Error).message}`);
    }
    setRunning(true);
    try {
      const invoked = await invokeFunction(store, sandbox, functionName, parsed);
      if (!invoked.ok)
        setError(
          invoked.name === 'ResourceNotFoundException' || invoked.name === 'InvalidParameterValueException'
            ? `Deploy ${functionName} first: Test runs the deployed code, as on AWS.`
            : invoked.name === 'ServiceException'
              ? invoked.message
              : `${invoked.name}: ${invoked.message}`,
        );
      else if (invoked.result) setResult(invoked.result);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-event`} className="block text-sm font-semibold">
        Test event (JSON)
      </label>
      <textarea
        id={`${id}-event`}
        value={event}
        onChange={(e) => setEvent(e.target.value)}
        rows={8}
        spellCheck={false}
        className="block w-full rounded-md border border-border bg-bg p-2 font-mono text-xs"
      />
      <Button variant="outline" onClick={() => void test()} disabled={running}>
        {running ? 'Running…' : 'Test'}
      </Button>
      <div role="status" aria-live="polite">
        {error && <p className="m-0 text-sm text-pitfall">{error}</p>}
        {result && (
          <div className="space-y-1 text-sm">
            <p className="m-0 font-semibold">
              {result.status === 'ok'
                ? `Succeeded in ${result.durationMs.toFixed(2)} ms`
                : result.status === 'timeout'
                  ? 'Timed out'
                  : `Failed: ${result.error?.errorType}`}
            </p>
            <pre className="m-0 max-h-48 overflow-auto rounded-md bg-code-bg p-2 text-xs whitespace-pre-wrap">
              {result.status === 'ok'
                ? JSON.stringify(result.response ?? null, null, 2)
                : JSON.stringify(
                    {
                      errorType: result.error?.errorType,
                      errorMessage: result.error?.errorMessage,
                      trace: result.error?.stackTrace,
                    },
                    null,
                    2,
                  )}
            </pre>
            {result.logs.length > 0 && (
              <>
                <p className="m-0 font-semibold">Function logs</p>
                <pre className="m-0 max-h-48 overflow-auto rounded-md bg-code-bg p-2 text-xs whitespace-pre-wrap">
                  {result.logs.map((l) => (l.level === 'RAW' ? l.message : `${l.level}\t${l.message}`)).join('\n')}
                </pre>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
