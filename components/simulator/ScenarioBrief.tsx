import type { Scenario } from '@/simulator/scenarios/scenarioSchema';

/** A scenario's brief and its "How faithful is this?" note, as the playground and chapters show them. */
export function ScenarioBrief({ scenario }: { scenario: Scenario }) {
  return (
    <>
      <p className="m-0 mt-1 max-w-3xl text-sm">{scenario.brief}</p>
      <details className="mt-1 text-sm">
        <summary className="cursor-pointer font-semibold">How faithful is this?</summary>
        <p className="m-0 mt-1 max-w-3xl">{scenario.faithfulness}</p>
      </details>
    </>
  );
}
