import type { SimCommand } from '../engine/commands';

/** How long a goal must hold after the learner's last change before a challenge counts as solved. */
export const GOAL_HOLD_MS = 60_000;

export interface GoalProgress {
  /** Changes the learner made (commands other than the clock's), as last observed. */
  changes: number;
  /** Virtual time since which the goal has held without a break and without a change, or null. */
  heldSince: number | null;
  /** Virtual time at which the goal first counted as solved, or null. */
  solvedAt: number | null;
}

export const initialGoalProgress: GoalProgress = { changes: 0, heldSince: null, solvedAt: null };

/** Commands the learner made: everything but the clock advancing. */
export function learnerChanges(log: readonly SimCommand[]): number {
  return log.reduce((n, command) => (command.type === 'time/advance' ? n : n + 1), 0);
}

/**
 * Folds one observation of a running simulation into a challenge's progress. A goal met at the start
 * proves nothing (nothing has gone wrong yet), so a challenge is solved only when the goal has held for
 * GOAL_HOLD_MS of virtual time after the learner's last change; any change or failure restarts the wait.
 * `solvableFrom` (virtual time) keeps a goal that simply has not failed yet from counting: see the
 * scenario's `goal.solvableAfterSeconds`.
 * @example observeGoal(initialGoalProgress, { now: 90_000, met: true, changes: 1 })
 */
export function observeGoal(
  previous: GoalProgress,
  seen: { now: number; met: boolean; changes: number; solvableFrom?: number },
): GoalProgress {
  if (previous.solvedAt !== null) return previous;
  const changed = seen.changes !== previous.changes;
  const heldSince = !seen.met ? null : changed || previous.heldSince === null ? seen.now : previous.heldSince;
  const solved =
    seen.changes > 0 &&
    heldSince !== null &&
    seen.now - heldSince >= GOAL_HOLD_MS &&
    seen.now >= (seen.solvableFrom ?? -Infinity);
  return { changes: seen.changes, heldSince, solvedAt: solved ? seen.now : null };
}

/**
 * Virtual time from which a scenario's goal may count as solved.
 * @example solvableFrom(scenario.goal, session.start)
 */
export function solvableFrom(goal: { solvableAfterSeconds?: number } | undefined, start: number): number {
  return start + (goal?.solvableAfterSeconds ?? 0) * 1000;
}
