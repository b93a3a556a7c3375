import type { ReactNode } from 'react';

/** A nudge towards a challenge's answer, folded until asked for. */
export function Hint({ children }: { children: ReactNode }) {
  return (
    <details className="my-3 rounded-md bg-surface" data-pagefind-ignore="all">
      <summary className="cursor-pointer rounded-md px-3 py-2 font-medium text-accent">Show a hint</summary>
      <div className="callout-body prose max-w-none px-3 pb-3">{children}</div>
    </details>
  );
}
