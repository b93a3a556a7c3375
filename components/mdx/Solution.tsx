'use client';

import { useId, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';

/**
 * A challenge's answer behind a deliberate reveal: a button (not a hover or a summary one might brush
 * past), announced by its expanded state, and left out of the search index so results don't spoil it.
 */
export function Solution({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <div className="my-3" data-pagefind-ignore="all">
      <Button variant="outline" aria-expanded={shown} aria-controls={id} onClick={() => setShown((s) => !s)}>
        {shown ? 'Hide solution' : 'Reveal solution'}
      </Button>
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
