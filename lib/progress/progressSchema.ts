// zod/mini keeps the validator small; the browser loads it after first paint (see ProgressProvider).
import * as z from 'zod/mini';
import './zodMessages';

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a chapter or section id'));
const timestamp = z.iso.datetime();

export const chapterProgressSchema = z.object({
  /** `##` section ids the reader has scrolled to the end of. */
  sectionsRead: z.array(slug),
  completedAt: z.nullable(timestamp),
  lastVisitedAt: timestamp,
});

/** Version 1 of the reading progress kept in the browser. */
export const progressSchema = z.object({
  chapters: z.record(slug, chapterProgressSchema),
  /** Where the reader was last: "continue where you left off". */
  lastLocation: z.nullable(z.object({ slug, sectionId: z.nullable(slug), at: timestamp })),
  /**
   * Simulator challenges solved, by scenario id: a scenario's goal held for a simulated minute after the
   * learner's own change. Optional so progress saved before challenges existed still reads.
   */
  challenges: z.optional(z.record(slug, z.object({ solvedAt: timestamp }))),
});

export type ChapterProgress = z.infer<typeof chapterProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;
