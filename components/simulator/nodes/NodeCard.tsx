import type { ReactNode } from 'react';

interface NodeCardProps {
  kind: string;
  name: string;
  selected: boolean;
  /** Draws attention (a throttling shard, a consumer losing data); always paired with words in children. */
  alert?: boolean;
  dashed?: boolean;
  children: ReactNode;
  className?: string;
}

/**
 * The frame every canvas node shares: a kind label, a name and its lines. Sizes are in px, not rem: the
 * canvas zooms as a whole, and nodes have fixed sizes that larger (projector) type would overflow.
 */
export function NodeCard({ kind, name, selected, alert, dashed, children, className = '' }: NodeCardProps) {
  return (
    <div
      className={`h-full rounded-md border-2 bg-bg px-2.5 py-2 text-[12px] text-fg shadow-sm ${
        alert ? 'border-pitfall' : selected ? 'border-accent' : 'border-border'
      } ${dashed ? 'border-dashed' : ''} ${selected ? 'ring-2 ring-accent ring-offset-1 ring-offset-bg' : ''} ${className}`}
    >
      <p className="m-0 text-[10px] font-semibold tracking-wide text-muted uppercase">{kind}</p>
      <p className="m-0 truncate text-[14px] font-semibold" title={name}>
        {name}
      </p>
      {children}
    </div>
  );
}
