import { describe, expect, it } from 'vitest';
import type { ChapterSource } from './chapters';
import { checkChapters } from './checkContent';

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

describe('checkChapters', () => {
  const other = chapter('other', '## Target {/*target*/}\n');

  it('passes valid links and registered tags', () => {
    const c = chapter(
      'main',
      '## A {/*a*/}\n\n[x](/learn/other/#target) [y](#a) [z](/progress/) [aws](https://docs.aws.amazon.com/)\n\n<Note>\n\nok\n\n</Note>\n',
    );
    expect(checkChapters([c, other], ['Note'])).toEqual([]);
  });

  it('reports unknown tags and every kind of broken link with file and line', () => {
    const c = chapter(
      'main',
      '## A {/*a*/}\n\n[1](/learn/nope/) [2](/learn/other/#missing) [3](#gone) [4](/learn/other) [5](http://example.com) [6](other.html)\n\n<Simulatr />\n',
    );
    const problems = checkChapters([c, other], ['Note']);
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
});
