import { formatPercent } from '@/simulator/views/format';

/**
 * A gauge with its number beside it: the bar is a picture, the text carries the meaning. Over 100% the
 * bar is full and red, and the number says by how much.
 */
export function Meter({ label, value, compact = false }: { label: string; value: number; compact?: boolean }) {
  const over = value > 1;
  return (
    <div className={`flex items-center ${compact ? 'gap-2' : 'mt-0.5 gap-1.5'}`}>
      {!compact && <span className="w-9 shrink-0 text-muted">{label}</span>}
      <span
        className={`relative flex-1 overflow-hidden rounded-full bg-surface ring-1 ring-border ${compact ? 'h-3' : 'h-2'}`}
        role="meter"
        aria-label={`${label} utilization`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, Math.round(value * 100))}
        aria-valuetext={`${formatPercent(value)} of the shard's ${label} limit`}
      >
        <span
          className={`absolute inset-y-0 left-0 ${over ? 'bg-pitfall' : 'bg-accent'}`}
          style={{ width: `${Math.min(100, value * 100)}%` }}
        />
      </span>
      <span
        className={`shrink-0 text-right tabular-nums ${compact ? 'w-24 text-[26px] font-bold' : 'w-11'} ${
          over ? 'font-semibold text-pitfall' : ''
        }`}
      >
        {formatPercent(value)}
      </span>
    </div>
  );
}
