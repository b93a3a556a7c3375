import type { Element, ElementContent, Root, RootContent } from 'hast';

/** The chapter's closing parts: they end the last section instead of belonging to it. */
const CLOSING = ['Recap', 'Challenges', 'Quiz'];

/**
 * Wraps each h2 and everything up to the next h2 in a `<section aria-labelledby>`; the reader marks a
 * section as read when its end scrolls into view, and landmarks give screen-reader users an outline.
 * The recap, challenges and review questions stand outside the last section, so reading that section
 * does not depend on how tall a challenge's simulator turns out once it loads.
 */
export function rehypeSections() {
  return (tree: Root) => {
    const out: RootContent[] = [];
    let current: Element | null = null;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        const id = String(node.properties.id ?? '');
        current = {
          type: 'element',
          tagName: 'section',
          properties: { ariaLabelledBy: id, dataSection: id },
          children: [],
        };
        out.push(current);
      }
      if (node.type === 'mdxJsxFlowElement' && CLOSING.includes(node.name ?? '')) current = null;
      if (current) current.children.push(node as ElementContent);
      else out.push(node);
    }
    tree.children = out;
  };
}
