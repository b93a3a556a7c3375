import type { Metadata } from 'next';
import { GlossaryList } from '@/components/glossary/GlossaryList';
import { glossaryEntries } from '@/lib/content/glossaryEntries';

export const metadata: Metadata = {
  title: 'Glossary',
  description:
    'Every Kinesis term the Shardlab course uses, defined in a sentence or two, with the chapter that teaches it.',
};

export default function GlossaryPage() {
  const entries = glossaryEntries();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 focus:outline-none">
      <div data-pagefind-body>
        <h1 className="text-3xl font-extrabold tracking-tight">Glossary</h1>
        <p className="mt-3 text-muted">
          {entries.length} terms from the course. Each chapter links a term here the first time it uses it; each entry
          links back to the section that teaches it.
        </p>
        <GlossaryList entries={entries} />
      </div>
    </main>
  );
}
