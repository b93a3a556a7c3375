/**
 * A timed exam as plain data, so it can be saved after every change and picked up after a reload or a
 * closed tab. Time is wall time (ms since the epoch), passed in, never read here.
 */
export interface ExamSession {
  id: string;
  questionIds: string[];
  /** Chosen option indexes per question id. */
  answers: Record<string, number[]>;
  flagged: string[];
  current: number;
  startedAt: number;
  /** Time allowed, including any accommodation. */
  durationMs: number;
  submittedAt: number | null;
  /** Whether the time ran out (submitted by the clock, not the candidate). */
  timedOut: boolean;
  /** The exams the questions were drawn for, for the results by exam domain. */
  exams: string[];
}

/** The optional time accommodation: a factor of the normal time (none, or half as much again). */
export const ACCOMMODATIONS = [1, 1.5] as const;

export function startExam(
  id: string,
  questionIds: string[],
  minutes: number,
  accommodation: number,
  now: number,
  exams: string[] = [],
): ExamSession {
  return {
    id,
    exams,
    questionIds,
    answers: {},
    flagged: [],
    current: 0,
    startedAt: now,
    durationMs: Math.round(minutes * accommodation * 60_000),
    submittedAt: null,
    timedOut: false,
  };
}

export function timeLeftMs(exam: ExamSession, now: number): number {
  return Math.max(0, exam.startedAt + exam.durationMs - now);
}

/**
 * The exam as it stands at `now`: submitted by the clock if its time ran out (also while the tab was
 * closed), otherwise unchanged.
 * @example const current = atTime(saved, Date.now())
 */
export function atTime(exam: ExamSession, now: number): ExamSession {
  if (exam.submittedAt !== null || timeLeftMs(exam, now) > 0) return exam;
  return { ...exam, submittedAt: exam.startedAt + exam.durationMs, timedOut: true };
}

/** Choose an option: replaces the choice for single-answer questions, toggles it for "choose two". */
export function choose(exam: ExamSession, questionId: string, option: number, multiple: boolean): ExamSession {
  if (exam.submittedAt !== null) return exam;
  const before = exam.answers[questionId] ?? [];
  const after = multiple
    ? before.includes(option)
      ? before.filter((o) => o !== option)
      : [...before, option].sort((a, b) => a - b)
    : [option];
  return { ...exam, answers: { ...exam.answers, [questionId]: after } };
}

export function toggleFlag(exam: ExamSession, questionId: string): ExamSession {
  if (exam.submittedAt !== null) return exam;
  const flagged = exam.flagged.includes(questionId)
    ? exam.flagged.filter((f) => f !== questionId)
    : [...exam.flagged, questionId];
  return { ...exam, flagged };
}

export function goTo(exam: ExamSession, index: number): ExamSession {
  return { ...exam, current: Math.max(0, Math.min(exam.questionIds.length - 1, index)) };
}

export function submit(exam: ExamSession, now: number): ExamSession {
  const timed = atTime(exam, now);
  return timed.submittedAt !== null ? timed : { ...timed, submittedAt: now };
}

export function unanswered(exam: ExamSession): string[] {
  return exam.questionIds.filter((id) => !exam.answers[id]?.length);
}
