import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * A question's markdown (stem, option or explanation) as HTML, at build time. Raw HTML in the markdown is
 * dropped, not passed through, so the page only ever shows what markdown can express.
 * @example markdownToHtml('Which **one**?') // '<p>Which <strong>one</strong>?</p>'
 */
export function markdownToHtml(markdown: string): string {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  return toHtml(toHast(tree, { allowDangerousHtml: false }));
}

/** The same, for one-line text shown inline (an option): without the wrapping paragraph. */
export function inlineMarkdownToHtml(markdown: string): string {
  return markdownToHtml(markdown).replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
