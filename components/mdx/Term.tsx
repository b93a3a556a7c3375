import Link from 'next/link';
import type { ReactNode } from 'react';
import { loadGlossary } from '@/lib/content/glossary';

/**
 * A glossary term at its first use in a chapter (added automatically, or written `<Term id="shard">`):
 * a link to its glossary entry, with the definition as the link's description for screen readers.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = loadGlossary().find((t) => t.id === id);
  if (!entry) throw new Error(`<Term id="${id}">: no such term in content/glossary.json`);
  return (
    <Link href={`/glossary/#${id}`} className="glossary-term" title={entry.definition}>
      {children}
    </Link>
  );
}
