import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { PlaygroundClient } from '@/components/playground/PlaygroundClient';
import { SimulatorSkeleton } from '@/components/simulator/SimulatorSkeleton';
import { loadScenarios } from '@/lib/content/scenarios';

export const metadata: Metadata = {
  title: 'Playground',
  description:
    'Build a Kinesis pipeline on a canvas and run it: throttling, hot keys, resharding, retention and consumer lag with the real limits.',
};

export default function PlaygroundPage() {
  const scenarios = loadScenarios();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-[100rem] px-4 py-6 focus:outline-none">
      <h1 className="mt-0 mb-2 text-2xl font-bold">Playground</h1>
      <p className="mt-0 mb-3 max-w-3xl text-sm sm:text-base">
        Wire producers, streams and consumers together on the canvas and press Play: every limit is Kinesis&apos;s own.{' '}
        <a href="#scenarios-title" className="text-accent underline">
          All scenarios
        </a>
      </p>
      <Suspense fallback={<SimulatorSkeleton variant="playground" />}>
        <PlaygroundClient scenarios={scenarios} />
      </Suspense>
      <nav aria-labelledby="scenarios-title" className="mt-8">
        <h2 id="scenarios-title" className="text-xl font-semibold">
          Scenarios
        </h2>
        <ul className="grid list-none gap-3 p-0 sm:grid-cols-2 lg:grid-cols-3">
          {Object.entries(scenarios).map(([id, s]) => (
            <li key={id} className="rounded-md border border-border p-3">
              <Link href={`/playground/?scenario=${id}`} className="font-semibold text-accent underline">
                {s.title}
              </Link>
              <p className="m-0 mt-1 text-sm">{s.brief}</p>
              {s.goal && <p className="m-0 mt-1 text-sm text-muted">Goal: {s.goal.description}</p>}
            </li>
          ))}
        </ul>
      </nav>
    </main>
  );
}
