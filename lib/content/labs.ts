import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { cache } from 'react';
import { ContentError } from './chapterSchema';
import { labFrontmatterSchema, type LabFrontmatter, type LabRuntimeId } from './labSchema';

export const LABS_DIR = 'content/labs';

/** A runtime's starting package: file name → source, as the editor opens it and "revert" restores it. */
export type StarterFiles = Record<string, string>;

export interface LabMeta extends LabFrontmatter {
  slug: string;
  file: string;
}

export interface LabSource extends LabMeta {
  source: string;
  starters: Partial<Record<LabRuntimeId, StarterFiles>>;
}

function readStarters(root: string, slug: string, runtimes: LabRuntimeId[], file: string): LabSource['starters'] {
  const starters: LabSource['starters'] = {};
  for (const runtime of runtimes) {
    const dir = path.join(root, LABS_DIR, slug, runtime);
    if (!existsSync(dir))
      throw new ContentError(file, [`runtime ${runtime} needs its starter files in ${LABS_DIR}/${slug}/${runtime}/`]);
    const names = readdirSync(dir).sort();
    if (names.length === 0) throw new ContentError(file, [`${LABS_DIR}/${slug}/${runtime}/ has no starter file`]);
    starters[runtime] = Object.fromEntries(names.map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]));
  }
  return starters;
}

function readLab(fileName: string, root: string): LabSource {
  const file = `${LABS_DIR}/${fileName}`;
  const slug = fileName.replace(/\.mdx$/, '');
  const source = readFileSync(path.join(root, file), 'utf8');
  const parsed = labFrontmatterSchema.safeParse(matter(source).data);
  if (!parsed.success)
    throw new ContentError(
      file,
      parsed.error.issues.map((i) => `frontmatter field "${i.path.join('.') || '(frontmatter)'}": ${i.message}`),
    );
  return { ...parsed.data, slug, file, source, starters: readStarters(root, slug, parsed.data.runtimes, file) };
}

/**
 * Every lab in order, frontmatter and starters validated; throws naming the file and field of a bad one.
 * @example loadLabSources().map((l) => l.slug) // ['first-stream-and-lambda', …]
 */
export const loadLabSources = cache(function loadLabSources(root: string = process.cwd()): LabSource[] {
  const files = readdirSync(path.join(root, LABS_DIR)).filter((f) => f.endsWith('.mdx'));
  const labs = files.map((f) => readLab(f, root)).sort((a, b) => a.order - b.order);
  for (let i = 1; i < labs.length; i++)
    if (labs[i - 1]!.order === labs[i]!.order)
      throw new Error(
        `${labs[i]!.file}: frontmatter field "order": ${labs[i]!.order} is also used by ${labs[i - 1]!.file}`,
      );
  return labs;
});

export function listLabs(root?: string): LabMeta[] {
  return loadLabSources(root).map(({ source: _source, starters: _starters, ...meta }) => meta);
}

export function getLabSource(slug: string, root?: string): LabSource {
  const lab = loadLabSources(root).find((l) => l.slug === slug);
  if (!lab) throw new Error(`No lab "${slug}" in ${LABS_DIR}`);
  return lab;
}
