import { ArrowLeft, ArrowRight } from 'lucide-react';
import Link from 'next/link';
import { InlineIcon } from '@/components/ui/InlineIcon';
import type { ChapterNeighbours } from '@/lib/content/navigation';
import { chapterHref } from '@/lib/content/navigation';

/** Previous / next chapter links at the foot of a chapter. */
export function ChapterPager({ previous, next }: ChapterNeighbours) {
  return (
    <nav aria-label="Previous and next chapter" className="mt-10 grid gap-3 border-t border-border pt-6 sm:grid-cols-2">
      {previous ? (
        <Link
          href={chapterHref(previous.slug)}
          rel="prev"
          className="rounded-lg border border-border p-4 hover:border-accent"
        >
          <span className="block text-sm text-muted">
            <InlineIcon icon={ArrowLeft} /> Previous
          </span>
          <span className="font-semibold text-fg">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={chapterHref(next.slug)}
          rel="next"
          className="rounded-lg border border-border p-4 text-right hover:border-accent"
        >
          <span className="block text-sm text-muted">
            Next <InlineIcon icon={ArrowRight} />
          </span>
          <span className="font-semibold text-fg">{next.title}</span>
        </Link>
      ) : (
        <Link href="/#course" className="rounded-lg border border-border p-4 text-right hover:border-accent">
          <span className="block text-sm text-muted">End of the course so far</span>
          <span className="font-semibold text-fg">Back to the course map</span>
        </Link>
      )}
    </nav>
  );
}
