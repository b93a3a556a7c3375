// Content gate: frontmatter (zod), heading ids, internal links, MDX tags, required parts and the scenarios
// and terms each chapter names; the schema of every simulator scenario, the glossary, the question bank,
// every lab (frontmatter, starters, each step's check), every instructor demo (run beat by beat) and every
// price table.
import { readdirSync, readFileSync } from 'node:fs';
import { registeredTagNames } from '@/components/mdx/MDXComponents';
import { loadChapterSources } from '@/lib/content/chapters';
import { checkChapters, checkGlossaryLinks } from '@/lib/content/checkContent';
import { glossaryProblems, loadGlossary } from '@/lib/content/glossary';
import { loadScenarios } from '@/lib/content/scenarios';
import { checkLabs } from '@/lib/content/checkLabs';
import { loadLabSources } from '@/lib/content/labs';
import { checkDemos } from '@/lib/demos/checkDemos';
import { checkQuestions } from '@/lib/questions/checkQuestions';
import { loadQuestions } from '@/lib/questions/loadQuestions';
import { parseScenario } from '@/simulator/scenarios/loadScenario';
import { parsePriceTable } from '@/simulator/views/priceTableSchema';

const SCENARIOS_DIR = 'content/scenarios';
const PRICES_DIR = 'content/prices';

function checkScenarios(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => {
      const where = `${SCENARIOS_DIR}/${file}`;
      if (!/^[a-z0-9]+(-[a-z0-9]+)*\.json$/.test(file))
        return [`${where}: a scenario's id is its file name: lowercase words joined by hyphens`];
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(where, 'utf8'));
      } catch (error) {
        return [`${where}: not valid JSON (${error instanceof Error ? error.message : error})`];
      }
      const result = parseScenario(data, where);
      return result.ok ? [] : [result.error];
    });
}

function checkPrices(): string[] {
  return readdirSync(PRICES_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => {
      const where = `${PRICES_DIR}/${file}`;
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(where, 'utf8'));
      } catch (error) {
        return [`${where}: not valid JSON (${error instanceof Error ? error.message : error})`];
      }
      const result = parsePriceTable(data, where);
      if (!result.ok) return [result.error];
      // The file name promises a Region; a table copied for another Region must say so in both places.
      if (!file.endsWith(`-${result.table.region}.json`))
        return [`${where}: region is "${result.table.region}", but the file name ends in another Region`];
      return [];
    });
}

function main(): number {
  let chapters;
  try {
    chapters = loadChapterSources();
  } catch (error) {
    console.error(`Content check failed:\n${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const scenarioMessages = checkScenarios();
  let problems;
  let glossaryMessages: string[];
  let termCount = 0;
  let questionMessages: string[];
  let questionCount = 0;
  let demoMessages: string[] = [];
  let labMessages: string[] = [];
  let labCount = 0;
  try {
    // Scenario files were just validated one by one; a bad one is reported there, not thrown here.
    const scenarios = scenarioMessages.length > 0 ? {} : loadScenarios();
    const terms = loadGlossary();
    termCount = terms.length;
    glossaryMessages = [...glossaryProblems(terms), ...checkGlossaryLinks(terms, chapters)];
    const questions = loadQuestions();
    const questionTopics: Record<string, number> = {};
    for (const q of questions) if (!q.decision) questionTopics[q.topic] = (questionTopics[q.topic] ?? 0) + 1;
    problems = checkChapters(chapters, {
      questionTopics,
      tags: registeredTagNames,
      scenarios: Object.fromEntries(
        Object.entries(scenarios).map(([id, s]) => [
          id,
          { challenge: s.goal !== undefined && s.goal.challenge !== false },
        ]),
      ),
      terms: terms.map((t) => t.id),
    });
    questionCount = questions.length;
    questionMessages = checkQuestions(questions, chapters, Object.keys(scenarios));
    const labs = loadLabSources();
    labCount = labs.length;
    labMessages = checkLabs(labs, new Set(chapters.map((c) => c.slug)), new Set(Object.keys(scenarios)));
    // Demos replay their beats through the engine, so they need valid scenarios first.
    if (scenarioMessages.length === 0)
      demoMessages = checkDemos(
        process.cwd(),
        scenarios,
        chapters.map((c) => c.slug),
      );
  } catch (error) {
    console.error(`Content check failed:\n${error instanceof Error ? error.message : error}`);
    return 1;
  }
  const messages = [
    ...problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
    ...scenarioMessages,
    ...glossaryMessages,
    ...questionMessages,
    ...demoMessages,
    ...labMessages,
    ...checkPrices(),
  ];
  for (const message of messages) console.error(message);
  if (messages.length > 0) {
    console.error(`\nContent check failed: ${messages.length} problem${messages.length === 1 ? '' : 's'}.`);
    return 1;
  }
  const scenarios = readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith('.json')).length;
  const priceTables = readdirSync(PRICES_DIR).filter((f) => f.endsWith('.json')).length;
  const demos = readdirSync('content/demos').filter((f) => f.endsWith('.json')).length;
  console.log(
    `Content check passed: ${chapters.length} chapters (frontmatter, heading ids, links, tags, parts, scenarios, terms), ${scenarios} scenarios, ${termCount} glossary terms, ${questionCount} questions, ${labCount} labs (frontmatter, starters, step checks), ${demos} demos (schema, scenarios, chapters, every beat run) and ${priceTables} price table${priceTables === 1 ? '' : 's'} valid.`,
  );
  return 0;
}

process.exit(main());
