import { courseMap } from './courseMap';
import { loadGlossary } from './glossary';

/** A glossary term with its "taught in" link resolved to chapter and section titles, for the glossary page. */
export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  learnMore: { href: string; label: string };
  seeAlso: { id: string; term: string }[];
}

/**
 * Every term, alphabetically, ready to render (plain data).
 * @example glossaryEntries().find((e) => e.id === 'shard')?.learnMore.label
 */
export function glossaryEntries(root?: string): GlossaryEntry[] {
  const terms = loadGlossary(root);
  const chapters = courseMap(root);
  const names = new Map(terms.map((t) => [t.id, t.term]));
  return terms.map((t) => {
    const [, slug = '', section] = /^\/learn\/([a-z0-9-]+)\/(?:#(.+))?$/.exec(t.learnMore) ?? [];
    const chapter = chapters.find((c) => c.slug === slug);
    const sectionTitle = chapter?.sections.find((s) => s.id === section)?.title;
    const label = chapter ? (sectionTitle ? `${chapter.title}: ${sectionTitle}` : chapter.title) : t.learnMore;
    return {
      id: t.id,
      term: t.term,
      definition: t.definition,
      learnMore: { href: t.learnMore, label },
      seeAlso: t.seeAlso.map((id) => ({ id, term: names.get(id) ?? id })),
    };
  });
}
