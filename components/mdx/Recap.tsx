import type { ReactNode } from 'react';

/** What to remember, at the end of the chapter. */
export function Recap({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="recap" className="my-10 rounded-lg border-2 border-accent px-5 py-4">
      <h2 id="recap" className="mt-0 mb-2 text-lg font-bold text-fg">
        Recap
      </h2>
      <div className="callout-body prose max-w-none">{children}</div>
    </section>
  );
}
