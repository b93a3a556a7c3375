import { ChevronRight } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { LabWorkspace } from '@/components/lab/LabWorkspace';
import { labMdxComponents } from '@/components/lab/labMdxComponents';
import { InlineIcon } from '@/components/ui/InlineIcon';
import { listChapters } from '@/lib/content/chapters';
import { compileChapter } from '@/lib/content/compileChapter';
import { getLabSource, listLabs } from '@/lib/content/labs';
import { labSteps } from '@/lib/content/labSteps';
import { getScenario } from '@/lib/content/scenarios';

export const dynamicParams = false;

export function generateStaticParams() {
  return listLabs().map((lab) => ({ slug: lab.slug }));
}

export async function generateMetadata({ params }: PageProps<'/lab/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const lab = getLabSource(slug);
  return { title: `Lab: ${lab.title}`, description: lab.description };
}

export default async function LabPage({ params }: PageProps<'/lab/[slug]'>) {
  const { slug } = await params;
  const lab = getLabSource(slug);
  const { Content } = await compileChapter(lab);
  const chapters = listChapters().filter((c) => lab.chapters.includes(c.slug));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
      <p className="m-0 text-sm">
        <Link href="/lab/">Labs</Link> <InlineIcon icon={ChevronRight} className="text-muted" /> Lab {lab.order}
      </p>
      <h1 className="mt-1 text-3xl font-extrabold tracking-tight">{lab.title}</h1>
      <p className="mt-2 max-w-3xl text-muted">{lab.description}</p>
      <p className="mt-2 text-sm text-muted">
        About {lab.minutes} minutes · practises{' '}
        {chapters.map((c, i) => (
          <span key={c.slug}>
            {i > 0 && ', '}
            <Link href={`/learn/${c.slug}/`}>{c.title}</Link>
          </span>
        ))}
      </p>
      <div className="mt-6">
        <LabWorkspace
          slug={lab.slug}
          editor={lab.editor}
          functionName={lab.function ?? null}
          runtimes={lab.runtimes}
          starters={lab.starters}
          scenarioId={lab.scenario}
          scenario={getScenario(lab.scenario)}
          stepIds={labSteps(lab.source).map((s) => s.id)}
        >
          <Content components={labMdxComponents} />
        </LabWorkspace>
      </div>
    </main>
  );
}
