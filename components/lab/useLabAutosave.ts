'use client';

import { useEffect, useRef } from 'react';
import { sharedOf, type Session } from '@/components/simulator/createSession';
import { saveLab } from '@/lib/lab/labStorage';
import type { LabRuntime } from '@/lib/lab/sandbox/sandboxTypes';
import type { LabFiles } from './LabContext';

/**
 * Saves a lab every few seconds, and when the page is hidden or closed: the simulation as its command
 * log (every invocation's result included), the runtime and the drafts.
 */
export function useLabAutosave(
  slug: string,
  session: Session,
  runtime: LabRuntime,
  drafts: Partial<Record<LabRuntime, LabFiles>>,
): void {
  const latest = useRef({ runtime, drafts });
  useEffect(() => {
    latest.current = { runtime, drafts };
  }, [runtime, drafts]);
  useEffect(() => {
    const save = () =>
      saveLab(slug, {
        version: 1,
        simulation: sharedOf(session),
        runtime: latest.current.runtime,
        drafts: latest.current.drafts,
      });
    const timer = setInterval(save, 3000);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', save);
    return () => {
      save();
      clearInterval(timer);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', save);
    };
  }, [slug, session]);
}
