import { formatDuration } from '@/simulator/views/format';
import type { ShardRetention } from '@/simulator/views/retentionTimeline';

const percent = (position: number) => `${(position * 100).toFixed(3)}%`;

/**
 * One shard on the retention timeline: the bar spans the retention period up to now; the filled part
 * is the data the shard still holds, and each consumer application is a marker at its checkpoint.
 * Visual only: RetentionTable carries the same numbers as text.
 */
export function RetentionBar({ shard }: { shard: ShardRetention }) {
  const from = shard.oldestPosition;
  const ageingOut = shard.expiredRecords > 0 && from <= 0.001;
  return (
    <div aria-hidden="true" className="min-w-0">
      <div className="relative h-6 overflow-hidden rounded-sm border border-border bg-surface">
        <div
          className="absolute inset-y-0 min-w-1 border-x-2 border-accent bg-accent/25 motion-safe:transition-[left,width]"
          style={{ left: percent(from), width: percent(Math.max(0, shard.tipPosition - from)) }}
        />
        {ageingOut && <div className="absolute inset-y-0 left-0 w-1.5 bg-pitfall" />}
        {shard.consumers.map((c) => (
          <span
            key={c.consumer}
            className="absolute inset-y-0 w-0.5 -translate-x-1/2 bg-fg motion-safe:transition-[left]"
            style={{ left: percent(c.position) }}
          />
        ))}
      </div>
      {shard.consumers.map((c) => (
        <div key={c.consumer} className="relative mt-1 h-5 overflow-hidden">
          <span
            className="absolute top-0 h-5 w-0.5 -translate-x-1/2 bg-fg motion-safe:transition-[left]"
            style={{ left: percent(c.position) }}
          />
          {/* The label sits on the roomier side of its marker, so it never runs past the bar. */}
          <span
            className={`absolute top-0 max-w-1/2 truncate text-xs motion-safe:transition-[left] ${
              c.position < 0.5 ? 'pl-1.5' : '-translate-x-full pr-1.5 text-right'
            }`}
            style={{ left: percent(c.position) }}
          >
            {c.consumer}
            {c.checkpoint === 'SHARD_END'
              ? ' (finished)'
              : c.nextArrival === null
                ? ' (caught up)'
                : ` · ${formatDuration(c.iteratorAgeMs)} behind`}
          </span>
        </div>
      ))}
      <div className="mt-0.5 flex justify-between text-xs text-muted">
        <span className={ageingOut ? 'font-semibold text-pitfall' : undefined}>
          {ageingOut ? '← records expire here' : '−retention'}
        </span>
        <span>{shard.open ? 'now →' : 'closed'}</span>
      </div>
    </div>
  );
}
