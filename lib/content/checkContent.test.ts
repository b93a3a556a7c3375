import { describe, expect, it } from 'vitest';
import type { ChapterSource } from './chapters';
import { checkChapters, checkGlossaryLinks, type ContentContext } from './checkContent';

function chapter(slug: string, body: string): ChapterSource {
  return {
    slug,
    file: `content/chapters/${slug}.mdx`,
    source: `---\ntitle: x\n---\n${body}`,
    title: slug,
    description: 'd'.repeat(30),
    order: 1,
    minutes: 5,
    objectives: ['Explain things clearly.'],
    exams: ['CLF-C02'],
    lastReviewed: '2026-11-22',
  };
}

const PARTS =
  '\n<YouWillLearn>\n\n- a\n\n</YouWillLearn>\n\n<Simulator scenario="hot-key" />\n\n<Recap>\n\n- a\n\n</Recap>\n\n<Challenges>\n<Challenge title="t">\n\nDo it.\n\n</Challenge>\n</Challenges>\n';
const context: ContentContext = {
  tags: ['Note', 'YouWillLearn', 'Simulator', 'Recap', 'Challenges', 'Challenge', 'Term'],
  scenarios: { 'hot-key': { challenge: true }, 'shared-reads': { challenge: false } },
  terms: ['shard'],
  questionTopics: {},
};

describe('checkChapters', () => {
  const other = chapter('other', `## Target {/*target*/}\n${PARTS}`);

  it('passes valid links and registered tags', () => {
    const c = chapter(
      'main',
      `## A {/*a*/}\n\n[x](/learn/other/#target) [y](#a) [z](/progress/) [aws](https://docs.aws.amazon.com/)\n\n<Note>\n\nok\n\n</Note>\n${PARTS}`,
    );
    expect(checkChapters([c, other], context)).toEqual([]);
  });

  it('reports unknown tags and every kind of broken link with file and line', () => {
    const c = chapter(
      'main',
      `## A {/*a*/}\n\n[1](/learn/nope/) [2](/learn/other/#missing) [3](#gone) [4](/learn/other) [5](http://example.com) [6](other.html)\n\n<Simulatr />\n${PARTS}`,
    );
    const problems = checkChapters([c, other], context);
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '8: <Simulatr> is not in the MDX registry (components/mdx/MDXComponents.tsx)',
      '6: link "/learn/nope/" points to a chapter that does not exist',
      '6: link "/learn/other/#missing" points to a section id that does not exist in other',
      '6: link "#gone" points to a section id that does not exist in main',
      '6: link "/learn/other" points to no page (chapter links look like /learn/<slug>/#<id>, with the trailing slash)',
      '6: link "http://example.com" must use https',
      '6: link "other.html" must be absolute (start with /) or a #fragment',
    ]);
    expect(problems.every((p) => p.file === 'content/chapters/main.mdx')).toBe(true);
  });

  it('requires the fixed parts and a simulator, and checks the scenarios and terms a chapter names', () => {
    const c = chapter(
      'main',
      '## A {/*a*/}\n\n<Simulator scenario="nope" /> <Term id="shard">shards</Term> <Term id="hash">h</Term>\n\n<Recap>\n\n- a\n\n</Recap>\n\n<Recap>\n\n- b\n\n</Recap>\n\n<Challenges>\n<Challenge title="x" scenario="shared-reads">\n\nGo.\n\n</Challenge>\n<Challenge title="y" scenario="missing">\n\nGo.\n\n</Challenge>\n</Challenges>\n',
    );
    expect(checkChapters([c], context).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '6: <Simulator scenario="nope">: no such scenario. Known: hot-key, shared-reads',
      '6: <Term id="hash">: no such term in content/glossary.json',
      '21: <Challenge scenario="shared-reads">: that scenario has no goal to solve (none, or a health check marked "challenge": false)',
      '26: <Challenge scenario="missing">: no such scenario. Known: hot-key, shared-reads',
      '1: a chapter has exactly one <YouWillLearn>; this one has 0',
      '1: a chapter has exactly one <Recap>; this one has 2',
    ]);
    const bare = chapter('bare', '## A {/*a*/}\n\nText.\n');
    expect(checkChapters([bare], context).map((p) => p.message)).toContain(
      'a chapter embeds at least one simulator scenario (<Simulator scenario="…" />); this one has none',
    );
  });

  it('follows each glossary term’s "taught in" link', () => {
    expect(
      checkGlossaryLinks(
        [
          { id: 'shard', learnMore: '/learn/other/#target' },
          { id: 'lease', learnMore: '/learn/other/#nope' },
        ],
        [other],
      ),
    ).toEqual([
      'content/glossary.json: term "lease": learnMore link "/learn/other/#nope" points to a section id that does not exist in other',
    ]);
  });
});
