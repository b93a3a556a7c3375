import type { TocEntry } from '@/lib/content/remarkHeadingIds';

function TocList({ toc }: { toc: TocEntry[] }) {
  return (
    <ul className="space-y-1">
      {toc.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? 'pl-4' : undefined}>
          <a href={`#${entry.id}`} className="block rounded px-1 py-0.5 text-muted hover:text-fg hover:underline">
            {entry.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** "On this page": a folded list on small screens, a sticky column on wide ones. */
export function TableOfContents({ toc, variant }: { toc: TocEntry[]; variant: 'inline' | 'column' }) {
  if (toc.length === 0) return null;
  if (variant === 'inline') {
    return (
      <nav
        aria-label="On this page (compact)"
        data-pagefind-ignore="all"
        className="my-6 rounded-md border border-border text-sm xl:hidden"
      >
        <details>
          <summary className="cursor-pointer px-3 py-2 font-semibold">On this page</summary>
          <div className="px-3 pb-3">
            <TocList toc={toc} />
          </div>
        </details>
      </nav>
    );
  }
  return (
    <nav aria-label="On this page" className="text-sm">
      <h2 className="mb-2 text-xs font-bold tracking-wider text-muted uppercase">On this page</h2>
      <TocList toc={toc} />
    </nav>
  );
}
