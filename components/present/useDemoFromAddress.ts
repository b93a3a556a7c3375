'use client';

import { useSearchParams } from 'next/navigation';
import { useSyncExternalStore } from 'react';
import { LOCAL_DEMO_ID, loadLocalDemo } from '@/lib/demos/demoFile';
import type { Demo } from '@/lib/demos/demoSchema';

export type DemoLookup = { ok: true; id: string; demo: Demo } | { ok: false; error: string } | { ok: null };

const noop = () => () => {};

/**
 * The demo named by `?demo=`: one of the site's, or `local` for the one imported or recorded in this
 * browser (read from storage on the client only, hence `ok: null` while the page hydrates).
 * @example const lookup = useDemoFromAddress(demos, Object.keys(scenarios))
 */
export function useDemoFromAddress(demos: Record<string, Demo>, scenarioIds: string[]): DemoLookup {
  const id = useSearchParams().get('demo') ?? '';
  const hydrated = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  if (id !== LOCAL_DEMO_ID) {
    const demo = demos[id];
    return demo
      ? { ok: true, id, demo }
      : { ok: false, error: id ? `There is no demo called “${id}”.` : 'No demo was chosen.' };
  }
  if (!hydrated) return { ok: null };
  const local = loadLocalDemo(window.localStorage, { scenarios: scenarioIds });
  return local.ok ? { ok: true, id, demo: local.demo } : { ok: false, error: local.error };
}
