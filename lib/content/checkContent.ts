import type { ChapterSource } from './chapters';
import { chapterOutline, type ChapterOutline } from './outline';

/** Routes outside /learn/ that chapters may link to. */
export const STATIC_ROUTES = ['/', '/progress/', '/playground/'];

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

/** What chapters may refer to: registered tags, scenarios (and whether each has a goal), glossary terms. */
export interface ContentContext {
  tags: readonly string[];
  /** `challenge`: the scenario's goal can be solved (it has one, and it is not a mere health check). */
  scenarios: Record<string, { challenge: boolean }>;
  terms: readonly string[];
  /** How many (non-drill) questions each chapter has in the bank, for `<Quiz topic>`. */
  questionTopics: Record<string, number>;
}

/** Parts every chapter has exactly once (content/README.md, "Anatomy of a chapter"). */
const ONCE = ['YouWillLearn', 'Recap', 'Challenges'];

/**
 * Checks what the build cannot: every tag is in the registry, every internal link resolves to a page and,
 * with a #fragment, to a heading id on it; the chapter has its fixed parts and at least one simulator;
 * every scenario and glossary term it names exists, and a simulator challenge's scenario has a goal.
 * Frontmatter and heading ids are validated while loading.
 * @example checkChapters(loadChapterSources(), context) // [] when all is well
 */
export function checkChapters(chapters: ChapterSource[], context: ContentContext): ContentProblem[] {
  const outlines = new Map<string, ChapterOutline>(chapters.map((c) => [c.slug, chapterOutline(c)]));
  const problems: ContentProblem[] = [];
  for (const chapter of chapters) {
    const outline = outlines.get(chapter.slug)!;
    const report = (line: number, message: string) => problems.push({ file: chapter.file, line, message });
    for (const tag of outline.tags) {
      if (!context.tags.includes(tag.name)) {
        report(tag.line, `<${tag.name}> is not in the MDX registry (components/mdx/MDXComponents.tsx)`);
      }
      const problem = tagProblem(tag, context);
      if (problem) report(tag.line, problem);
    }
    for (const name of ONCE) {
      const count = outline.tags.filter((t) => t.name === name).length;
      if (count !== 1) report(1, `a chapter has exactly one <${name}>; this one has ${count}`);
    }
    if (!outline.tags.some((t) => t.name === 'Simulator'))
      report(1, 'a chapter embeds at least one simulator scenario (<Simulator scenario="…" />); this one has none');
    if (!outline.tags.some((t) => t.name === 'Challenge'))
      report(1, 'a chapter ends with at least one <Challenge> inside <Challenges>; this one has none');
    for (const { url, line } of outline.links) {
      const problem = checkLink(url, chapter.slug, outlines);
      if (problem) report(line, problem);
    }
  }
  return problems;
}

function tagProblem(tag: ChapterOutline['tags'][number], context: ContentContext): string | null {
  const known = Object.keys(context.scenarios).join(', ');
  const scenario = tag.attributes.scenario;
  if (tag.name === 'Simulator') {
    if (scenario === undefined) return '<Simulator> needs scenario="<id>" (a file name in content/scenarios/)';
    if (!context.scenarios[scenario]) return `<Simulator scenario="${scenario}">: no such scenario. Known: ${known}`;
  }
  if (tag.name === 'Challenge' && scenario !== undefined) {
    if (!context.scenarios[scenario]) return `<Challenge scenario="${scenario}">: no such scenario. Known: ${known}`;
    if (!context.scenarios[scenario].challenge)
      return `<Challenge scenario="${scenario}">: that scenario has no goal to solve (none, or a health check marked "challenge": false)`;
  }
  if (tag.name === 'Quiz' && tag.attributes.topic !== undefined) {
    const have = context.questionTopics[tag.attributes.topic] ?? 0;
    if (have < 3)
      return `<Quiz topic="${tag.attributes.topic}">: the bank has ${have} questions for it; a chapter quiz needs at least 3`;
  }
  if (tag.name === 'Term') {
    const id = tag.attributes.id;
    if (id === undefined) return '<Term> needs id="<term id>" (an id in content/glossary.json)';
    if (!context.terms.includes(id)) return `<Term id="${id}">: no such term in content/glossary.json`;
  }
  return null;
}

/**
 * Checks each glossary term's "taught in" link like a chapter link.
 * @example checkGlossaryLinks(loadGlossary(), loadChapterSources()) // [] when all resolve
 */
export function checkGlossaryLinks(terms: { id: string; learnMore: string }[], chapters: ChapterSource[]): string[] {
  const outlines = new Map<string, ChapterOutline>(chapters.map((c) => [c.slug, chapterOutline(c)]));
  return terms.flatMap((t) => {
    const problem = checkLink(t.learnMore, '', outlines);
    return problem ? [`content/glossary.json: term "${t.id}": learnMore ${problem}`] : [];
  });
}

/** Why an internal link does not resolve, or null when it does. */
export function checkLink(url: string, currentSlug: string, outlines: Map<string, ChapterOutline>): string | null {
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
