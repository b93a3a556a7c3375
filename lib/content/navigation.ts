import type { ChapterMeta } from './chapters';

export interface ChapterNeighbours {
  previous: ChapterMeta | null;
  next: ChapterMeta | null;
}

/**
 * Previous and next chapter in course order.
 * @example neighbours(chapters, 'the-kinesis-family').previous?.slug // 'streaming-vs-batch'
 */
export function neighbours(chapters: ChapterMeta[], slug: string): ChapterNeighbours {
  const index = chapters.findIndex((c) => c.slug === slug);
  if (index < 0) return { previous: null, next: null };
  return { previous: chapters[index - 1] ?? null, next: chapters[index + 1] ?? null };
}

/** The URL of a chapter, or of one of its sections. */
export function chapterHref(slug: string, sectionId?: string): string {
  return sectionId ? `/learn/${slug}/#${sectionId}` : `/learn/${slug}/`;
}
