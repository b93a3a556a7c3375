'use client';

import Link from 'next/link';
import type { CourseEntry } from '@/lib/content/courseMap';
import { chapterHref } from '@/lib/content/navigation';
import { ProgressMeter } from './ProgressMeter';
import { useChapterStatus } from './useChapterStatus';

function CourseMapItem({ entry }: { entry: CourseEntry }) {
  const status = useChapterStatus(
    entry.slug,
    entry.sections.map((s) => s.id),
  );
  return (
    <li className="flex flex-col rounded-lg border border-border bg-bg p-5 shadow-sm">
      <p className="text-sm font-semibold text-muted">Chapter {entry.order}</p>
      <h3 className="mt-1 text-xl font-bold">
        <Link href={chapterHref(entry.slug)} className="text-fg underline-offset-4 hover:underline">
          {entry.title}
        </Link>
      </h3>
      <p className="mt-2 grow text-fg">{entry.description}</p>
      <p className="mt-3 text-sm text-muted">
        {entry.minutes} min read · {entry.sections.length} sections · {entry.exams.join(', ')}
      </p>
      <div className="mt-3">
        <ProgressMeter status={status} label={`Progress in ${entry.title}`} />
      </div>
    </li>
  );
}

/** Every chapter with the reader's progress in it. */
export function CourseMap({ entries }: { entries: CourseEntry[] }) {
  return (
    <ol className="grid gap-4 md:grid-cols-2">
      {entries.map((entry) => (
        <CourseMapItem key={entry.slug} entry={entry} />
      ))}
    </ol>
  );
}
