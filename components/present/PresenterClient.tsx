'use client';

import Link from 'next/link';
import type { Demo } from '@/lib/demos/demoSchema';
import { PresenterView } from './PresenterView';
import { useDemoFromAddress } from './useDemoFromAddress';

/** Opens the presenter view for `?demo=…`. */
export function PresenterClient({ demos, scenarioIds }: { demos: Record<string, Demo>; scenarioIds: string[] }) {
  const lookup = useDemoFromAddress(demos, scenarioIds);
  if (lookup.ok === null)
    return (
      <main id="main" className="p-6" role="status">
        Loading the demo…
      </main>
    );
  if (!lookup.ok)
    return (
      <main id="main" className="mx-auto max-w-3xl p-6">
        <h1 className="text-2xl font-bold">This demo cannot be opened</h1>
        <p role="alert">{lookup.error}</p>
        <p>
          <Link href="/present/" className="text-accent underline">
            Choose a demo
          </Link>
        </p>
      </main>
    );
  return <PresenterView key={lookup.id} demoId={lookup.id} demo={lookup.demo} />;
}
