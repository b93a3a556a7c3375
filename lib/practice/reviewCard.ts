// The review schedule's data and what is due, without the scheduler: pages that only count due questions
// (the home page) stay free of the FSRS library, which loads when a question is answered.

/** How a question went: wrong, right but unsure (a guess or a slow answer), or right. */
export type Outcome = 'wrong' | 'unsure' | 'right';

/** A question's place in the review schedule, as plain JSON (dates as ISO strings). */
export interface ReviewCard {
  due: string;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: string | null;
}

/** Question ids due by the end of `now`'s day (local time), soonest first. */
export function dueToday(cards: Record<string, ReviewCard>, now: Date): string[] {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  return Object.entries(cards)
    .filter(([, c]) => Date.parse(c.due) <= endOfDay.getTime())
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([id]) => id);
}
