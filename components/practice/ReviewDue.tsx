'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { dueToday } from '@/lib/practice/reviewCard';
import { ButtonLink } from '@/components/ui/ButtonLink';

/** How many questions the spaced review has due today, with a way in. */
export function ReviewDue({ compact = false }: { compact?: boolean }) {
  const ready = useProgress((s) => s.ready);
  const reviews = useProgress((s) => s.progress.practice?.reviews);
  const [now] = useState(() => new Date());
  const due = ready ? dueToday(reviews ?? {}, now).length : 0;
  const scheduled = Object.keys(reviews ?? {}).length;
  if (compact)
    return (
      <p className="m-0" aria-busy={!ready}>
        {!ready
          ? 'Spaced review'
          : due > 0
            ? `${due} question${due === 1 ? '' : 's'} due for review today. `
            : 'Nothing due for review today. '}
        {due > 0 && (
          <Link href="/practice/run/?mode=review" className="font-semibold text-accent underline">
            Review now
          </Link>
        )}
      </p>
    );
  return (
    <div className="space-y-2" aria-busy={!ready}>
      <p className="m-0">
        Questions you answer wrong, or mark as unsure, come back on a spaced schedule (FSRS): soon after a miss, then
        further apart each time you get them right. {ready ? `${scheduled} on your schedule; ${due} due today.` : ''}
      </p>
      {due > 0 ? (
        <ButtonLink href="/practice/run/?mode=review" variant="primary">
          Review {due} due question{due === 1 ? '' : 's'}
        </ButtonLink>
      ) : (
        <p className="m-0 text-muted">Nothing is due today.</p>
      )}
    </div>
  );
}
