'use client';

import { Check } from 'lucide-react';
import { useProgress } from '@/components/progress/useProgress';
import { InlineIcon } from '@/components/ui/InlineIcon';

/** Whether a simulator challenge is solved, from the reader's saved progress. */
export function ChallengeStatus({ scenarioId }: { scenarioId: string }) {
  const ready = useProgress((s) => s.ready);
  const solved = useProgress((s) => s.progress.challenges?.[scenarioId] !== undefined);
  const label = !ready ? (
    'Simulator challenge'
  ) : solved ? (
    <>
      <InlineIcon icon={Check} /> Solved
    </>
  ) : (
    'Not solved yet'
  );
  return (
    <span
      className={`rounded-full border px-2 py-0.5 text-sm font-medium ${
        ready && solved ? 'border-tip bg-tip-bg text-fg' : 'border-border text-muted'
      }`}
    >
      {label}
    </span>
  );
}
