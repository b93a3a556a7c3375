'use client';

import { Check } from 'lucide-react';
import { useEffect, useId, type ReactNode } from 'react';
import { InlineIcon } from '@/components/ui/InlineIcon';
import { runCheck } from '@/lib/lab/labChecks';
import { useLab, useOptionalLab } from './LabContext';
import { useFrameValue } from '@/components/simulator/useSimulation';

export interface LabStepProps {
  /** A stable id: progress records it, and `#id` links to the step. */
  id: string;
  title: string;
  /** The machine check (lib/lab/labChecks.ts) that says whether the step is done. */
  check: string;
  children: ReactNode;
  /** The check's parameters, as plain attributes: `stream="lab-stream" atLeast="3"`. */
  [param: string]: unknown;
}

/**
 * One step of a lab: instructions, and a live check against the simulation that says what is done or
 * still missing. The result is announced when the step turns done.
 */
export function LabStep(props: LabStepProps) {
  return useOptionalLab() ? (
    <LiveStep {...props} />
  ) : (
    <StepFrame {...props} done={false} detail="The check runs once the lab tools have loaded." />
  );
}

function LiveStep({ id, title, check, children, ...rest }: LabStepProps) {
  const params = Object.fromEntries(
    Object.entries(rest).filter(
      (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
    ),
  );
  const key = JSON.stringify(params);
  const result = useFrameValue((s) => runCheck(check, JSON.parse(key), { sim: s.sim, log: s.log }));
  const { onStepDone } = useLab();
  useEffect(() => {
    if (result.done) onStepDone(id);
  }, [result.done, id, onStepDone]);
  return (
    <StepFrame id={id} title={title} check={check} done={result.done} detail={result.detail}>
      {children}
    </StepFrame>
  );
}

function StepFrame({ id, title, children, done, detail }: LabStepProps & { done: boolean; detail: string }) {
  const headingId = useId();
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={`lab-step my-6 scroll-mt-20 rounded-lg border-2 p-4 ${done ? 'border-success' : 'border-border'}`}
    >
      <h2 id={headingId} className="mt-0 flex flex-wrap items-baseline gap-2 text-xl">
        <span>{title}</span>
      </h2>
      <div className="prose max-w-none">{children}</div>
      <div
        role="status"
        className={`mt-3 rounded-md px-3 py-2 text-sm ${done ? 'bg-tip-bg' : 'bg-surface'}`}
        data-step-status={done ? 'done' : 'pending'}
      >
        <span className="font-semibold">
          {done ? (
            <>
              <InlineIcon icon={Check} className="text-success" /> Done:{' '}
            </>
          ) : (
            'Check: not yet. '
          )}
        </span>
        {detail}
      </div>
    </section>
  );
}
