import { describe, expect, it } from 'vitest';
import { chapterOutline } from './outline';

const chapter = (body: string) => ({ file: 'content/chapters/t.mdx', source: `---\ntitle: t\n---\n\n${body}` });

describe('chapterOutline', () => {
  it('reads explicit heading ids, strips them from the text and lists h2 sections', () => {
    const outline = chapterOutline(
      chapter(
        '## What is a stream {/*what-is-a-stream*/}\n\ntext\n\n### Records {/*records*/}\n\n## Shards {/*shards*/}\n',
      ),
    );
    expect(outline.toc).toEqual([
      { depth: 2, id: 'what-is-a-stream', text: 'What is a stream' },
      { depth: 3, id: 'records', text: 'Records' },
      { depth: 2, id: 'shards', text: 'Shards' },
    ]);
    expect(outline.sectionIds).toEqual(['what-is-a-stream', 'shards']);
  });

  it('fails on a heading without an id, with the line and a suggested id', () => {
    expect(() => chapterOutline(chapter('Intro\n\n## Hot keys and you\n'))).toThrow(
      /t\.mdx: .*line 7: heading "Hot keys and you" needs a stable id, e.g. \{\/\*hot-keys-and-you\*\/\}/,
    );
  });

  it('fails on duplicate and malformed ids and on h1/h4', () => {
    expect(() => chapterOutline(chapter('## A {/*a*/}\n\n## B {/*a*/}\n'))).toThrow(/"a" is used twice/);
    expect(() => chapterOutline(chapter('## A {/*Not_OK*/}\n'))).toThrow(/must be lowercase words/);
    expect(() => chapterOutline(chapter('# Title {/*t*/}\n'))).toThrow(/no "#" heading/);
    expect(() => chapterOutline(chapter('#### Deep {/*d*/}\n'))).toThrow(/only "##" and "###"/);
  });

  it('collects links and JSX tags with their lines', () => {
    const outline = chapterOutline(chapter('## A {/*a*/}\n\nSee [B](/learn/b/#x).\n\n<Note>\n\nhi\n\n</Note>\n'));
    expect(outline.links).toEqual([{ url: '/learn/b/#x', line: 7 }]);
    expect(outline.tags).toEqual([{ name: 'Note', line: 9, attributes: {} }]);
  });
});
