import type { ChapterSource } from '@/lib/content/chapters';
import { checkLink } from '@/lib/content/checkContent';
import { chapterOutline, type ChapterOutline } from '@/lib/content/outline';
import type { BankQuestion } from './loadQuestions';

const normalise = (stem: string) =>
  stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * What the schema cannot see: duplicate ids and stems, `learn` links that do not resolve, and scenarios
 * that do not exist.
 * @example checkQuestions(loadQuestions(), loadChapterSources(), Object.keys(loadScenarios())) // []
 */
export function checkQuestions(
  questions: BankQuestion[],
  chapters: ChapterSource[],
  scenarioIds: readonly string[],
): string[] {
  const outlines = new Map<string, ChapterOutline>(chapters.map((c) => [c.slug, chapterOutline(c)]));
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const q of questions) {
    const at = `${q.file}: ${q.id}`;
    if (ids.has(q.id)) problems.push(`${at}: id is also used in ${ids.get(q.id)}`);
    ids.set(q.id, q.file);
    const stem = normalise(q.stem);
    if (stems.has(stem)) problems.push(`${at}: same stem as ${stems.get(stem)}`);
    stems.set(stem, q.id);
    const link = checkLink(q.learn, q.topic, outlines);
    if (link) problems.push(`${at}: learn ${link}`);
    const scenarios = [q.scenario, ...q.options.map((o) => o.counterExample)].filter((s) => s !== undefined);
    for (const s of scenarios)
      if (!scenarioIds.includes(s)) problems.push(`${at}: no scenario "${s}" in content/scenarios/`);
  }
  return problems;
}
