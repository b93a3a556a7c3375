'use client';

import { useSearchParams } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import type { Demo } from '@/lib/demos/demoSchema';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import { beatFromHash } from './beatHash';
import { useDemoFromAddress } from './useDemoFromAddress';
import { AudienceView } from './AudienceView';
import { DemoUnavailable } from './DemoUnavailable';

const noop = () => () => {};

/** Opens the audience view for `?demo=…#beat=N`, projector or (with `mode=self`) self-paced. */
export function AudienceClient({
  demos,
  scenarios,
}: {
  demos: Record<string, Demo>;
  scenarios: Record<string, Scenario>;
}) {
  const lookup = useDemoFromAddress(demos, Object.keys(scenarios));
  const mode = useSearchParams().get('mode') === 'self' ? 'self' : 'projector';
  // The hash only exists in the browser: the view mounts after hydration, with the beat it names.
  const hash = useSyncExternalStore(
    noop,
    () => location.hash,
    () => null,
  );
  if (lookup.ok === null || hash === null) return <DemoUnavailable error={null} />;
  if (!lookup.ok) return <DemoUnavailable error={lookup.error} />;
  return (
    <AudienceView
      key={lookup.id}
      demoId={lookup.id}
      demo={lookup.demo}
      scenarios={scenarios}
      startBeat={beatFromHash(hash)}
      mode={mode}
    />
  );
}
