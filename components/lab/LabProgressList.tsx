import Link from 'next/link';
import { LabStatus } from './LabStatus';

export interface LabProgressEntry {
  slug: string;
  order: number;
  title: string;
  steps: number;
}

/** The labs with how far the learner got in each (steps whose checks passed), for the progress page. */
export function LabProgressList({ labs }: { labs: LabProgressEntry[] }) {
  return (
    <section aria-labelledby="labs-progress">
      <h2 id="labs-progress" className="text-2xl font-bold">
        Hands-on labs
      </h2>
      <ul className="mt-3 space-y-2 p-0">
        {labs.map((lab) => (
          <li
            key={lab.slug}
            className="flex list-none flex-wrap justify-between gap-2 rounded-md border border-border p-3"
          >
            <Link href={`/lab/${lab.slug}/`}>
              Lab {lab.order}: {lab.title}
            </Link>
            <LabStatus slug={lab.slug} steps={lab.steps} />
          </li>
        ))}
      </ul>
    </section>
  );
}
