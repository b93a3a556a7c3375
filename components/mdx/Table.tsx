import { useId, type ReactNode } from 'react';

/**
 * A captioned table. The caption names the scrollable region, so keyboard users can reach and scroll a
 * wide table on a phone and screen readers announce what it holds.
 */
export function Table({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  return (
    <figure className="not-prose my-6">
      <figcaption id={id} className="mb-2 text-sm font-semibold text-muted">
        {caption}
      </figcaption>
      <div
        role="region"
        aria-labelledby={id}
        tabIndex={0}
        className="table-scroll overflow-x-auto rounded-md border border-border"
      >
        {children}
      </div>
    </figure>
  );
}
