/** One search hit: a chapter section (or a whole page when it has no sections). */
export interface SearchHit {
  id: string;
  url: string;
  page: string;
  section: string | null;
  /** Pagefind's excerpt: escaped text with <mark> around matched words. */
  excerpt: string;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}
interface Pagefind {
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; data: () => Promise<PagefindData> }[] } | null>;
}

let loading: Promise<Pagefind> | null = null;

/**
 * Loads the static index that `pagefind` wrote into out/pagefind at build time, from the site's own
 * origin. The import is kept out of the bundle on purpose: the file exists only in the built site.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${'/pagefind/pagefind.js'}`).then(
    async (mod: Pagefind) => {
      await mod.init();
      return mod;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Searches and flattens each page's matching sections into hits, best pages first. */
export async function searchCourse(query: string, maxPages = 6): Promise<SearchHit[]> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(query);
  if (!response) return [];
  const pages = await Promise.all(
    response.results.slice(0, maxPages).map((r) => r.data().then((d) => ({ id: r.id, d }))),
  );
  return pages.flatMap(({ id, d }): SearchHit[] => {
    const page = d.meta.title ?? d.url;
    const subs = (d.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, 3);
    if (subs.length === 0) return [{ id, url: d.url, page, section: null, excerpt: d.excerpt }];
    return subs.map((s, i) => ({ id: `${id}-${i}`, url: s.url, page, section: s.title, excerpt: s.excerpt }));
  });
}
