'use client';

import { ChevronRight, Search } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { InlineIcon } from '@/components/ui/InlineIcon';
import { searchCourse, type SearchHit } from '@/lib/search/pagefindClient';

type Status = 'idle' | 'searching' | 'done' | 'unavailable';

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Course search: a modal dialog opened by the header button, "/" or Ctrl/⌘+K. The input is a combobox;
 * arrow keys move through results, Enter opens the section. Results come from the static Pagefind index.
 */
export function SearchDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [status, setStatus] = useState<Status>('idle');

  const open = useCallback(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    input.current?.select();
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const combo = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      if (combo || (e.key === '/' && !isTypingTarget(e.target) && !e.altKey && !e.ctrlKey && !e.metaKey)) {
        e.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  // Each keystroke starts a search; only the answer to the latest one is shown.
  const latest = useRef(0);
  const onQuery = (value: string) => {
    setQuery(value);
    const q = value.trim();
    const ticket = ++latest.current;
    if (!q) {
      setHits([]);
      setStatus('idle');
      return;
    }
    setStatus('searching');
    searchCourse(q).then(
      (found) => {
        if (ticket !== latest.current) return;
        setHits(found);
        setActive(0);
        setStatus('done');
      },
      () => ticket === latest.current && setStatus('unavailable'),
    );
  };

  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    dialog.current?.close();
    router.push(hit.url);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') go(hits[active]);
    else return;
    e.preventDefault();
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  const message =
    status === 'unavailable'
      ? 'Search is not available: the index is built with the site (npm start), not in development.'
      : status === 'searching'
        ? 'Searching…'
        : status === 'done' && hits.length === 0
          ? `No results for “${query.trim()}”.`
          : status === 'done'
            ? `${hits.length} result${hits.length === 1 ? '' : 's'}. Use the up and down arrows to choose, Enter to open.`
            : 'Type to search every chapter.';

  return (
    <>
      <Button size="sm" icon={Search} onClick={open} aria-keyshortcuts="/ Control+K">
        <span>Search</span>
        <kbd className="hidden rounded border border-border px-1 text-xs text-muted sm:inline">/</kbd>
      </Button>
      <dialog
        ref={dialog}
        aria-label="Search the course"
        onClose={() => onQuery('')}
        className="mx-auto mt-[10vh] w-[min(40rem,calc(100vw-1.5rem))] rounded-lg border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/50"
      >
        <div className="border-b border-border p-3">
          <input
            ref={input}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-label="Search the course"
            aria-expanded={hits.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
            value={query}
            onChange={(e) => onQuery(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder="Search chapters, e.g. retention"
            className="w-full rounded border border-border bg-bg px-3 py-2 text-base text-fg placeholder:text-muted"
          />
        </div>
        <p role="status" className="px-4 pt-2 text-sm text-muted">
          {message}
        </p>
        <ul id={listId} role="listbox" aria-label="Search results" className="max-h-[60vh] overflow-y-auto p-2">
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseMove={() => setActive(i)}
              onClick={() => go(hit)}
              className="cursor-pointer rounded-md px-3 py-2 aria-selected:bg-surface aria-selected:outline-2 aria-selected:outline-accent"
            >
              <span className="block font-medium">
                {hit.page}
                {hit.section ? (
                  <span className="text-muted">
                    {/* The chevron separates page and section on screen; the comma does it when read aloud. */}
                    <span className="sr-only">,</span> <InlineIcon icon={ChevronRight} /> {hit.section}
                  </span>
                ) : null}
              </span>
              <span
                className="search-excerpt block text-sm text-muted"
                dangerouslySetInnerHTML={{ __html: hit.excerpt }}
              />
            </li>
          ))}
        </ul>
        <div className="flex justify-end border-t border-border p-2">
          <Button variant="ghost" size="sm" onClick={() => dialog.current?.close()}>
            Close
          </Button>
        </div>
      </dialog>
    </>
  );
}
