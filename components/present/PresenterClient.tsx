'use client';

import type { Demo } from '@/lib/demos/demoSchema';
import { DemoUnavailable } from './DemoUnavailable';
import { PresenterView } from './PresenterView';
import { useDemoFromAddress } from './useDemoFromAddress';

/** Opens the presenter view for `?demo=…`. */
export function PresenterClient({ demos, scenarioIds }: { demos: Record<string, Demo>; scenarioIds: string[] }) {
  const lookup = useDemoFromAddress(demos, scenarioIds);
  if (lookup.ok === null) return <DemoUnavailable error={null} />;
  if (!lookup.ok) return <DemoUnavailable error={lookup.error} />;
  return <PresenterView key={lookup.id} demoId={lookup.id} demo={lookup.demo} />;
}
