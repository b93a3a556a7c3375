'use client';

import { useRef, useState } from 'react';
import { useSimulationHandle } from '@/components/simulator/SimulationContext';
import { Button } from '@/components/ui/Button';
import type { LogLine } from '@/lib/lab/sandbox/sandboxTypes';
import { DraftEditor, RuntimePicker } from './CodePanel';
import { PRODUCER_RUN_NOTE } from '@/lib/lab/checks/producerRuns';
import { useLab } from './LabContext';

/** How long a producer run may take (wall time) before the sandbox stops it, like a function's timeout. */
export const PRODUCER_TIMEOUT_MS = 120_000;

/**
 * SDK mode: the editor holds a producer written with `@aws-sdk/client-kinesis`, exported as `handler`.
 * Run invokes it in the sandbox with an empty event; every SDK request is answered by this simulation's
 * Kinesis API, so throttling, partial failures and retries are the real ones.
 */
export function ProducerPanel() {
  const { store } = useSimulationHandle();
  const { sandbox, runtime, built } = useLab();
  const [output, setOutput] = useState<string[]>([]);
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState('');
  const runs = useRef(0);

  const run = async () => {
    if (!sandbox || !built) return setSummary('The code runner is still loading. Try again in a moment.');
    if (!built.ok) return setSummary(`The TypeScript build failed, so nothing ran. ${built.error}`);
    const files = built.files;
    const id = ++runs.current;
    setRunning(true);
    setOutput([]);
    setSummary('');
    // Marks where this run starts in the command log, so the lab's checks judge each run on its own.
    store.getState().dispatch({ type: 'note', text: PRODUCER_RUN_NOTE });
    const sim = store.getState().sim;
    const onLog = (line: LogLine) =>
      setOutput((o) => [
        ...o.slice(-499),
        line.level === 'RAW' || line.level === 'INFO' ? line.message : `${line.level} ${line.message}`,
      ]);
    const result = await sandbox.invoke(
      runtime,
      {
        handler: 'index.handler',
        files,
        event: {},
        context: {
          functionName: 'lab-producer',
          functionVersion: '$LATEST',
          invokedFunctionArn: `arn:aws:lambda:${sim.region}:${sim.account}:function:lab-producer`,
          memoryLimitInMB: 128,
          awsRequestId: crypto.randomUUID(),
          logGroupName: '/aws/lambda/lab-producer',
          logStreamName: '',
          timeoutMs: PRODUCER_TIMEOUT_MS,
        },
      },
      onLog,
    );
    if (id !== runs.current) return;
    setRunning(false);
    setSummary(
      result.status === 'ok'
        ? `Finished in ${(result.durationMs / 1000).toFixed(1)} s${result.response !== null && result.response !== undefined ? `, returning ${JSON.stringify(result.response)}` : ''}.`
        : result.status === 'timeout'
          ? `Stopped after ${PRODUCER_TIMEOUT_MS / 1000} s.`
          : `Failed: ${result.error?.errorType}: ${result.error?.errorMessage}`,
    );
  };

  return (
    <section aria-label="Producer code" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="m-0 text-base font-semibold">Producer (AWS SDK for JavaScript v3)</h3>
        <RuntimePicker />
      </div>
      <DraftEditor label="Producer code" />
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="primary" onClick={() => void run()} disabled={running}>
          {running ? 'Running…' : 'Run producer'}
        </Button>
        <p className="m-0 text-xs text-muted">
          The SDK’s requests go to this simulation, not to AWS; nothing leaves the browser.
        </p>
      </div>
      <p role="status" className="m-0 min-h-5 text-sm">
        {summary}
      </p>
      <div
        role="log"
        aria-label="Producer output"
        tabIndex={0}
        className="max-h-60 overflow-auto rounded-md border border-border bg-code-bg p-2 font-mono text-xs whitespace-pre-wrap"
      >
        {output.length === 0 ? (
          <span className="text-muted">Output appears here when the producer runs.</span>
        ) : (
          output.join('\n')
        )}
      </div>
    </section>
  );
}
