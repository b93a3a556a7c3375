import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueToday, review, type Outcome, type ReviewCard } from './spacedReview';

const at = (iso: string) => new Date(iso);
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('review', () => {
  it('leaves a question answered right the first time out of the schedule', () => {
    expect(review(undefined, 'right', at('2026-11-22T09:00:00Z'))).toBeUndefined();
  });

  it('brings a wrong answer back the same day, and spaces it out as it is answered right', () => {
    const start = '2026-11-22T09:00:00.000Z';
    const wrong = review(undefined, 'wrong', at(start))!;
    expect(days(start, wrong.due)).toBeLessThan(1);
    expect(dueToday({ q: wrong }, at('2026-11-22T09:05:00Z'))).toEqual(['q']);
    let card: ReviewCard = wrong;
    const gaps: number[] = [];
    let now = wrong.due;
    for (let i = 0; i < 4; i++) {
      card = review(card, 'right', at(now))!;
      gaps.push(Math.round(days(now, card.due)));
      now = card.due;
    }
    // Each right answer pushes the next review further out (FSRS defaults: a relearning step, then days).
    expect(gaps.slice(1).every((g, i) => g > gaps[i]!)).toBe(true);
    expect(gaps).toEqual([0, 1, 2, 7]);
  });

  it('schedules an unsure answer sooner than a right one, and a lapse sends a learned question back', () => {
    const now = at('2026-11-22T09:00:00Z');
    const learned = [1, 2, 3].reduce<ReviewCard>(
      (c) => review(c, 'right', new Date(c.due))!,
      review(undefined, 'unsure', now)!,
    );
    const next = new Date(learned.due);
    const right = review(learned, 'right', next)!;
    const unsure = review(learned, 'unsure', next)!;
    const wrong = review(learned, 'wrong', next)!;
    expect(Date.parse(unsure.due)).toBeLessThan(Date.parse(right.due));
    expect(Date.parse(wrong.due)).toBeLessThan(Date.parse(unsure.due));
    expect(wrong.lapses).toBe(learned.lapses + 1);
  });

  it('always schedules the next review after the answer, and is the same every time', () => {
    const outcome = fc.constantFrom<Outcome>('wrong', 'unsure', 'right');
    fc.assert(
      fc.property(fc.array(outcome, { minLength: 1, maxLength: 12 }), (outcomes) => {
        const run = () => {
          let card: ReviewCard | undefined;
          let now = at('2026-11-22T09:00:00Z');
          for (const o of outcomes) {
            card = review(card, o, now);
            if (card) {
              expect(Date.parse(card.due)).toBeGreaterThan(now.getTime());
              now = new Date(card.due);
            }
          }
          return card;
        };
        expect(run()).toEqual(run());
      }),
    );
  });
});

describe('dueToday', () => {
  it('lists what is due by the end of the day, soonest first', () => {
    const card = (due: string) => ({ ...review(undefined, 'wrong', at('2026-11-20T00:00:00Z'))!, due });
    const cards = {
      later: card('2026-11-22T20:00:00'),
      first: card('2026-11-21T10:00:00'),
      tomorrow: card('2026-11-23T08:00:00'),
    };
    expect(dueToday(cards, new Date('2026-11-22T08:00:00'))).toEqual(['first', 'later']);
  });
});
