import { cache } from 'react';
import { courseMap } from '@/lib/content/courseMap';
import { loadQuestions } from './loadQuestions';
import { inlineMarkdownToHtml, markdownToHtml } from './markdownToHtml';

/** A question ready for the browser: markdown rendered, answers as option indexes, links labelled. */
export interface PracticeQuestion {
  id: string;
  stemHtml: string;
  options: { html: string; explanationHtml: string; counterExample?: string }[];
  correct: number[];
  multiple: boolean;
  tags: string[];
  exams: string[];
  difficulty: 'easy' | 'medium' | 'hard';
  topic: string;
  learn: { href: string; label: string };
  scenario?: string;
  decision: boolean;
}

export interface PracticeTopic {
  slug: string;
  title: string;
  count: number;
}

/**
 * The whole bank for the practice pages, rendered at build time (plain data, safe to pass to the client).
 * @example practiceBank().filter((q) => q.decision).length
 */
export const practiceBank = cache(function practiceBank(): PracticeQuestion[] {
  const chapters = courseMap();
  return loadQuestions().map((q) => {
    const chapter = chapters.find((c) => c.slug === q.topic);
    const sectionId = q.learn.split('#')[1];
    const section = chapter?.sections.find((s) => s.id === sectionId)?.title;
    return {
      id: q.id,
      stemHtml: markdownToHtml(q.stem),
      options: q.options.map((o) => ({
        html: inlineMarkdownToHtml(o.text),
        explanationHtml: inlineMarkdownToHtml(o.explanation),
        ...(o.counterExample ? { counterExample: o.counterExample } : {}),
      })),
      correct: q.options.flatMap((o, i) => (o.correct ? [i] : [])),
      multiple: q.options.filter((o) => o.correct).length > 1,
      tags: q.tags,
      exams: q.exams,
      difficulty: q.difficulty,
      topic: q.topic,
      learn: { href: q.learn, label: chapter ? `${chapter.title}${section ? `: ${section}` : ''}` : q.learn },
      ...(q.scenario ? { scenario: q.scenario } : {}),
      decision: q.decision,
    };
  });
});

/** The course's chapters that have questions, in course order, with how many each has. */
export function practiceTopics(): PracticeTopic[] {
  const bank = practiceBank();
  return courseMap()
    .map((c) => ({ slug: c.slug, title: c.title, count: bank.filter((q) => q.topic === c.slug).length }))
    .filter((t) => t.count > 0);
}
