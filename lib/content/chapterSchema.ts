import { z } from 'zod';

/** The certification exams a chapter can serve, by their exam codes. */
export const EXAMS = ['CLF-C02', 'SAA-C03', 'DVA-C02', 'DEA-C01', 'SOA-C03', 'SAP-C02'] as const;
export type Exam = (typeof EXAMS)[number];

const isoDate = z.preprocess(
  // YAML turns an unquoted 2026-11-22 into a Date; accept both spellings and keep the ISO day.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real calendar date'),
);

/** The one schema every chapter's frontmatter must satisfy. */
export const chapterFrontmatterSchema = z
  .object({
    title: z.string().trim().min(3).max(80),
    description: z.string().trim().min(20).max(160),
    order: z.number().int().positive(),
    minutes: z.number().int().min(1).max(120),
    objectives: z
      .array(z.string().trim().min(10))
      .min(3, 'needs 3–6 learning objectives')
      .max(6, 'needs 3–6 learning objectives'),
    exams: z.array(z.enum(EXAMS)).min(1),
    lastReviewed: isoDate,
  })
  .strict();

export type ChapterFrontmatter = z.infer<typeof chapterFrontmatterSchema>;

/** A frontmatter problem that names the file and the field, so the build says exactly what to fix. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * Validates raw frontmatter data.
 * @example parseChapterFrontmatter({ title: 'Streaming vs batch', … }, 'content/chapters/streaming-vs-batch.mdx')
 */
export function parseChapterFrontmatter(data: unknown, file: string): ChapterFrontmatter {
  const result = chapterFrontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(frontmatter)';
    return `frontmatter field "${field}": ${issue.message}`;
  });
  throw new ContentError(file, problems);
}
