import type { Metadata } from 'next';
import Link from 'next/link';
import { LabStatus } from '@/components/lab/LabStatus';
import { loadLabSources } from '@/lib/content/labs';
import { labSteps } from '@/lib/content/labSteps';

export const metadata: Metadata = {
  title: 'Hands-on labs',
  description:
    'Kinesis labs in the browser: the real AWS CLI commands and Lambda code against a simulated account, each step checked. No AWS account, no cost.',
};

export default function LabsPage() {
  const labs = loadLabSources();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none">
      <h1 className="text-3xl font-extrabold tracking-tight">Hands-on labs</h1>
      <p className="mt-3 text-muted">
        Each lab runs the commands and code you would run on AWS, against a simulated account in your browser: an AWS
        CLI console, a Lambda editor for Node.js or Python, CloudWatch Logs, and a check on every step. Nothing is sent
        anywhere, nothing costs money, and your work is kept in this browser.
      </p>
      <ol className="mt-8 space-y-4 p-0">
        {labs.map((lab) => (
          <li key={lab.slug} className="list-none rounded-lg border border-border p-4">
            <h2 className="m-0 text-xl font-bold">
              <Link href={`/lab/${lab.slug}/`}>
                Lab {lab.order}: {lab.title}
              </Link>
            </h2>
            <p className="mt-1 mb-2 text-muted">{lab.description}</p>
            <p className="m-0 text-sm">
              About {lab.minutes} minutes · <LabStatus slug={lab.slug} steps={labSteps(lab.source).length} />
            </p>
          </li>
        ))}
      </ol>
    </main>
  );
}
