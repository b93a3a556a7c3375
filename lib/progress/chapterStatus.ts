import type { Progress } from './progressSchema';

export interface ChapterStatus {
  read: number;
  total: number;
  complete: boolean;
  started: boolean;
}

/**
 * How far a reader is through one chapter; sections that no longer exist (a chapter was reorganised)
 * don't count.
 * @example chapterStatus(progress, 'streaming-vs-batch', ['what-is-streaming', 'batch']) // { read: 1, total: 2, … }
 */
export function chapterStatus(progress: Progress, slug: string, sectionIds: readonly string[]): ChapterStatus {
  const entry = progress.chapters[slug];
  const read = entry ? sectionIds.filter((id) => entry.sectionsRead.includes(id)).length : 0;
  return { read, total: sectionIds.length, complete: Boolean(entry?.completedAt), started: Boolean(entry) };
}
