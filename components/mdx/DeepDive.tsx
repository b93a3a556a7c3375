import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';

/** Optional depth, collapsed by default; native <details> so it works without JavaScript and by keyboard. */
export function DeepDive({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="group my-6 rounded-md border border-deep bg-deep-bg">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-4 py-3 font-semibold text-deep [&::-webkit-details-marker]:hidden">
        <ChevronRight
          aria-hidden="true"
          className="size-5 shrink-0 transition-transform group-open:rotate-90"
          strokeWidth={2.5}
        />
        <span>
          Deep dive: <span className="text-fg">{title}</span>
        </span>
      </summary>
      <div className="callout-body prose max-w-none px-4 pb-4">{children}</div>
    </details>
  );
}
