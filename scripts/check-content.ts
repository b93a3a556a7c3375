// Content gate: frontmatter (zod), heading ids, internal links and MDX tags, for every chapter.
import { registeredTagNames } from '@/components/mdx/MDXComponents';
import { checkChapters, loadChapterSources } from '@/lib/content/checkContent';

function main(): number {
  let chapters;
  try {
    chapters = loadChapterSources();
  } catch (error) {
    console.error(`Content check failed:\n${error instanceof Error ? error.message : error}`);
    return 1;
  }
  let problems;
  try {
    problems = checkChapters(chapters, registeredTagNames);
  } catch (error) {
    console.error(`Content check failed:\n${error instanceof Error ? error.message : error}`);
    return 1;
  }
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.message}`);
  if (problems.length > 0) {
    console.error(`\nContent check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
    return 1;
  }
  console.log(`Content check passed: ${chapters.length} chapters, frontmatter, heading ids, links and tags all valid.`);
  return 0;
}

process.exit(main());
