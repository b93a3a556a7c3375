import { describe, expect, it } from 'vitest';
import { dueToday, nextReviewText, type ReviewCard } from './reviewCard';

const card = (due: string): ReviewCard => ({
  due,
  stability: 1,
  difficulty: 5,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 1,
  lastReview: null,
});

describe('nextReviewText', () => {
  const now = new Date('2026-11-22T10:00:00Z');
  it('says when a scheduled question comes back, in the largest whole unit', () => {
    expect(nextReviewText(card('2026-11-22T10:06:00Z'), now)).toBe('Back in your spaced review in 6 minutes.');
    expect(nextReviewText(card('2026-11-22T10:00:20Z'), now)).toBe('Back in your spaced review in 1 minute.');
    expect(nextReviewText(card('2026-11-22T13:10:00Z'), now)).toBe('Back in your spaced review in 3 hours.');
    expect(nextReviewText(card('2026-11-25T10:00:00Z'), now)).toBe('Back in your spaced review in 3 days.');
  });
  it('says nothing for a question that is not scheduled', () => {
    expect(nextReviewText(undefined, now)).toBeNull();
  });
});

describe('dueToday', () => {
  it('lists questions due by the end of the day, soonest first', () => {
    const now = new Date(2026, 10, 22, 9, 0);
    const cards = {
      later: card(new Date(2026, 10, 22, 23, 0).toISOString()),
      soon: card(new Date(2026, 10, 22, 9, 10).toISOString()),
      tomorrow: card(new Date(2026, 10, 23, 0, 1).toISOString()),
    };
    expect(dueToday(cards, now)).toEqual(['soon', 'later']);
  });
});
