import type { ReactNode } from 'react';

/** The chapter's promise, right after the introduction. */
export function YouWillLearn({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="you-will-learn" className="my-8 rounded-lg bg-surface px-5 py-4">
      <h2 id="you-will-learn" className="mt-0 mb-2 text-lg font-bold text-fg">
        You will learn
      </h2>
      <div className="callout-body prose max-w-none">{children}</div>
    </section>
  );
}
