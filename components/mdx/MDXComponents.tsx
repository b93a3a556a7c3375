import type { MDXComponents as MDXComponentMap } from 'mdx/types';
import * as diagrams from '@/components/diagrams';
import { Challenge } from './Challenge';
import { Challenges } from './Challenges';
import { CodeBlock } from './CodeBlock';
import { DeepDive } from './DeepDive';
import { ExamTip } from './ExamTip';
import { H2, H3 } from './Heading';
import { Hint } from './Hint';
import { MdxLink } from './MdxLink';
import { MythVsFact } from './MythVsFact';
import { Note } from './Note';
import { Pitfall } from './Pitfall';
import { Quiz } from './Quiz';
import { Recap } from './Recap';
import { SimulatorEmbed } from './SimulatorEmbed';
import { Solution } from './Solution';
import { Table } from './Table';
import { Term } from './Term';
import { YouWillLearn } from './YouWillLearn';

/**
 * The one registry of tags chapters may use. Nothing else in the code base knows MDX tag names: the
 * chapter page hands this map to the compiled MDX, and the content check rejects any tag not listed here.
 */
export const customTags = {
  YouWillLearn,
  Note,
  Pitfall,
  DeepDive,
  ExamTip,
  MythVsFact,
  Recap,
  Challenges,
  Challenge,
  Hint,
  Solution,
  Table,
  Term,
  Quiz,
  // Every diagram exported from components/diagrams/index.ts is a tag of the same name.
  ...diagrams,
  Simulator: SimulatorEmbed,
} satisfies MDXComponentMap;

export const mdxComponents: MDXComponentMap = {
  ...customTags,
  h2: H2,
  h3: H3,
  a: MdxLink,
  pre: CodeBlock,
};

/** Tag names a chapter may write as JSX. */
export const registeredTagNames: readonly string[] = Object.keys(customTags);

/**
 * The tags only labs add (their steps). The components are in components/lab/labMdxComponents.ts, so
 * that chapter pages never load lab code; the names live here with the others.
 */
export const LAB_ONLY_TAGS = ['LabStep'] as const;

/** Tag names a lab may write as JSX. */
export const labTagNames: readonly string[] = [...registeredTagNames, ...LAB_ONLY_TAGS];
