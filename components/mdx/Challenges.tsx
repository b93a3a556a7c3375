import type { ReactNode } from 'react';

/** End-of-chapter exercises: a list of <Challenge>s, each with optional <Hint>s and one <Solution>. */
export function Challenges({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="challenges" className="not-prose my-10">
      <h2 id="challenges" className="mb-4 text-2xl font-bold text-fg">
        Try it yourself
      </h2>
      <ol className="space-y-6">{children}</ol>
    </section>
  );
}
