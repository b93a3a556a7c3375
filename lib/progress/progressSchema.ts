import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const timestamp = z.iso.datetime();

export const chapterProgressSchema = z.object({
  /** `##` section ids the reader has scrolled to the end of. */
  sectionsRead: z.array(slug),
  completedAt: timestamp.nullable(),
  lastVisitedAt: timestamp,
});

/** Version 1 of the reading progress kept in the browser. */
export const progressSchema = z.object({
  chapters: z.record(slug, chapterProgressSchema),
  /** Where the reader was last: "continue where you left off". */
  lastLocation: z.object({ slug, sectionId: slug.nullable(), at: timestamp }).nullable(),
});

export type ChapterProgress = z.infer<typeof chapterProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;

export const PROGRESS_VERSION = 1;

export function emptyProgress(): Progress {
  return { chapters: {}, lastLocation: null };
}
