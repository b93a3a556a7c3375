import type { ReactNode } from 'react';
import type { ChapterMeta } from '@/lib/content/chapters';
import type { CourseEntry } from '@/lib/content/courseMap';
import type { ChapterNeighbours } from '@/lib/content/navigation';
import type { TocEntry } from '@/lib/content/remarkHeadingIds';
import { ChapterPager } from './ChapterPager';
import { ChapterSidebar } from './ChapterSidebar';
import { CompleteChapterButton } from './CompleteChapterButton';
import { KeepHashInView } from './KeepHashInView';
import { ReadingTracker } from './ReadingTracker';
import { TableOfContents } from './TableOfContents';

interface ChapterArticleProps {
  chapter: ChapterMeta;
  course: CourseEntry[];
  toc: TocEntry[];
  neighbours: ChapterNeighbours;
  content: ReactNode;
}

function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A chapter page: sidebar, the article with its header, table of contents and footer navigation. */
export function ChapterArticle({ chapter, course, toc, neighbours, content }: ChapterArticleProps) {
  const sectionIds = toc.filter((t) => t.depth === 2).map((t) => t.id);
  return (
    <div className="mx-auto max-w-screen-2xl gap-8 px-4 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] xl:grid-cols-[15rem_minmax(0,1fr)_14rem]">
      <aside className="pt-4 lg:sticky lg:top-14 lg:max-h-[calc(100vh-3.5rem)] lg:self-start lg:overflow-y-auto lg:py-8">
        <ChapterSidebar entries={course} currentSlug={chapter.slug} />
      </aside>
      <main id="main" tabIndex={-1} className="min-w-0 py-6 focus:outline-none lg:py-8">
        <div className="mx-auto max-w-3xl" data-pagefind-body>
          <header>
            <p className="text-sm font-semibold text-muted" data-pagefind-ignore>
              Chapter {chapter.order} · {chapter.minutes} min read · {chapter.exams.join(', ')}
            </p>
            <h1 className="mt-2 text-3xl font-extrabold tracking-tight text-fg sm:text-4xl">{chapter.title}</h1>
            <p className="mt-3 text-lg text-muted">{chapter.description}</p>
            <p className="mt-2 text-sm text-muted" data-pagefind-ignore>
              Last reviewed <time dateTime={chapter.lastReviewed}>{formatDate(chapter.lastReviewed)}</time>
            </p>
          </header>
          <TableOfContents toc={toc} variant="inline" />
          <article className="prose prose-code mt-6 max-w-none">{content}</article>
          <div data-pagefind-ignore="all">
            <CompleteChapterButton slug={chapter.slug} title={chapter.title} />
            <ChapterPager {...neighbours} />
          </div>
        </div>
      </main>
      <aside className="hidden xl:sticky xl:top-14 xl:block xl:max-h-[calc(100vh-3.5rem)] xl:self-start xl:overflow-y-auto xl:py-8">
        <TableOfContents toc={toc} variant="column" />
      </aside>
      <ReadingTracker slug={chapter.slug} sectionIds={sectionIds} />
      <KeepHashInView />
    </div>
  );
}
