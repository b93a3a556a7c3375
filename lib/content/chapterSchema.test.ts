import { describe, expect, it } from 'vitest';
import { ContentError, parseChapterFrontmatter } from './chapterSchema';

const valid = {
  title: 'Streaming vs batch',
  description: 'Why some data cannot wait for the nightly job, and what changes when you process it as it arrives.',
  order: 1,
  minutes: 12,
  objectives: [
    'Explain the difference between batch and streaming processing.',
    'Compare their latency and cost.',
    'Decide when a scheduled batch job is the better answer.',
  ],
  exams: ['CLF-C02', 'SAA-C03'],
  lastReviewed: '2026-11-22',
};

describe('parseChapterFrontmatter', () => {
  it('accepts a complete frontmatter and keeps the ISO date', () => {
    expect(parseChapterFrontmatter(valid, 'a.mdx')).toEqual(valid);
  });

  it('accepts an unquoted YAML date', () => {
    expect(
      parseChapterFrontmatter({ ...valid, lastReviewed: new Date('2026-11-22T00:00:00Z') }, 'a.mdx').lastReviewed,
    ).toBe('2026-11-22');
  });

  it('names the file and the field when a field is wrong', () => {
    const run = () => parseChapterFrontmatter({ ...valid, minutes: 'ten' }, 'content/chapters/x.mdx');
    expect(run).toThrow(ContentError);
    expect(run).toThrow(/content\/chapters\/x\.mdx:\n {2}- frontmatter field "minutes": /);
  });

  it('rejects an exam code that does not exist, naming the array index', () => {
    expect(() => parseChapterFrontmatter({ ...valid, exams: ['SAA-C02'] }, 'x.mdx')).toThrow(/field "exams\.0"/);
  });

  it('asks for 3–6 learning objectives', () => {
    expect(() => parseChapterFrontmatter({ ...valid, objectives: valid.objectives.slice(0, 2) }, 'x.mdx')).toThrow(
      /field "objectives": needs 3–6 learning objectives/,
    );
  });

  it('rejects a missing field and an unknown one', () => {
    const { order: _order, ...withoutOrder } = valid;
    expect(() => parseChapterFrontmatter(withoutOrder, 'x.mdx')).toThrow(/field "order"/);
    expect(() => parseChapterFrontmatter({ ...valid, tittle: 'typo' }, 'x.mdx')).toThrow(/tittle/);
  });

  it('rejects an impossible date', () => {
    expect(() => parseChapterFrontmatter({ ...valid, lastReviewed: '2026-13-45' }, 'x.mdx')).toThrow(
      /lastReviewed.*real calendar date/,
    );
  });
});
