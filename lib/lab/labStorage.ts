import type { SharedSimulation } from '@/simulator/runtime/shareLink';
import type { LabRuntime } from './sandbox/sandboxTypes';

/** What a lab keeps between visits: the simulation (as a replayable log), the editor drafts and the runtime. */
export interface SavedLab {
  version: 1;
  simulation: SharedSimulation;
  runtime: LabRuntime;
  drafts: Partial<Record<LabRuntime, Record<string, string>>>;
}

const key = (slug: string) => `shardlab.lab.${slug}.v1`;
export const historyKey = (slug: string) => `shardlab.lab.${slug}.history.v1`;

/**
 * The saved state of a lab, or null when there is none or it cannot be read (then the lab starts afresh;
 * a damaged save must not stop the page).
 * @example loadLab('first-stream-and-lambda')?.runtime
 */
export function loadLab(slug: string): SavedLab | null {
  try {
    const raw = localStorage.getItem(key(slug));
    if (!raw) return null;
    const saved = JSON.parse(raw) as Partial<SavedLab>;
    if (saved.version !== 1 || !saved.simulation || !saved.drafts || typeof saved.runtime !== 'string') return null;
    return saved as SavedLab;
  } catch {
    return null;
  }
}

export function saveLab(slug: string, saved: SavedLab): boolean {
  try {
    localStorage.setItem(key(slug), JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a lab's simulation, drafts and console history ("revert to start"). */
export function clearLab(slug: string): void {
  try {
    localStorage.removeItem(key(slug));
    localStorage.removeItem(historyKey(slug));
  } catch {
    // Nothing saved, or storage is off: there is nothing to clear.
  }
}
