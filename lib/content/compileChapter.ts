import { evaluate } from '@mdx-js/mdx';
import rehypeShiki from '@shikijs/rehype';
import type { MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { ChapterSource } from './chapters';
import { loadGlossary } from './glossary';
import { remarkGlossaryLinks } from './remarkGlossaryLinks';
import { rehypeSections } from './rehypeSections';
import { remarkHeadingIds, type TocEntry } from './remarkHeadingIds';

export interface CompiledChapter {
  Content: MDXContent;
  toc: TocEntry[];
}

/** Languages chapters may highlight; anything else is a content error rather than a silent fallback. */
export const CODE_LANGUAGES = ['bash', 'json', 'text', 'python', 'javascript', 'typescript', 'yaml'] as const;

/**
 * Compiles a chapter's MDX at build time (inside a server component, so no MDX runtime ships to the
 * browser). Code is highlighted here by Shiki with both themes' colours as CSS variables.
 * @example const { Content, toc } = await compileChapter(getChapterSource('streaming-vs-batch'))
 */
export async function compileChapter(chapter: Pick<ChapterSource, 'file' | 'source'>): Promise<CompiledChapter> {
  const file = new VFile({ path: chapter.file, value: chapter.source });
  try {
    const { default: Content } = await evaluate(file, {
      ...runtime,
      remarkPlugins: [remarkFrontmatter, remarkGfm, remarkHeadingIds, [remarkGlossaryLinks, loadGlossary()]],
      rehypePlugins: [
        rehypeSections,
        [
          rehypeShiki,
          {
            themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
            defaultColor: false,
            langs: [...CODE_LANGUAGES],
          },
        ],
      ],
    });
    return { Content, toc: file.data.toc ?? [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${chapter.file}: ${reason}`, { cause: error });
  }
}
