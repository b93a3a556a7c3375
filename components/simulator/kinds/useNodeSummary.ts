'use client';

import type { SimState } from '@/simulator/engine/types';
import { useSimValue } from '../useSimulation';
import { useNodeForm } from './useNodeForm';
import type { NodeForm } from './nodeForm';

/**
 * A node's numbers for the frame, and the form it draws them in. Running totals that only the full
 * form shows are left out when zoomed out (`fullOnly`, set to 0): a count that grows every frame would
 * otherwise re-render a node that does not show it.
 * @example const { s, form } = useNodeSummary((sim) => producerSummary(sim, name), ['accepted'])
 */
export function useNodeSummary<T extends object>(
  select: (sim: SimState) => T,
  fullOnly: readonly (keyof T)[],
): { s: T; form: NodeForm } {
  const form = useNodeForm();
  const s = useSimValue((sim) => {
    const summary = select(sim);
    if (form === 'full') return summary;
    const lean = { ...summary };
    for (const key of fullOnly) (lean as Record<keyof T, unknown>)[key] = 0;
    return lean;
  });
  return { s, form };
}
