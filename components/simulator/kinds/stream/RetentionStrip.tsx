/**
 * The shard's retention along its bottom edge: how much of the retention period its records span. Full
 * means records now expire as new ones arrive; the traffic layer shows them leaving at its right end.
 */
export function RetentionStrip({ fill, label }: { fill: number; label: string }) {
  return (
    <span
      role="img"
      aria-label={label}
      className="absolute inset-x-2 bottom-1 h-1.5 overflow-hidden rounded-full bg-surface ring-1 ring-border"
    >
      <span className="absolute inset-y-0 left-0 bg-muted/70" style={{ width: `${Math.min(100, fill * 100)}%` }} />
    </span>
  );
}
