import type { Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { ChapterSource } from './chapters';
import { remarkHeadingIds, type TocEntry } from './remarkHeadingIds';

/** What a chapter contains, read without compiling or highlighting it. */
export interface ChapterOutline {
  toc: TocEntry[];
  /** Ids of the `##` sections, in order: the units of reading progress. */
  sectionIds: string[];
  links: { url: string; line: number }[];
  /** JSX tags with their literal (string) attributes, e.g. `<Simulator scenario="hot-key" />`. */
  tags: { name: string; line: number; attributes: Record<string, string> }[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm).use(remarkHeadingIds);

/**
 * Parses a chapter into its headings, links and JSX tag names (heading-id errors are thrown with the file).
 * @example chapterOutline(getChapterSource('streaming-vs-batch')).sectionIds[0]
 */
export function chapterOutline(chapter: Pick<ChapterSource, 'file' | 'source'>): ChapterOutline {
  // The content check, the course map and the glossary all ask for the same chapters' outlines: parse each once.
  const cached = outlines.get(chapter);
  if (cached?.source === chapter.source) return cached.outline;
  const outline = parseOutline(chapter);
  outlines.set(chapter, { source: chapter.source, outline });
  return outline;
}

const outlines = new WeakMap<object, { source: string; outline: ChapterOutline }>();

function parseOutline(chapter: Pick<ChapterSource, 'file' | 'source'>): ChapterOutline {
  const file = new VFile({ path: chapter.file, value: chapter.source });
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(file), file) as Root;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${chapter.file}: ${reason}`, { cause: error });
  }
  const links: ChapterOutline['links'] = [];
  const tags: ChapterOutline['tags'] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'link') links.push({ url: (node as Link).url, line });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const attributes: Record<string, string> = {};
      for (const a of element.attributes)
        if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attributes[a.name] = a.value;
      tags.push({ name: String(element.name ?? '<>'), line, attributes });
    }
  });
  const toc = file.data.toc ?? [];
  return { toc, sectionIds: toc.filter((t) => t.depth === 2).map((t) => t.id), links, tags };
}
