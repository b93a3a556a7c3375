import { cache } from 'react';
import { loadChapterSources } from './chapters';
import { chapterOutline } from './outline';

/** What the course map, sidebar and progress views know about a chapter (plain data, safe to pass to the client). */
export interface CourseEntry {
  slug: string;
  title: string;
  description: string;
  order: number;
  minutes: number;
  exams: string[];
  sections: { id: string; title: string }[];
  /** Scenario ids of the chapter's simulator challenges, solved when their goal holds. */
  challengeScenarios: string[];
}

/**
 * The course in order, with each chapter's sections.
 * @example courseMap()[0]?.sections.length
 */
export const courseMap = cache(function courseMap(root?: string): CourseEntry[] {
  return loadChapterSources(root).map((chapter) => {
    const { toc, tags } = chapterOutline(chapter);
    const challenges = tags.filter((t) => t.name === 'Challenge' && t.attributes.scenario !== undefined);
    return {
      slug: chapter.slug,
      title: chapter.title,
      description: chapter.description,
      order: chapter.order,
      minutes: chapter.minutes,
      exams: chapter.exams,
      sections: toc.filter((t) => t.depth === 2).map((t) => ({ id: t.id, title: t.text })),
      challengeScenarios: [...new Set(challenges.map((t) => t.attributes.scenario!))],
    };
  });
});
