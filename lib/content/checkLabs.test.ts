import { describe, expect, it } from 'vitest';
import { checkLabs } from './checkLabs';
import { loadLabSources, type LabSource } from './labs';

const lab = (source: string, overrides: Partial<LabSource> = {}): LabSource => ({
  slug: 'demo-lab',
  file: 'content/labs/demo-lab.mdx',
  title: 'A lab',
  description: 'A lab used by this test only, long enough.',
  order: 1,
  minutes: 10,
  scenario: 'lab-empty-account',
  editor: 'handler',
  function: 'fn',
  runtimes: ['nodejs22.x'],
  chapters: ['lambda-consumers'],
  exams: ['DVA-C02'],
  lastReviewed: '2026-11-22',
  source,
  starters: { 'nodejs22.x': { 'index.mjs': 'export const handler = async () => {};' } },
  ...overrides,
});

const chapters = new Set(['lambda-consumers']);
const scenarios = new Set(['lab-empty-account']);

describe('checkLabs', () => {
  it('passes the labs in content/labs', () => {
    expect(
      checkLabs(
        loadLabSources(),
        new Set([...chapters, 'records-keys-and-shards', 'throughput-and-hot-keys', 'amazon-data-firehose']),
        new Set([...scenarios, 'lab-hot-key', 'lab-firehose']),
      ),
    ).toEqual([]);
  });

  it('names unknown checks, missing and unknown attributes, bad and repeated ids', () => {
    const source = [
      '<LabStep id="one" title="One" check="streamActive">',
      '<LabStep id="one" title="Again" check="streamActive" stream="s" colour="red">',
      '<LabStep id="Two Words" title="Bad id" check="nope">',
    ].join('\n');
    expect(checkLabs([lab(source)], chapters, scenarios)).toEqual([
      'content/labs/demo-lab.mdx: step "one": check streamActive needs the attribute stream="…"',
      'content/labs/demo-lab.mdx: step "one": the id is used twice',
      'content/labs/demo-lab.mdx: step "one": check streamActive takes no attribute colour',
      'content/labs/demo-lab.mdx: step "Two Words": id must be a slug (lowercase words joined by hyphens)',
      expect.stringMatching(
        /^content\/labs\/demo-lab\.mdx: step "Two Words": check "nope" does not exist \(known: streamActive, /,
      ),
    ]);
  });

  it('names an unknown scenario or chapter, and a starter the default handler cannot load', () => {
    const problems = checkLabs(
      [
        lab('<LabStep id="a" title="A" check="streamActive" stream="s">', {
          scenario: 'gone',
          chapters: ['nope'],
          starters: { 'nodejs22.x': { 'main.js': '' } },
        }),
      ],
      chapters,
      scenarios,
    );
    expect(problems).toEqual([
      'content/labs/demo-lab.mdx: frontmatter field "scenario": there is no scenario "gone"',
      'content/labs/demo-lab.mdx: frontmatter field "chapters": there is no chapter "nope"',
      'content/labs/demo-lab.mdx: the nodejs22.x starter has no file the default handler loads (^index\\.(mjs|js|cjs|ts)$)',
    ]);
  });
});
