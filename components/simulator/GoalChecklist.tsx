'use client';

import { checkGoal } from '@/simulator/scenarios/checkGoal';
import { useSimulationHandle } from './SimulationContext';
import { useThrottledFrame } from './useSimulation';

/** The scenario's goal as a checklist: each constraint says whether it holds, or what fails and by how much. */
export function GoalChecklist() {
  const { store, scenario } = useSimulationHandle();
  useThrottledFrame();
  if (!scenario.goal) return null;
  const statuses = checkGoal(store.getState().sim, scenario.goal.constraints);
  const met = statuses.every((s) => s.met);
  return (
    <section
      aria-labelledby="goal-title"
      className={`rounded-md border-2 p-3 ${met ? 'border-tip bg-tip-bg' : 'border-border bg-surface'}`}
    >
      <h3 id="goal-title" className="m-0 text-base font-semibold">
        Goal{met ? ': met' : ''}
      </h3>
      <p className="m-0 mb-1 text-sm">{scenario.goal.description}</p>
      <ul className="m-0 list-none space-y-1 p-0 text-sm">
        {statuses.map((s, i) => (
          <li key={i} className="flex gap-2">
            <span aria-hidden="true" className={s.met ? 'text-tip' : 'text-pitfall'}>
              {s.met ? '✔' : '✘'}
            </span>
            <span>
              <span className="sr-only">{s.met ? 'Met: ' : 'Not met: '}</span>
              {s.detail}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
