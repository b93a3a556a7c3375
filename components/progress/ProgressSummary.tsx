'use client';

import Link from 'next/link';
import { ProgressMeter } from '@/components/course/ProgressMeter';
import { useChapterStatus } from '@/components/course/useChapterStatus';
import type { CourseEntry } from '@/lib/content/courseMap';
import { chapterHref } from '@/lib/content/navigation';
import { useProgress } from './useProgress';

function SummaryRow({ entry }: { entry: CourseEntry }) {
  const status = useChapterStatus(
    entry.slug,
    entry.sections.map((s) => s.id),
  );
  return (
    <tr className="border-t border-border">
      <th scope="row" className="py-2 pr-4 text-left font-normal">
        <Link href={chapterHref(entry.slug)} className="text-accent underline">
          {entry.order}. {entry.title}
        </Link>
      </th>
      <td className="py-2">
        <ProgressMeter status={status} label={`Progress in ${entry.title}`} />
      </td>
      <td className="py-2 pl-3 text-sm">
        <ChallengeCount scenarios={entry.challengeScenarios} />
      </td>
    </tr>
  );
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

/** Per-chapter progress as a table: sections read, and simulator challenges solved. */
export function ProgressSummary({ entries }: { entries: CourseEntry[] }) {
  return (
    <table className="w-full">
      <caption className="sr-only">Your progress by chapter</caption>
      <thead>
        <tr>
          <th scope="col" className="pb-2 text-left">
            Chapter
          </th>
          <th scope="col" className="pb-2 text-left">
            Progress
          </th>
          <th scope="col" className="pb-2 pl-3 text-left">
            Challenges
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <SummaryRow key={entry.slug} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}
