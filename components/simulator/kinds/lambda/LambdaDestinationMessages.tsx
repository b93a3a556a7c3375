'use client';

import type { OnFailureMessage } from '@/simulator/engine/lambda/lambdaTypes';
import { useSimValue } from '../../useSimulation';

/** The on-failure destination's most recent messages (Lambda's invocation records for discarded batches). */
export function LambdaDestinationMessages({ functionName }: { functionName: string }) {
  const total = useSimValue(
    (sim) => sim.lambda?.mappings.find((m) => m.config.functionName === functionName)?.destinationMessageCount ?? 0,
  );
  const recent: OnFailureMessage[] = useSimValue(
    (sim) =>
      sim.lambda?.mappings.find((m) => m.config.functionName === functionName)?.destinationMessages.slice(-5) ?? [],
  );
  return (
    <section aria-label="On-failure destination" className="mt-3">
      <h3 className="m-0 text-sm font-semibold">On-failure destination</h3>
      {total === 0 ? (
        <p className="m-0 text-xs text-muted">No batch has been discarded.</p>
      ) : (
        <>
          <p className="m-0 text-xs text-muted">
            {total} message{total === 1 ? '' : 's'}; the newest {recent.length} below.
          </p>
          <ol className="m-0 list-none p-0">
            {[...recent].reverse().map((m) => (
              <li key={m.requestContext.requestId} className="mt-1 rounded-md border border-border p-1.5 text-xs">
                <p className="m-0">
                  {m.KinesisBatchInfo.shardId}: {m.KinesisBatchInfo.batchSize} record
                  {m.KinesisBatchInfo.batchSize === 1 ? '' : 's'}, {m.requestContext.condition} after{' '}
                  {m.requestContext.approximateInvokeCount} invocation
                  {m.requestContext.approximateInvokeCount === 1 ? '' : 's'}
                </p>
                <details>
                  <summary className="cursor-pointer">
                    Message ({m.payload ? 'S3, with the records' : 'batch info'})
                  </summary>
                  <pre className="m-0 max-h-48 overflow-auto text-[11px] whitespace-pre-wrap">
                    {JSON.stringify(m, null, 2)}
                  </pre>
                </details>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
