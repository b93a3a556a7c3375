import type { MDXComponents } from 'mdx/types';
import { LAB_ONLY_TAGS, mdxComponents } from '@/components/mdx/MDXComponents';
import { LabStep } from './LabStep';

const labOnly: Record<(typeof LAB_ONLY_TAGS)[number], MDXComponents[string]> = { LabStep };

/** What a lab's MDX renders with: every chapter tag, and the lab's steps. */
export const labMdxComponents: MDXComponents = { ...mdxComponents, ...labOnly };
