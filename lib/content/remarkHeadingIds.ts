import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** One entry of a chapter's on-page table of contents. */
export interface TocEntry {
  depth: 2 | 3;
  id: string;
  text: string;
}

export const HEADING_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_COMMENT = /^\s*\/\*\s*(.*?)\s*\*\/\s*$/;

/**
 * Reads the explicit id written at the end of a heading as an MDX comment — `## Retention {/*retention*\/}` —
 * removes it from the text and puts it on the element. Ids are written by hand (not derived from the text)
 * so that deep links survive rewording. h2/h3 without an id, malformed or duplicate ids are content errors
 * reported with the line; the table of contents is collected in `file.data.toc`.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const toc: TocEntry[] = [];
    const seen = new Set<string>();
    const fail = (node: Heading, message: string) => {
      const line = node.position?.start.line ?? '?';
      file.fail(`line ${line}: ${message}`, node);
    };
    visit(tree, 'heading', (node: Heading) => {
      if (node.depth === 1) fail(node, 'chapters use no "#" heading: the page renders the title');
      if (node.depth > 3) fail(node, 'chapters use only "##" and "###" headings');
      const last = node.children.at(-1);
      const match = last?.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value) : null;
      const text = toString(node).trim();
      if (!match) return fail(node, `heading "${text}" needs a stable id, e.g. {/*${suggestId(text)}*/}`);
      const id = match[1] ?? '';
      if (!HEADING_ID.test(id)) return fail(node, `heading id "${id}" must be lowercase words joined by hyphens`);
      if (seen.has(id)) return fail(node, `heading id "${id}" is used twice`);
      seen.add(id);
      node.children.pop();
      const tail = node.children.at(-1);
      if (tail?.type === 'text') tail.value = tail.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      toc.push({ depth: node.depth as 2 | 3, id, text: toString(node).trim() });
    });
    file.data.toc = toc;
  };
}

function suggestId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

declare module 'vfile' {
  interface DataMap {
    toc: TocEntry[];
  }
}
