import type { ChapterSource } from './chapters';
import { chapterOutline, type ChapterOutline } from './outline';

/** Routes outside /learn/ that chapters may link to. */
export const STATIC_ROUTES = ['/', '/progress/', '/playground/'];

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * Checks what the build cannot: every tag is in the registry, every internal link resolves to a page and,
 * with a #fragment, to a heading id on it. Frontmatter and heading ids are validated while loading.
 * @example checkChapters(loadChapterSources(), registeredTagNames) // [] when all is well
 */
export function checkChapters(chapters: ChapterSource[], registeredTags: readonly string[]): ContentProblem[] {
  const outlines = new Map<string, ChapterOutline>(chapters.map((c) => [c.slug, chapterOutline(c)]));
  const problems: ContentProblem[] = [];
  for (const chapter of chapters) {
    const outline = outlines.get(chapter.slug)!;
    const report = (line: number, message: string) => problems.push({ file: chapter.file, line, message });
    for (const tag of outline.tags) {
      if (!registeredTags.includes(tag.name)) {
        report(tag.line, `<${tag.name}> is not in the MDX registry (components/mdx/MDXComponents.tsx)`);
      }
    }
    for (const { url, line } of outline.links) {
      const problem = checkLink(url, chapter.slug, outlines);
      if (problem) report(line, problem);
    }
  }
  return problems;
}

function checkLink(url: string, currentSlug: string, outlines: Map<string, ChapterOutline>): string | null {
  if (/^(https?:|mailto:)/.test(url)) return /^http:/.test(url) ? `link "${url}" must use https` : null;
  const [pathPart = '', fragment] = url.split('#');
  if (pathPart === '' && fragment !== undefined) return idProblem(currentSlug, fragment, outlines, url);
  if (!pathPart.startsWith('/')) return `link "${url}" must be absolute (start with /) or a #fragment`;
  const learn = /^\/learn\/([a-z0-9-]+)\/$/.exec(pathPart);
  if (learn) {
    const slug = learn[1]!;
    if (!outlines.has(slug)) return `link "${url}" points to a chapter that does not exist`;
    return fragment === undefined ? null : idProblem(slug, fragment, outlines, url);
  }
  if (STATIC_ROUTES.includes(pathPart)) return null;
  return `link "${url}" points to no page (chapter links look like /learn/<slug>/#<id>, with the trailing slash)`;
}

function idProblem(slug: string, id: string, outlines: Map<string, ChapterOutline>, url: string): string | null {
  const ids = outlines.get(slug)?.toc.map((t) => t.id) ?? [];
  return ids.includes(id) ? null : `link "${url}" points to a section id that does not exist in ${slug}`;
}
