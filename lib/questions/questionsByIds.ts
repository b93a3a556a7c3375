// Apart from practiceBank.ts, which reads the bank from disk: this one runs in the browser.
import type { PracticeQuestion } from './practiceBank';

/**
 * The questions with these ids, in that order (ids no longer in the bank are skipped).
 * @example questionsByIds(bank, exam.questionIds)
 */
export function questionsByIds(bank: readonly PracticeQuestion[], ids: readonly string[]): PracticeQuestion[] {
  const byId = new Map(bank.map((q) => [q.id, q]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
