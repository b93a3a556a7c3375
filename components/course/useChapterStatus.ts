'use client';

import { useShallow } from 'zustand/react/shallow';
import { useProgress } from '@/components/progress/useProgress';
import { chapterStatus, type ChapterStatus } from '@/lib/progress/chapterStatus';

/** One chapter's reading status from the progress store. */
export function useChapterStatus(slug: string, sectionIds: readonly string[]): ChapterStatus {
  return useProgress(useShallow((s) => chapterStatus(s.progress, slug, sectionIds)));
}
