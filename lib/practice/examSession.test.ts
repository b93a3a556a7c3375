import { describe, expect, it } from 'vitest';
import { atTime, choose, goTo, startExam, submit, timeLeftMs, toggleFlag, unanswered } from './examSession';
import { isRight, percent, tallyBy, tallyWhere } from './scoring';
import { shuffled } from './shuffle';

const T0 = Date.parse('2026-11-22T09:00:00Z');

describe('exam session', () => {
  const exam = startExam('e1', ['a', 'b', 'c'], 6, 1, T0);

  it('counts down, and an accommodation adds time', () => {
    expect(timeLeftMs(exam, T0 + 60_000)).toBe(300_000);
    expect(startExam('e2', ['a'], 6, 1.5, T0).durationMs).toBe(540_000);
  });

  it('replaces a single answer, toggles a "choose two" one, and flags for review', () => {
    let e = choose(exam, 'a', 2, false);
    e = choose(e, 'a', 1, false);
    e = choose(e, 'b', 3, true);
    e = choose(e, 'b', 0, true);
    e = choose(e, 'b', 3, true);
    e = toggleFlag(toggleFlag(toggleFlag(e, 'c'), 'a'), 'c');
    expect(e.answers).toEqual({ a: [1], b: [0] });
    expect(e.flagged).toEqual(['a']);
    expect(unanswered(e)).toEqual(['c']);
    expect(goTo(e, 9).current).toBe(2);
  });

  it('submits itself when time runs out, even while the tab was closed, and then ignores changes', () => {
    const answered = choose(exam, 'a', 0, false);
    expect(atTime(answered, T0 + 359_999)).toBe(answered);
    const late = atTime(answered, T0 + 3_600_000);
    expect(late).toMatchObject({ submittedAt: T0 + 360_000, timedOut: true, answers: { a: [0] } });
    expect(choose(late, 'b', 1, false)).toBe(late);
    expect(submit(answered, T0 + 10_000)).toMatchObject({ submittedAt: T0 + 10_000, timedOut: false });
  });
});

describe('scoring', () => {
  it('gives credit only for exactly the correct options', () => {
    expect(isRight([1], [1])).toBe(true);
    expect(isRight([0, 3], [3, 0])).toBe(true);
    expect(isRight([0, 3], [0])).toBe(false);
    expect(isRight([0, 3], [0, 1, 3])).toBe(false);
    expect(isRight([2], undefined)).toBe(false);
  });

  it('tallies right answers by group, counting unanswered as wrong', () => {
    const qs = [
      { id: 'a', topic: 'x', correct: [0] },
      { id: 'b', topic: 'x', correct: [1] },
      { id: 'c', topic: 'y', correct: [2] },
    ];
    expect(tallyBy(qs, { a: [0], b: [0] }, (q) => [q.topic])).toEqual({
      x: { right: 1, total: 2 },
      y: { right: 0, total: 1 },
    });
  });
});

describe('tallyWhere and percent', () => {
  it('tally known results by group, and round a score to a whole percentage', () => {
    const items = [
      { topic: 'x', ok: true },
      { topic: 'x', ok: false },
      { topic: 'y', ok: true },
    ];
    expect(
      tallyWhere(
        items,
        (i) => i.ok,
        (i) => [i.topic],
      ),
    ).toEqual({ x: { right: 1, total: 2 }, y: { right: 1, total: 1 } });
    expect([percent(2, 3), percent(0, 0)]).toEqual([67, 0]);
  });
});

describe('shuffled', () => {
  it('is a permutation that depends only on the seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, 5)).toEqual(shuffled(items, 5));
    expect(shuffled(items, 5)).not.toEqual(shuffled(items, 6));
    expect([...shuffled(items, 5)].sort((a, b) => a - b)).toEqual(items);
  });
});
