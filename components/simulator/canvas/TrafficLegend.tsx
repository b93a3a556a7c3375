'use client';

import { formatCount } from '@/simulator/views/format';
import { usePrefersReducedMotion } from '../usePrefersReducedMotion';

/**
 * What the traffic layer's dots mean, under the canvas (never over the graph). Dots show a rate, so the
 * key holds at every speed the simulation runs at.
 */
export function TrafficLegend({ perDot }: { perDot: number | null }) {
  const reduced = usePrefersReducedMotion();
  if (perDot === null) return null;
  return (
    <p className="m-0 flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-border px-2 py-1.5 text-sm text-fg">
      <span className="font-semibold">
        {reduced
          ? `Traffic: a wire's width grows with its rate (${formatCount(perDot)} records/s for the first step)`
          : `Traffic: 1 dot a second = ${formatCount(perDot)} records/s`}
      </span>
      <Key colour="bg-accent">written</Key>
      <Key colour="bg-pitfall">{reduced ? 'throttled' : 'throttled, back to the producer'}</Key>
      <Key colour="bg-tip">read</Key>
      <Key colour="bg-muted">expired</Key>
      <Key colour="bg-deep">waiting to be read</Key>
    </p>
  );
}

function Key({ colour, children }: { colour: string; children: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${colour}`} />
      {children}
    </span>
  );
}
