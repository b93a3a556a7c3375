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

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * When a scheduled question comes back, in words ("in 6 minutes", "in 3 days"); null when it is not
 * scheduled (answered right and never missed).
 * @example nextReviewText(card, new Date()) // 'Back in your spaced review in 6 minutes.'
 */
export function nextReviewText(card: ReviewCard | undefined, now: Date): string | null {
  if (!card) return null;
  const ms = Math.max(0, Date.parse(card.due) - now.getTime());
  const [unit, size] = UNITS.find(([, size]) => ms >= size) ?? UNITS[UNITS.length - 1]!;
  const when = new Intl.RelativeTimeFormat('en', { numeric: 'always' }).format(
    Math.max(1, Math.round(ms / size)),
    unit,
  );
  return `Back in your spaced review ${when}.`;
}
