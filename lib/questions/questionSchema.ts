import { z } from 'zod';
import { EXAMS } from '@/lib/content/chapterSchema';

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

const option = z
  .object({
    /** The option as the candidate reads it (markdown, one line). */
    text: z.string().trim().min(1).max(400),
    /** Why this option is right or wrong: every option has its own. */
    explanation: z.string().trim().min(20).max(800),
    correct: z.boolean().default(false),
    /** A scenario that shows why this option fails ("adding shards does not help a hot key — watch"). */
    counterExample: kebab.optional(),
  })
  .strict();

/** One exam-practice question; a bank file in content/questions/ is a YAML list of these. */
export const questionSchema = z
  .object({
    id: kebab,
    /** The scenario and question (markdown). */
    stem: z.string().trim().min(20).max(1200),
    options: z.array(option).min(4, 'needs 4 or 5 options').max(5, 'needs 4 or 5 options'),
    /** Concept tags, e.g. hot-key, partition-key, efo. */
    tags: z.array(kebab).min(1),
    exams: z.array(z.enum(EXAMS)).min(1),
    difficulty: z.enum(['easy', 'medium', 'hard']),
    /** The chapter section that teaches it: /learn/<slug>/#<id>. Its chapter is the question's topic. */
    learn: z.string().regex(/^\/learn\/[a-z0-9-]+\/#[a-z0-9-]+$/, 'must look like /learn/<slug>/#<section-id>'),
    /** Opens the simulator in the situation the question describes. */
    scenario: kebab.optional(),
    /** Part of the Streams vs Firehose (and SQS, SNS, MSK, EventBridge) decision drill. */
    decision: z.boolean().default(false),
    lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
  })
  .strict()
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (correct < 1 || correct > 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `has ${correct} correct options; a question has 1, or 2 for "choose two"`,
      });
    if (correct === 2 && !/choose two/i.test(q.stem))
      ctx.addIssue({
        code: 'custom',
        path: ['stem'],
        message: 'has two correct options, so the stem must say "(Choose two.)"',
      });
    const texts = q.options.map((o) => o.text.toLowerCase());
    if (new Set(texts).size !== texts.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'has two identical options' });
  });

export const questionFileSchema = z.array(questionSchema).min(1);

export type Question = z.infer<typeof questionSchema>;
export type QuestionOption = Question['options'][number];
