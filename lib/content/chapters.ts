import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { cache } from 'react';
import { parseChapterFrontmatter, type ChapterFrontmatter } from './chapterSchema';

/** Where chapter files live, relative to the project root (also used in error messages). */
export const CHAPTERS_DIR = 'content/chapters';

export interface ChapterMeta extends ChapterFrontmatter {
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
}

export interface ChapterSource extends ChapterMeta {
  source: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function readChapter(fileName: string, root: string): ChapterSource {
  const file = `${CHAPTERS_DIR}/${fileName}`;
  const slug = fileName.replace(/\.mdx$/, '');
  if (!SLUG.test(slug)) throw new Error(`${file}: file names are slugs: lowercase words joined by hyphens`);
  const source = readFileSync(path.join(root, file), 'utf8');
  const { data } = matter(source);
  return { ...parseChapterFrontmatter(data, file), slug, file, source };
}

/**
 * All chapters in course order, frontmatter validated. Throws on the first bad file, naming it.
 * @example loadChapterSources().map((c) => c.slug) // ['streaming-vs-batch', 'the-kinesis-family']
 */
// Pages ask for the chapters several times while rendering (navigation, course map, the chapter itself):
// React's cache reads the files once per render on the server; elsewhere it simply calls through.
export const loadChapterSources = cache(function loadChapterSources(root: string = process.cwd()): ChapterSource[] {
  const files = readdirSync(path.join(root, CHAPTERS_DIR)).filter((f) => f.endsWith('.mdx'));
  const chapters = files.map((f) => readChapter(f, root)).sort((a, b) => a.order - b.order);
  for (let i = 1; i < chapters.length; i++) {
    const [prev, cur] = [chapters[i - 1]!, chapters[i]!];
    if (prev.order === cur.order) {
      throw new Error(`${cur.file}: frontmatter field "order": ${cur.order} is also used by ${prev.file}`);
    }
  }
  return chapters;
});

/** Chapter metadata without the source: what navigation, the course map and the sidebar need. */
export function listChapters(root?: string): ChapterMeta[] {
  return loadChapterSources(root).map(({ source: _source, ...meta }) => meta);
}

export function getChapterSource(slug: string, root?: string): ChapterSource {
  const chapter = loadChapterSources(root).find((c) => c.slug === slug);
  if (!chapter) throw new Error(`No chapter "${slug}" in ${CHAPTERS_DIR}`);
  return chapter;
}
