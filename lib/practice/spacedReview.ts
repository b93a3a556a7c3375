import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Outcome, ReviewCard } from './reviewCard';

export type { Outcome, ReviewCard } from './reviewCard';
export { dueToday } from './reviewCard';

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
