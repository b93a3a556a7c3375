import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from './glossarySchema';
import { remarkGlossaryLinks } from './remarkGlossaryLinks';

const term = (id: string, match: string[]): GlossaryTerm => ({
  id,
  term: id,
  match,
  definition: 'A definition long enough for the schema.',
  learnMore: '/learn/x/',
  seeAlso: [],
});

const terms = [
  term('shard', ['shard', 'shards']),
  term('partition-key', ['partition key', 'partition keys']),
  term('latest', ['LATEST']),
];

function link(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkGlossaryLinks, terms);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return unified().use(remarkMdx).use(remarkGfm).use(remarkStringify).stringify(tree).trim();
}

describe('remarkGlossaryLinks', () => {
  it('links only the first use of each term in a chapter, keeping the writer’s spelling', () => {
    expect(link('Shards hold records. A shard has a partition key range; more shards, more partition keys.')).toBe(
      '<Term id="shard">Shards</Term> hold records. A shard has a <Term id="partition-key">partition key</Term> range; more shards, more partition keys.',
    );
  });

  it('matches whole words only, and prefers the longer spelling', () => {
    expect(link('Sharding is not a term; partition keys are.')).toBe(
      'Sharding is not a term; <Term id="partition-key">partition keys</Term> are.',
    );
  });

  it('leaves headings, code and links alone, and links the next plain use instead', () => {
    const out = link('## Shards\n\n`shard` and [a shard](/x/) first, then a shard in prose.');
    expect(out).toBe('## Shards\n\n`shard` and [a shard](/x/) first, then a <Term id="shard">shard</Term> in prose.');
  });

  it('counts a hand-written <Term> as the first use', () => {
    expect(link('<Term id="shard">Sharded streams</Term> use a shard per range.')).toBe(
      '<Term id="shard">Sharded streams</Term> use a shard per range.',
    );
  });

  it('links inside callouts and lists', () => {
    expect(link('<Note>\n\n- one shard\n\n</Note>')).toBe('<Note>\n  * one <Term id="shard">shard</Term>\n</Note>');
  });

  it('matches a spelling with capitals exactly', () => {
    expect(link('The latest record, read from LATEST.')).toBe(
      'The latest record, read from <Term id="latest">LATEST</Term>.',
    );
  });
});
