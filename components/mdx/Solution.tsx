'use client';

import { useId, useState, type ReactNode } from 'react';

/**
 * A challenge's answer behind a deliberate reveal: a button (not a hover or a summary one might brush
 * past), announced by its expanded state, and left out of the search index so results don't spoil it.
 */
export function Solution({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="my-3" data-pagefind-ignore="all">
      <button
        type="button"
        aria-expanded={shown}
        aria-controls={id}
        onClick={() => setShown((s) => !s)}
        className="rounded-md border border-accent px-3 py-1.5 font-medium text-accent hover:bg-surface"
      >
        {shown ? 'Hide solution' : 'Reveal solution'}
      </button>
      <div
        id={id}
        hidden={!shown}
        className="callout-body prose mt-3 max-w-none rounded-md border-l-4 border-success bg-tip-bg px-4 py-3"
      >
        {children}
      </div>
    </div>
  );
}
