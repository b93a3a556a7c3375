import { newSession, sharedSession, type Session } from '@/components/simulator/createSession';
import { loadLab } from '@/lib/lab/labStorage';
import type { LabRuntime } from '@/lib/lab/sandbox/sandboxTypes';
import type { Scenario } from '@/simulator/scenarios/scenarioSchema';
import type { LabFiles } from './LabContext';

/** What a lab opens with: its simulation, the runtime and drafts, and a note when the save was unusable. */
export interface Opened {
  session: Session;
  runtime: LabRuntime;
  drafts: Partial<Record<LabRuntime, LabFiles>>;
  notice: string;
}

export interface LabToOpen {
  slug: string;
  runtimes: LabRuntime[];
  starters: Partial<Record<LabRuntime, LabFiles>>;
  scenarioId: string;
  scenario: Scenario;
}

/**
 * Opens a lab where the learner left it (its command log replayed), or at the start when nothing is saved
 * or the save cannot be replayed (then it says so).
 * @example openLab({ slug, runtimes, starters, scenarioId, scenario }).session
 */
export function openLab(lab: LabToOpen): Opened {
  const fresh = (notice = ''): Opened => ({
    session: newSession(lab.scenarioId, lab.scenario),
    runtime: lab.runtimes[0]!,
    drafts: lab.starters,
    notice,
  });
  const saved = loadLab(lab.slug);
  if (!saved) return fresh();
  const restored = sharedSession(saved.simulation, { [lab.scenarioId]: lab.scenario });
  if (!restored.ok)
    return fresh(`Your saved work on this lab could not be replayed (${restored.error}); it starts afresh.`);
  const runtime = lab.runtimes.includes(saved.runtime) ? saved.runtime : lab.runtimes[0]!;
  return { session: restored.session, runtime, drafts: { ...lab.starters, ...saved.drafts }, notice: '' };
}
