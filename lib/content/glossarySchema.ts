import { z } from 'zod';

const termId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/** One glossary entry: what chapters link to on first use, and what the glossary page shows. */
export const glossaryTermSchema = z
  .object({
    id: termId,
    term: z.string().trim().min(2).max(60),
    /** Spellings that link here from chapter prose, matched as whole words, case-insensitively. */
    match: z.array(z.string().trim().min(2)).min(1),
    definition: z.string().trim().min(20).max(400),
    /** The chapter section that teaches the term: `/learn/<slug>/#<id>`. */
    learnMore: z.string().regex(/^\/learn\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/, 'must look like /learn/<slug>/#<id>'),
    seeAlso: z.array(termId).default([]),
  })
  .strict();

export const glossarySchema = z.object({ terms: z.array(glossaryTermSchema).min(1) }).strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
