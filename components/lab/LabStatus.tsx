'use client';

import { Check } from 'lucide-react';
import { useProgress } from '@/components/progress/useProgress';
import { InlineIcon } from '@/components/ui/InlineIcon';

/** "3 of 6 steps done" for a lab, from the learner's saved progress. */
export function LabStatus({ slug, steps }: { slug: string; steps: number }) {
  const lab = useProgress((s) => s.progress.labs?.[slug]);
  if (!lab) return <span>{steps} steps, not started</span>;
  if (lab.completedAt)
    return (
      <span className="font-semibold text-success">
        <InlineIcon icon={Check} /> Completed
      </span>
    );
  return (
    <span>
      {lab.stepsDone.length} of {steps} steps done
    </span>
  );
}
