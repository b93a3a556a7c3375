import type { ProgressStore } from '@/lib/progress/createProgressStore';
import type { Outcome } from './reviewCard';

/**
 * Moves a question along the spaced-review schedule after an answer. The scheduler (FSRS) is fetched on
 * the first answer, so pages load without it.
 * @example await scheduleAnswer(store, 'thk-hot-key', 'wrong', new Date())
 */
export async function scheduleAnswer(
  store: ProgressStore,
  questionId: string,
  outcome: Outcome,
  now: Date,
): Promise<void> {
  const { review } = await import('./spacedReview');
  const current = store.getState().progress.practice?.reviews[questionId];
  store.getState().setReview(questionId, review(current, outcome, now));
}
