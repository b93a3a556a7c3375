'use client';

import Link from 'next/link';
import { ProgressMeter } from '@/components/course/ProgressMeter';
import { useChapterStatus } from '@/components/course/useChapterStatus';
import { DataTable, type Column } from '@/components/ui/DataTable';
import type { CourseEntry } from '@/lib/content/courseMap';
import { chapterHref } from '@/lib/content/navigation';
import { useProgress } from './useProgress';

function ChapterProgress({ entry }: { entry: CourseEntry }) {
  const status = useChapterStatus(
    entry.slug,
    entry.sections.map((s) => s.id),
  );
  return <ProgressMeter status={status} label={`Progress in ${entry.title}`} />;
}

function ChallengeCount({ scenarios }: { scenarios: string[] }) {
  const solved = useProgress((s) => scenarios.filter((id) => s.progress.challenges?.[id] !== undefined).length);
  if (scenarios.length === 0) return <span className="text-muted">none</span>;
  return (
    <span>
      {solved} of {scenarios.length}
      <span className="sr-only"> simulator challenges</span> solved
    </span>
  );
}

const COLUMNS: Column<CourseEntry>[] = [
  {
    key: 'chapter',
    header: 'Chapter',
    cell: (entry) => (
      <Link href={chapterHref(entry.slug)} className="text-accent underline">
        {entry.order}. {entry.title}
      </Link>
    ),
  },
  // "Not started" and "0 of 1 solved" wrap between words only; on a phone the table scrolls instead.
  { key: 'progress', header: 'Progress', cell: (entry) => <ChapterProgress entry={entry} />, className: 'wrap-normal' },
  {
    key: 'challenges',
    header: 'Challenges',
    cell: (entry) => <ChallengeCount scenarios={entry.challengeScenarios} />,
    className: 'wrap-normal',
  },
];

/** Per-chapter progress as a table: sections read, and simulator challenges solved. */
export function ProgressSummary({ entries }: { entries: CourseEntry[] }) {
  return (
    <DataTable
      caption="Your progress by chapter"
      captionHidden
      columns={COLUMNS}
      rows={entries}
      rowKey={(entry) => entry.slug}
      minWidth="min-w-[34rem]"
    />
  );
}
