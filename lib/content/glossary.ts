import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cache } from 'react';
import { glossarySchema, type GlossaryTerm } from './glossarySchema';

export const GLOSSARY_FILE = 'content/glossary.json';

/**
 * The glossary, validated, in alphabetical order; throws naming the entry and field of a bad one.
 * @example loadGlossary().find((t) => t.id === 'shard')?.definition
 */
export const loadGlossary = cache(function loadGlossary(root: string = process.cwd()): GlossaryTerm[] {
  const text = readFileSync(path.join(root, GLOSSARY_FILE), 'utf8');
  const result = glossarySchema.safeParse(JSON.parse(text));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${GLOSSARY_FILE}: at "${issue.path.join('.')}": ${issue.message}`);
  }
  return [...result.data.terms].sort((a, b) => a.term.localeCompare(b.term, 'en'));
});

/** Problems a schema cannot see: duplicate ids or spellings, and see-also links to nowhere. */
export function glossaryProblems(terms: GlossaryTerm[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const spellings = new Map<string, string>();
  for (const t of terms) {
    if (ids.has(t.id)) problems.push(`${GLOSSARY_FILE}: term id "${t.id}" is used twice`);
    ids.add(t.id);
    for (const m of t.match) {
      const key = m.toLowerCase();
      const other = spellings.get(key);
      if (other && other !== t.id) problems.push(`${GLOSSARY_FILE}: "${m}" matches both "${other}" and "${t.id}"`);
      spellings.set(key, t.id);
    }
  }
  for (const t of terms)
    for (const s of t.seeAlso)
      if (!ids.has(s)) problems.push(`${GLOSSARY_FILE}: "${t.id}" sees also "${s}", which is not a term`);
  return problems;
}
