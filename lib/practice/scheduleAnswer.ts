import type { ProgressStore } from '@/lib/progress/createProgressStore';
import type { Outcome, ReviewCard } from './reviewCard';

const loadScheduler = () => import('./spacedReview');

/** Starts fetching the scheduler, so an answer given soon after is scheduled at once. */
export function preloadScheduler(): void {
  void loadScheduler().catch(() => undefined);
}

/**
 * Moves a question along the spaced-review schedule after an answer and returns its new place
 * (undefined: not scheduled). The scheduler (FSRS) is fetched on first use, so pages load without it;
 * the promise rejects when it cannot be fetched (offline before it was ever loaded).
 * @example await scheduleAnswer(store, 'thk-hot-key', 'wrong', new Date())
 */
export async function scheduleAnswer(
  store: ProgressStore,
  questionId: string,
  outcome: Outcome,
  now: Date,
): Promise<ReviewCard | undefined> {
  const { review } = await loadScheduler();
  const current = store.getState().progress.practice?.reviews[questionId];
  const next = review(current, outcome, now);
  store.getState().setReview(questionId, next);
  return next;
}
