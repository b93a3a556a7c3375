'use client';

import { TriangleAlert } from 'lucide-react';
import { formatCount, formatDuration } from '@/simulator/views/format';
import { lossSentence, retentionView, type RetentionView } from '@/simulator/views/retentionTimeline';
import { RetentionBar } from './RetentionBar';
import { RetentionTable } from './RetentionTable';
import { useSimulation, useSimFrame } from './useSimulation';

/** Warn when a consumer's oldest unread record has less than this share of the retention period left. */
const AT_RISK_SHARE = 0.25;

/** Applications not losing data yet whose oldest unread record expires soon, with the time left. */
function atRisk(view: RetentionView): { consumer: string; msUntilLoss: number }[] {
  const soonest = new Map<string, number>();
  for (const shard of view.shards)
    for (const c of shard.consumers)
      if (c.msUntilLoss !== null && c.msUntilLoss < view.retentionMs * AT_RISK_SHARE)
        soonest.set(c.consumer, Math.min(soonest.get(c.consumer) ?? Infinity, c.msUntilLoss));
  return view.apps
    .filter((a) => a.lostRecords === 0 && soonest.has(a.consumer))
    .map((a) => ({ consumer: a.consumer, msUntilLoss: soonest.get(a.consumer)! }));
}

/**
 * Per shard, the records a stream still holds, from the trim horizon (left: about to expire) to the tip
 * (right: now), scaled to the retention period, with every consumer application at its checkpoint.
 * Data loss is stated in words: records that expire before an application reads them are gone (fact 23).
 */
export function RetentionTimeline({ stream }: { stream: string }) {
  // The engine mutates `sim` in place: the frame counter is what tells this view to redraw.
  useSimFrame();
  const sim = useSimulation((s) => s.sim);
  const view = retentionView(sim, stream);
  if (!view) return <p className="text-sm text-muted">The stream {stream} no longer exists, so it retains nothing.</p>;

  const hours = `${(view.retentionMs / 3_600_000).toLocaleString('en-US')} hours`;
  const losing = view.apps.filter((a) => a.lostRecords > 0);
  const risky = atRisk(view);
  return (
    <div className="min-w-0">
      <p className="m-0 text-sm">
        Retention: {hours}. Each bar runs from {hours} ago (left, where records expire) to now (right); the filled part
        is what the shard still holds, and a line marks where each consumer application will read next.
      </p>
      {losing.map((app) => (
        <p
          key={app.consumer}
          className="mt-2 mb-0 rounded-md border-l-4 border-pitfall bg-pitfall-bg px-3 py-2 text-sm font-semibold text-pitfall"
        >
          <TriangleAlert aria-hidden="true" className="mr-1 inline size-4" />
          {lossSentence(app)}.
        </p>
      ))}
      {risky.map((r) => (
        <p key={r.consumer} className="mt-2 mb-0 text-sm text-pitfall">
          {r.consumer} will start losing records in {formatDuration(r.msUntilLoss)} unless it catches up.
        </p>
      ))}
      {/* Announces only when an application starts or stops losing data, not every time the count grows. */}
      <p role="status" className="sr-only">
        {losing.length > 0 ? `Data loss: ${losing.map((a) => a.consumer).join(', ')} lost records to expiry.` : ''}
      </p>
      <ul className="mt-3 mb-0 list-none space-y-3 p-0">
        {view.shards.map((shard) => (
          <li key={shard.shardId} className="min-w-0">
            <p className="m-0 flex flex-wrap justify-between gap-x-3 text-sm">
              <span className="font-mono">
                {shard.shardId}
                {!shard.open && <span className="font-sans text-muted"> (closed)</span>}
              </span>
              <span className="text-muted">
                {formatCount(shard.retainedRecords)} retained · {formatCount(shard.expiredRecords)} expired
              </span>
            </p>
            <RetentionBar shard={shard} />
          </li>
        ))}
      </ul>
      <RetentionTable stream={stream} view={view} />
    </div>
  );
}
