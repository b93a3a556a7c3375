'use client';

import { Check, ChevronDown, ChevronRight } from 'lucide-react';
import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { useChapterStatus } from '@/components/course/useChapterStatus';
import type { CourseEntry } from '@/lib/content/courseMap';
import { chapterHref } from '@/lib/content/navigation';

function SidebarItem({ entry, current }: { entry: CourseEntry; current: boolean }) {
  const status = useChapterStatus(
    entry.slug,
    entry.sections.map((s) => s.id),
  );
  const state = status.complete ? 'completed' : status.read > 0 ? `${status.read} of ${status.total} read` : null;
  return (
    <li>
      <Link
        href={chapterHref(entry.slug)}
        aria-current={current ? 'page' : undefined}
        className="flex items-baseline gap-2 rounded px-2 py-1.5 text-fg hover:bg-surface aria-[current=page]:bg-surface aria-[current=page]:font-semibold"
      >
        <span className="w-5 shrink-0 text-right text-muted">{entry.order}.</span>
        <span className="grow">{entry.title}</span>
        {status.complete ? (
          <Check aria-hidden="true" className="size-4 shrink-0 self-center text-success" strokeWidth={2.5} />
        ) : null}
        {state ? <span className="sr-only">({state})</span> : null}
      </Link>
    </li>
  );
}

/** The ordered chapter list; on narrow screens it folds behind a "Chapters" button. */
export function ChapterSidebar({ entries, currentSlug }: { entries: CourseEntry[]; currentSlug: string }) {
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label="Chapters" className="text-sm">
      <Button
        icon={open ? ChevronDown : ChevronRight}
        align="start"
        fullWidth
        aria-expanded={open}
        aria-controls="chapter-list"
        onClick={() => setOpen((o) => !o)}
        className="mb-2 font-semibold lg:hidden"
      >
        Chapters
      </Button>
      <h2 className="mb-2 hidden px-2 text-xs font-bold tracking-wider text-muted uppercase lg:block">Chapters</h2>
      <ol id="chapter-list" className={`${open ? 'block' : 'hidden'} space-y-0.5 lg:block`}>
        {entries.map((entry) => (
          <SidebarItem key={entry.slug} entry={entry} current={entry.slug === currentSlug} />
        ))}
      </ol>
    </nav>
  );
}
