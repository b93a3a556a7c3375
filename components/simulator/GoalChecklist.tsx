'use client';

import { Check, X } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useProgress } from '@/components/progress/useProgress';
import { useProgressStore } from '@/components/progress/useProgressStore';
import { checkGoal } from '@/simulator/scenarios/checkGoal';
import {
  GOAL_HOLD_MS,
  initialGoalProgress,
  learnerChanges,
  observeGoal,
  solvableFrom,
  type GoalProgress,
} from '@/simulator/scenarios/goalTracker';
import { useSimulationHandle } from './SimulationContext';
import { useSimFrame } from './useSimulation';

/**
 * The scenario's goal as a checklist: each constraint says whether it holds, or what fails and by how
 * much. Holding the goal for a simulated minute after one's own change solves the scenario's challenge,
 * which is saved with the reader's progress (chapters show it next to the challenge).
 */
export function GoalChecklist() {
  const { store, scenario, scenarioId, start } = useSimulationHandle();
  useSimFrame();
  const titleId = useId();
  const [tracked, setTracked] = useState<GoalProgress>(initialGoalProgress);
  const solvedBefore = useProgress((s) => s.progress.challenges?.[scenarioId] !== undefined);
  const progressStore = useProgressStore();
  const { sim, log } = store.getState();
  const statuses = scenario.goal ? checkGoal(sim, scenario.goal.constraints) : [];
  const met = statuses.every((s) => s.met);
  // Derived from what the last render saw (React's "adjust state while rendering"): observing the same
  // frame again gives the same progress, so this settles after one extra render.
  const progress = observeGoal(tracked, {
    now: sim.now,
    met,
    changes: learnerChanges(log),
    solvableFrom: solvableFrom(scenario.goal, start),
  });
  if (!sameProgress(progress, tracked)) setTracked(progress);
  const isChallenge = scenario.goal?.challenge !== false;
  const solvedNow = isChallenge && progress.solvedAt !== null;
  useEffect(() => {
    if (solvedNow) progressStore.getState().solveChallenge(scenarioId);
  }, [solvedNow, progressStore, scenarioId]);
  if (!scenario.goal) return null;

  return (
    <section
      aria-labelledby={titleId}
      className={`rounded-md border-2 p-3 ${met ? 'border-tip bg-tip-bg' : 'border-border bg-surface'}`}
    >
      <h3 id={titleId} className="m-0 text-base font-semibold">
        Goal{met ? ': met' : ''}
      </h3>
      <p className="m-0 mb-1 text-sm">{scenario.goal.description}</p>
      <ul className="m-0 list-none space-y-1 p-0 text-sm">
        {statuses.map((s, i) => (
          <li key={i} className="flex gap-2">
            {s.met ? (
              <Check aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-tip" strokeWidth={3} />
            ) : (
              <X aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-pitfall" strokeWidth={3} />
            )}
            <span>
              <span className="sr-only">{s.met ? 'Met: ' : 'Not met: '}</span>
              {s.detail}
            </span>
          </li>
        ))}
      </ul>
      {isChallenge && <p className="m-0 mt-2 text-sm text-muted">{challengeLine(progress, sim.now, solvedBefore)}</p>}
      <p role="status" className="sr-only">
        {solvedNow ? 'Challenge solved and saved to your progress.' : ''}
      </p>
    </section>
  );
}

const sameProgress = (a: GoalProgress, b: GoalProgress) =>
  a.changes === b.changes && a.heldSince === b.heldSince && a.solvedAt === b.solvedAt;

function challengeLine(progress: GoalProgress, now: number, solvedBefore: boolean): string {
  if (progress.solvedAt !== null) return 'Challenge solved: saved to your progress.';
  const earlier = solvedBefore ? ' (You solved this one before.)' : '';
  if (progress.changes === 0)
    return `To solve it: change the setup, then keep the goal met for ${GOAL_HOLD_MS / 1000} simulated seconds.${earlier}`;
  if (progress.heldSince === null) return `Not solved yet: the goal does not hold.${earlier}`;
  const held = Math.floor((now - progress.heldSince) / 1000);
  return `Held for ${held} of ${GOAL_HOLD_MS / 1000} simulated seconds since your last change.${earlier}`;
}
