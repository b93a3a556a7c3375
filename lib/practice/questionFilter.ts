import type { Exam } from '@/lib/content/chapterSchema';

/** What a practice set or an exam draws from; empty lists mean "any". */
export interface QuestionFilter {
  exams: Exam[];
  topics: string[];
  difficulties: ('easy' | 'medium' | 'hard')[];
}

export interface Filterable {
  id: string;
  exams: readonly string[];
  topic: string;
  difficulty: 'easy' | 'medium' | 'hard';
  /** A decision-drill scenario (kept out of exams). */
  decision?: boolean;
}

/**
 * The questions a filter allows, in bank order.
 * @example matching(bank, { exams: ['DEA-C01'], topics: [], difficulties: ['hard'] })
 */
export function matching<Q extends Filterable>(questions: readonly Q[], filter: QuestionFilter): Q[] {
  return questions.filter(
    (q) =>
      (filter.exams.length === 0 || filter.exams.some((e) => q.exams.includes(e))) &&
      (filter.topics.length === 0 || filter.topics.includes(q.topic)) &&
      (filter.difficulties.length === 0 || filter.difficulties.includes(q.difficulty)),
  );
}
