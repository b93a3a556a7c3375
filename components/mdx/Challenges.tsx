import type { ReactNode } from 'react';

/** End-of-chapter exercises: a list of <Challenge>s, each with optional <Hint>s and one <Solution>. */
export function Challenges({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="challenges" className="my-10">
      <h2 id="challenges" className="mt-0 mb-4 text-2xl font-bold text-fg">
        Try it yourself
      </h2>
      <ol className="list-none space-y-6 pl-0">{children}</ol>
    </section>
  );
}
