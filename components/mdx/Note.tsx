import type { ReactNode } from 'react';
import { Callout } from './Callout';

/** A useful aside that is not essential to the main line of the chapter. */
export function Note({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Callout kind="note" label="Note" title={title}>
      {children}
    </Callout>
  );
}
