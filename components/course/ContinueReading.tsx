'use client';

import { useProgress } from '@/components/progress/useProgress';
import { ButtonLink } from '@/components/ui/ButtonLink';
import type { CourseEntry } from '@/lib/content/courseMap';
import { chapterHref } from '@/lib/content/navigation';

/** "Continue where you left off": the last section read, or the first chapter for a new reader. */
export function ContinueReading({ entries }: { entries: CourseEntry[] }) {
  const ready = useProgress((s) => s.ready);
  const last = useProgress((s) => s.progress.lastLocation);
  const first = entries[0];
  if (!first) return null;
  const chapter = last ? entries.find((e) => e.slug === last.slug) : undefined;
  const section = chapter?.sections.find((s) => s.id === last?.sectionId);
  const target = chapter ?? first;
  const href = chapter ? chapterHref(chapter.slug, section?.id) : chapterHref(first.slug);
  return (
    <div className="rounded-lg border-2 border-accent bg-surface p-5" aria-busy={!ready}>
      <h2 className="text-lg font-bold">{chapter ? 'Continue where you left off' : 'Start the course'}</h2>
      <p className="mt-1 text-fg">
        {chapter ? (
          <>
            Chapter {chapter.order}: {chapter.title}
            {section ? <> — {section.title}</> : null}
          </>
        ) : (
          <>
            Chapter {first.order}: {first.title}
          </>
        )}
      </p>
      <ButtonLink
        href={href}
        variant="primary"
        aria-label={`${chapter ? 'Continue reading' : 'Start reading'}: ${target.title}`}
        className="mt-3"
      >
        {chapter ? 'Continue reading' : 'Start reading'}
      </ButtonLink>
    </div>
  );
}
