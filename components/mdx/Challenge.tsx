import { Children, isValidElement, type ReactNode } from 'react';
import { ChallengeStatus } from './ChallengeStatus';
import { Hint } from './Hint';
import { SimulatorEmbed } from './SimulatorEmbed';
import { Solution } from './Solution';

/**
 * One exercise inside <Challenges>. With `scenario`, it is a simulator challenge: the scenario runs right
 * under the task, and the challenge is solved (and remembered) when the reader's change makes the
 * scenario's goal hold; hints and the solution come after the simulator, as in any challenge.
 */
export function Challenge({ title, scenario, children }: { title: string; scenario?: string; children: ReactNode }) {
  const parts = Children.toArray(children);
  const isHelp = (node: ReactNode) => isValidElement(node) && (node.type === Hint || node.type === Solution);
  return (
    <li className="m-0 rounded-lg border border-border px-5 py-4">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="m-0 text-lg font-semibold text-fg">{title}</h3>
        {scenario && <ChallengeStatus scenarioId={scenario} />}
      </div>
      <div className="callout-body prose max-w-none">{parts.filter((p) => !isHelp(p))}</div>
      {scenario && <SimulatorEmbed scenario={scenario} idPrefix="challenge" />}
      <div className="callout-body prose max-w-none">{parts.filter(isHelp)}</div>
    </li>
  );
}
