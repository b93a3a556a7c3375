import type { Metadata } from 'next';
import { ChapterArticle } from '@/components/chapter/ChapterArticle';
import { mdxComponents } from '@/components/mdx/MDXComponents';
import { getChapterSource, listChapters } from '@/lib/content/chapters';
import { compileChapter } from '@/lib/content/compileChapter';
import { courseMap } from '@/lib/content/courseMap';
import { neighbours } from '@/lib/content/navigation';

export const dynamicParams = false;

export function generateStaticParams() {
  return listChapters().map((chapter) => ({ slug: chapter.slug }));
}

export async function generateMetadata({ params }: PageProps<'/learn/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const chapter = getChapterSource(slug);
  return { title: chapter.title, description: chapter.description };
}

export default async function ChapterPage({ params }: PageProps<'/learn/[slug]'>) {
  const { slug } = await params;
  const chapter = getChapterSource(slug);
  const { Content, toc } = await compileChapter(chapter);
  return (
    <ChapterArticle
      chapter={chapter}
      course={courseMap()}
      toc={toc}
      neighbours={neighbours(listChapters(), slug)}
      content={<Content components={mdxComponents} />}
    />
  );
}
