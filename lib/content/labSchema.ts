import { z } from 'zod';
import { EXAMS } from './chapterSchema';

/** Lambda runtimes a lab's editor offers (CreateFunction's Runtime values). */
export const LAB_RUNTIMES = ['nodejs22.x', 'python3.12'] as const;
export type LabRuntimeId = (typeof LAB_RUNTIMES)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase words joined by hyphens');

/** The one schema every lab's frontmatter must satisfy. */
export const labFrontmatterSchema = z
  .object({
    title: z.string().trim().min(3).max(80),
    description: z.string().trim().min(20).max(200),
    order: z.number().int().positive(),
    minutes: z.number().int().min(5).max(120),
    /** The scenario the simulation starts from (its streams, producers …); an empty account when it has none. */
    scenario: slug,
    /** What the editor holds: a Lambda handler the simulator invokes, or an SDK producer the learner runs. */
    editor: z.enum(['handler', 'producer']),
    /** Handler labs: the function the steps create, deploy and test (the editor's Deploy targets it). */
    function: z
      .string()
      .regex(/^[a-zA-Z0-9_-]{1,64}$/, 'must be a Lambda function name: 1–64 letters, digits, - and _')
      .optional(),
    /** The runtimes the learner can pick; starters live in content/labs/<slug>/<runtime>/. */
    runtimes: z.array(z.enum(LAB_RUNTIMES)).min(1),
    /** Chapters the lab practises (slugs), linked from the lab page. */
    chapters: z.array(slug).min(1),
    exams: z.array(z.enum(EXAMS)).min(1),
    lastReviewed: z.preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
    ),
  })
  .strict()
  .refine((lab) => lab.editor !== 'handler' || lab.function !== undefined, {
    message: 'a handler lab names its function',
    path: ['function'],
  });

export type LabFrontmatter = z.infer<typeof labFrontmatterSchema>;
