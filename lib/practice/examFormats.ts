import exams from '@/content/exams.json';

export interface ExamDomain {
  id: string;
  name: string;
  weight?: number;
  topics: string[];
}

export interface ExamFormat {
  code: string;
  name: string;
  source: string;
  domains: ExamDomain[];
}

/** The six exams with their content domains (content/exams.json, from AWS's exam guides). */
export const EXAM_FORMATS: ExamFormat[] = exams.exams;

/**
 * The exam domains a question counts toward, for the exams it was drawn for.
 * @example domainsOf('consumers', ['DEA-C01']) // ['DEA-C01 · Data Ingestion and Transformation', …]
 */
export function domainsOf(topic: string, examCodes: readonly string[]): string[] {
  return EXAM_FORMATS.filter((e) => examCodes.includes(e.code)).flatMap((e) =>
    e.domains.filter((d) => d.topics.includes(topic)).map((d) => `${e.code} · ${d.name}`),
  );
}

/** Minutes per question in the timed presets. */
export const MINUTES_PER_QUESTION = 2;
