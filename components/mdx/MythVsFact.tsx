import { Check, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { InlineIcon } from '@/components/ui/InlineIcon';

interface MythVsFactProps {
  /** The outdated or wrong claim, as study material states it. */
  myth: string;
  /** Where the current fact can be checked. */
  source: string;
  href?: string;
  /** The current fact. */
  children: ReactNode;
}

/** An outdated claim set beside the current fact and its source. */
export function MythVsFact({ myth, source, href, children }: MythVsFactProps) {
  return (
    <aside aria-label="Myth versus fact" className="my-6 overflow-hidden rounded-md border border-border">
      <div className="grid gap-0 sm:grid-cols-2">
        <div className="border-b border-border bg-pitfall-bg px-4 py-3 sm:border-r sm:border-b-0">
          <p className="mt-0 mb-1 font-semibold text-pitfall">
            <InlineIcon icon={X} /> Older material says
          </p>
          <p className="my-0 text-fg">
            <s className="decoration-pitfall">{myth}</s>
          </p>
        </div>
        <div className="bg-tip-bg px-4 py-3">
          <p className="mt-0 mb-1 font-semibold text-tip">
            <InlineIcon icon={Check} /> Current fact
          </p>
          <div className="callout-body prose max-w-none">{children}</div>
        </div>
      </div>
      <p className="my-0 border-t border-border bg-surface px-4 py-2 text-sm text-muted">
        Source:{' '}
        {href ? (
          <a className="text-accent underline" href={href} rel="noopener noreferrer">
            {source}
          </a>
        ) : (
          source
        )}
      </p>
    </aside>
  );
}
