import type { ReactNode } from 'react';
import { Callout } from './Callout';

/** A mistake people really make, and how to avoid it. */
export function Pitfall({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Callout kind="pitfall" label="Pitfall" title={title}>
      {children}
    </Callout>
  );
}
