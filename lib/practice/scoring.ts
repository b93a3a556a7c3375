/** A question as scoring needs it: which options are correct, and what it is about. */
export interface Scorable {
  id: string;
  topic: string;
  correct: number[];
}

/** Right only when exactly the correct options were chosen (no partial credit, as on AWS exams). */
export function isRight(correct: readonly number[], chosen: readonly number[] | undefined): boolean {
  if (!chosen || chosen.length !== correct.length) return false;
  return correct.every((c) => chosen.includes(c));
}

export interface Tally {
  right: number;
  total: number;
}

/**
 * Right answers per group (topic, exam domain …); an unanswered question counts as wrong.
 * @example tallyBy(questions, answers, (q) => [q.topic])
 */
export function tallyBy<Q extends Scorable>(
  questions: readonly Q[],
  answers: Record<string, number[]>,
  groups: (q: Q) => string[],
): Record<string, Tally> {
  return tallyWhere(questions, (q) => isRight(q.correct, answers[q.id]), groups);
}

/**
 * The same, when whether each question went right is already known (a practice set, the drill).
 * @example tallyWhere(questions, (q) => results[q.id] === true, (q) => [q.topic])
 */
export function tallyWhere<Q>(
  questions: readonly Q[],
  right: (q: Q) => boolean,
  groups: (q: Q) => string[],
): Record<string, Tally> {
  const tally: Record<string, Tally> = {};
  for (const q of questions) {
    const ok = right(q);
    for (const g of groups(q)) {
      const t = (tally[g] ??= { right: 0, total: 0 });
      t.total += 1;
      if (ok) t.right += 1;
    }
  }
  return tally;
}

/** A score as a whole percentage (0 for nothing answered). */
export function percent(right: number, total: number): number {
  return Math.round((100 * right) / Math.max(1, total));
}
