'use client';

import { useProgress } from '@/components/progress/useProgress';

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
            <span aria-hidden="true">✓ </span>You have completed “{title}”.
          </strong>
        ) : (
          <>Finished reading? Mark the chapter complete to update your course map.</>
        )}
      </p>
      <button
        type="button"
        disabled={!ready}
        aria-pressed={complete}
        onClick={() => setComplete(slug, !complete)}
        className="rounded-md border-2 border-accent px-4 py-2 font-semibold text-accent hover:bg-bg disabled:opacity-50"
      >
        {complete ? 'Mark as not complete' : 'Mark chapter complete'}
      </button>
    </div>
  );
}
