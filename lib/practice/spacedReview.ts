import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

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

// FSRS (ts-fsrs) with its default parameters; fuzz off so a schedule is the same every time it is computed.
const scheduler = fsrs({ enable_fuzz: false });

const GRADES: Record<Outcome, Grade> = { wrong: Rating.Again, unsure: Rating.Hard, right: Rating.Good };

function toCard(c: ReviewCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.lastReview ? new Date(c.lastReview) : undefined,
  };
}

function fromCard(c: Card): ReviewCard {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? c.last_review.toISOString() : null,
  };
}

/**
 * The schedule after answering a question. A question enters the schedule the first time it is answered
 * wrong or unsure; one answered right that is not scheduled stays out (nothing to review). Scheduled
 * questions move on with every answer, FSRS deciding the next due date.
 * @example review(undefined, 'wrong', new Date()) // due again within minutes
 */
export function review(card: ReviewCard | undefined, outcome: Outcome, now: Date): ReviewCard | undefined {
  if (!card && outcome === 'right') return undefined;
  const current = card ? toCard(card) : createEmptyCard(now);
  return fromCard(scheduler.next(current, now, GRADES[outcome]).card);
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
