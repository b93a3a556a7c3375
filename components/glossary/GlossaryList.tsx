import Link from 'next/link';
import type { GlossaryEntry } from '@/lib/content/glossaryEntries';

const initial = (term: string) => term[0]!.toUpperCase();

/** The glossary as a definition list grouped by first letter, with a letter index to jump by. */
export function GlossaryList({ entries }: { entries: GlossaryEntry[] }) {
  const letters = [...new Set(entries.map((e) => initial(e.term)))];
  return (
    <>
      <nav aria-label="Glossary letters" className="mt-6">
        <ul className="flex flex-wrap gap-1 p-0">
          {letters.map((letter) => (
            <li key={letter} className="list-none">
              <a
                href={`#letter-${letter.toLowerCase()}`}
                className="inline-block min-w-9 rounded-md border border-border px-2 py-1 text-center font-semibold text-accent"
              >
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter.toLowerCase()}`} className="mt-8">
          <h2
            id={`letter-${letter.toLowerCase()}`}
            className="scroll-mt-20 border-b border-border pb-1 text-2xl font-bold"
          >
            {letter}
          </h2>
          <dl className="mt-3 space-y-5">
            {entries
              .filter((e) => initial(e.term) === letter)
              .map((e) => (
                <div key={e.id} id={e.id} className="scroll-mt-20 rounded-md target:bg-surface target:p-3">
                  <dt className="text-lg font-semibold">{e.term}</dt>
                  <dd className="m-0 mt-1">
                    <p className="m-0">{e.definition}</p>
                    <p className="m-0 mt-1 text-sm">
                      Taught in{' '}
                      <Link href={e.learnMore.href} className="text-accent underline">
                        {e.learnMore.label}
                      </Link>
                      {e.seeAlso.length > 0 && (
                        <>
                          {' · See also '}
                          {e.seeAlso.map((s, i) => (
                            <span key={s.id}>
                              {i > 0 && ', '}
                              <a href={`#${s.id}`} className="text-accent underline">
                                {s.term}
                              </a>
                            </span>
                          ))}
                        </>
                      )}
                    </p>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
    </>
  );
}
