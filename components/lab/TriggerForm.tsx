'use client';

import { useId, useState, type FormEvent } from 'react';
import { useSimulationHandle } from '@/components/simulator/SimulationContext';
import { useSimValue } from '@/components/simulator/useSimulation';
import { BATCH_SIZE } from '@/simulator/engine/lambda/lambdaLimits';
import { Button } from '@/components/ui/Button';
import { ActionResult, type ActionMessage } from './ActionResult';
import { dispatchCalls } from './dispatchCall';

/**
 * "Add trigger" as the Lambda console offers it for Kinesis: a stream, batch size, starting position and
 * whether it starts enabled. It runs CreateEventSourceMapping and shows the CLI command that does the same.
 */
export function TriggerForm({ functionName }: { functionName: string }) {
  const { store } = useSimulationHandle();
  const streams = useSimValue((sim) => Object.keys(sim.streams).filter((n) => sim.streams[n]!.status !== 'DELETING'));
  const [stream, setStream] = useState('');
  const [batchSize, setBatchSize] = useState(String(BATCH_SIZE.default));
  const [position, setPosition] = useState<'LATEST' | 'TRIM_HORIZON'>('LATEST');
  const [enabled, setEnabled] = useState(true);
  const [message, setMessage] = useState<ActionMessage | null>(null);
  const id = useId();
  const chosen = stream || streams[0] || '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const sim = store.getState().sim;
    if (!chosen) return setMessage({ ok: false, text: 'There is no stream to read yet: create one first.' });
    const arn = sim.streams[chosen]!.arn;
    const input = {
      FunctionName: functionName,
      EventSourceArn: arn,
      BatchSize: Number(batchSize),
      StartingPosition: position,
      Enabled: enabled,
    };
    const outcome = dispatchCalls(store, [{ type: 'lambda/call', operation: 'CreateEventSourceMapping', input }]);
    const cli = `aws lambda create-event-source-mapping --function-name ${functionName} --event-source-arn ${arn} --batch-size ${batchSize} --starting-position ${position}${enabled ? '' : ' --no-enabled'}`;
    setMessage(
      outcome.ok
        ? { ok: true, text: `Trigger added: ${chosen} → ${functionName}. The mapping is Creating, then Enabled.`, cli }
        : { ok: false, text: `${outcome.error.name}: ${outcome.error.message}` },
    );
  };

  return (
    <form onSubmit={submit} className="space-y-2" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="m-0 text-base font-semibold">
        Add a Kinesis trigger
      </h3>
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="block text-sm">
          <span className="font-semibold">Kinesis stream</span>
          <select
            value={chosen}
            onChange={(e) => setStream(e.target.value)}
            className="mt-1 block min-h-10 w-full rounded-md border border-border bg-bg px-2"
          >
            {streams.length === 0 && <option value="">No streams yet</option>}
            {streams.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          <span className="font-semibold">Batch size</span>
          <input
            type="number"
            min={BATCH_SIZE.min}
            max={BATCH_SIZE.max}
            value={batchSize}
            onChange={(e) => setBatchSize(e.target.value)}
            className="mt-1 block min-h-10 w-full rounded-md border border-border bg-bg px-2"
          />
        </label>
        <label className="block text-sm">
          <span className="font-semibold">Starting position</span>
          <select
            value={position}
            onChange={(e) => setPosition(e.target.value as 'LATEST' | 'TRIM_HORIZON')}
            className="mt-1 block min-h-10 w-full rounded-md border border-border bg-bg px-2"
          >
            <option value="LATEST">LATEST (only new records)</option>
            <option value="TRIM_HORIZON">TRIM_HORIZON (everything retained)</option>
          </select>
        </label>
        <label className="flex items-center gap-2 self-end text-sm">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} className="h-5 w-5" />
          <span className="font-semibold">Activate trigger</span>
        </label>
      </div>
      <Button type="submit" variant="outline">
        Add trigger
      </Button>
      <ActionResult message={message} />
    </form>
  );
}
