import type { ReactNode } from 'react';

/** One exercise inside <Challenges>. */
export function Challenge({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="m-0 rounded-lg border border-border px-5 py-4">
      <h3 className="mt-0 mb-2 text-lg font-semibold text-fg">{title}</h3>
      <div className="callout-body prose max-w-none">{children}</div>
    </li>
  );
}
