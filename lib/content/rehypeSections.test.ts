import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeSections } from './rehypeSections';

const h2 = (id: string) => ({ type: 'element' as const, tagName: 'h2', properties: { id }, children: [] });
const p = (text: string) => ({
  type: 'element' as const,
  tagName: 'p',
  properties: {},
  children: [{ type: 'text' as const, value: text }],
});
const jsx = (name: string) => ({ type: 'mdxJsxFlowElement' as const, name, attributes: [], children: [] });

describe('rehypeSections', () => {
  it('wraps each h2 with what follows it, and leaves the recap, challenges and quiz outside', () => {
    const tree: Root = {
      type: 'root',
      children: [p('intro'), h2('a'), p('one'), h2('b'), p('two'), jsx('Recap'), jsx('Challenges'), jsx('Quiz')],
    };
    rehypeSections()(tree);
    const shape = tree.children.map((n) =>
      n.type === 'element'
        ? `${n.tagName}${n.tagName === 'section' ? `(${n.children.length})` : ''}`
        : n.type === 'mdxJsxFlowElement'
          ? n.name
          : n.type,
    );
    expect(shape).toEqual(['p', 'section(2)', 'section(2)', 'Recap', 'Challenges', 'Quiz']);
  });
});
