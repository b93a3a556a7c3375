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

const reviewCardSchema = z.object({
  due: timestamp,
  stability: z.number(),
  difficulty: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  lastReview: z.nullable(timestamp),
});

const tallySchema = z.object({ right: z.int(), total: z.int() });

/** One finished practice set, exam, drill or chapter quiz, for the history and mastery views. */
export const attemptSchema = z.object({
  id: z.string(),
  kind: z.enum(['practice', 'exam', 'drill', 'review', 'quiz']),
  at: timestamp,
  exams: z.array(z.string()),
  right: z.int(),
  total: z.int(),
  byTopic: z.record(z.string(), tallySchema),
  /** Exams only: whether the clock submitted it, and how long it took. */
  timedOut: z.optional(z.boolean()),
  durationMs: z.optional(z.int()),
});

export const examSessionSchema = z.object({
  id: z.string(),
  questionIds: z.array(z.string()),
  answers: z.record(z.string(), z.array(z.int())),
  flagged: z.array(z.string()),
  current: z.int(),
  startedAt: z.number(),
  durationMs: z.number(),
  submittedAt: z.nullable(z.number()),
  timedOut: z.boolean(),
  exams: z.array(z.string()),
});

/** Exam practice: the review schedule, every attempt, and the exam in progress (so it survives a reload). */
export const practiceSchema = z.object({
  reviews: z.record(z.string(), reviewCardSchema),
  attempts: z.array(attemptSchema),
  exam: z.nullable(examSessionSchema),
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
  /** Optional for the same reason: progress saved before exam practice existed. */
  practice: z.optional(practiceSchema),
  /** Hands-on labs by slug: the steps whose checks have passed, and when the last one did. */
  labs: z.optional(z.record(slug, z.object({ stepsDone: z.array(slug), completedAt: z.nullable(timestamp) }))),
});

export type ChapterProgress = z.infer<typeof chapterProgressSchema>;
export type Progress = z.infer<typeof progressSchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type SavedExam = z.infer<typeof examSessionSchema>;
