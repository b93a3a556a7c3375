import { formatPercent } from '@/simulator/views/format';

/** A gauge with its number beside it: the bar is a picture, the text carries the meaning. */
export function UtilizationBar({ label, value }: { label: string; value: number }) {
  const over = value > 1;
  return (
    <div className="mt-0.5 flex items-center gap-1">
      <span className="w-7 text-muted">{label}</span>
      <span
        className="relative h-1.5 flex-1 overflow-hidden rounded bg-surface"
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
      <span className={`w-10 text-right tabular-nums ${over ? 'font-semibold text-pitfall' : ''}`}>
        {formatPercent(value)}
      </span>
    </div>
  );
}
