import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * A question's markdown (stem, option or explanation) as HTML, at build time. Raw HTML in the markdown is
 * dropped, not passed through, so the page only ever shows what markdown can express.
 * @example markdownToHtml('Which **one**?') // '<p>Which <strong>one</strong>?</p>'
 */
export function markdownToHtml(markdown: string): string {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const hast = toHast(tree, { allowDangerousHtml: false });
  // A code block may scroll sideways on a phone; a keyboard user must be able to focus it to scroll it.
  visit(hast, 'element', (node: Element) => {
    if (node.tagName === 'pre') node.properties = { ...node.properties, tabIndex: 0 };
  });
  return toHtml(hast);
}

/** The same, for one-line text shown inline (an option): without the wrapping paragraph. */
export function inlineMarkdownToHtml(markdown: string): string {
  return markdownToHtml(markdown).replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
