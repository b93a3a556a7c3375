'use client';

import { Check } from 'lucide-react';
import { useProgress } from '@/components/progress/useProgress';
import { Button } from '@/components/ui/Button';
import { InlineIcon } from '@/components/ui/InlineIcon';

/** Lets the reader mark a chapter complete (or not) by hand; reading every section also completes it. */
export function CompleteChapterButton({ slug, title }: { slug: string; title: string }) {
  const ready = useProgress((s) => s.ready);
  const complete = useProgress((s) => Boolean(s.progress.chapters[slug]?.completedAt));
  const setComplete = useProgress((s) => s.setChapterComplete);
  return (
    <div className="my-10 flex flex-wrap items-center gap-3 rounded-lg bg-surface px-5 py-4">
      <p className="grow" role="status">
        {complete ? (
          <strong className="text-success">
            <InlineIcon icon={Check} /> You have completed “{title}”.
          </strong>
        ) : (
          <>Finished reading? Mark the chapter complete to update your course map.</>
        )}
      </p>
      <Button variant="outline" disabled={!ready} aria-pressed={complete} onClick={() => setComplete(slug, !complete)}>
        {complete ? 'Mark as not complete' : 'Mark chapter complete'}
      </Button>
    </div>
  );
}
