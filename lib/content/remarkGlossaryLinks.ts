import type { Parent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { GlossaryTerm } from './glossarySchema';

/** Where a term is never linked: headings, code, existing links, and an explicit <Term>. */
const SKIP = new Set(['heading', 'code', 'inlineCode', 'link', 'linkReference', 'definition']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function termElement(id: string, text: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Term',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }],
    children: [{ type: 'text', value: text }],
  };
}

const isTerm = (node: RootContent) =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Term';

/**
 * Links the first use of every glossary term in a chapter to its glossary entry, by wrapping it in
 * `<Term id>`: writers write plain prose, and every chapter still links each term where a reader first
 * meets it. A term the writer marked with `<Term>` by hand counts as used.
 * @example unified().use(remarkParse).use(remarkMdx).use(remarkGlossaryLinks, loadGlossary())
 */
export function remarkGlossaryLinks(terms: GlossaryTerm[]) {
  // A spelling with capitals (LATEST, KMS, Athena) must match exactly, so the English words "latest" or
  // "athena" are left alone; an all-lowercase spelling also matches at the start of a sentence.
  const byText = new Map<string, { id: string; exact: string | null }>();
  for (const t of terms)
    for (const m of t.match) byText.set(m.toLowerCase(), { id: t.id, exact: m === m.toLowerCase() ? null : m });
  const spellings = [...byText.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${spellings.map(escape).join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');

  return (tree: Root) => {
    const used = new Set<string>();
    const link = (text: Text): RootContent[] | null => {
      const out: RootContent[] = [];
      let last = 0;
      for (const match of text.value.matchAll(pattern)) {
        const { id, exact } = byText.get(match[0].toLowerCase())!;
        if (used.has(id) || (exact !== null && match[0] !== exact)) continue;
        used.add(id);
        if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
        out.push(termElement(id, match[0]));
        last = match.index + match[0].length;
      }
      if (last === 0) return null;
      if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
      return out;
    };
    const walk = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i]!;
        if (isTerm(child)) {
          const id = (child as MdxJsxTextElement).attributes.find((a) => 'name' in a && a.name === 'id')?.value;
          if (typeof id === 'string') used.add(id);
          continue;
        }
        if (SKIP.has(child.type)) continue;
        if (child.type === 'text') {
          const replaced = link(child);
          if (replaced) {
            parent.children.splice(i, 1, ...(replaced as typeof parent.children));
            i += replaced.length - 1;
          }
          continue;
        }
        if ('children' in child) walk(child as Parent);
      }
    };
    walk(tree);
  };
}
