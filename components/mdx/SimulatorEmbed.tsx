import Link from 'next/link';
import { getScenario } from '@/lib/content/scenarios';
import { EmbedSimulator } from '@/components/simulator/EmbedSimulator';
import { ScenarioBrief } from '@/components/simulator/ScenarioBrief';

/**
 * `<Simulator scenario="hot-key" />` in a chapter: the scenario's brief, and the simulator itself,
 * which loads on demand behind a same-size placeholder. An unknown scenario id fails the build,
 * naming the id and the known ones.
 */
export function SimulatorEmbed({ scenario: id, idPrefix = 'sim' }: { scenario: string; idPrefix?: string }) {
  const scenario = getScenario(id);
  const titleId = `${idPrefix}-${id}-title`;
  return (
    <figure className="not-prose my-8 rounded-lg border border-border p-3 sm:p-4" aria-labelledby={titleId}>
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <p id={titleId} className="m-0 text-lg font-semibold">
          <span className="text-muted">Try it: </span>
          {scenario.title}
        </p>
        <Link href={`/playground/?scenario=${id}`} className="text-sm text-accent underline">
          Open in the playground
        </Link>
      </div>
      <div className="mb-3">
        <ScenarioBrief scenario={scenario} />
      </div>
      <EmbedSimulator scenarioId={id} scenario={scenario} />
    </figure>
  );
}
