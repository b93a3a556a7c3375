'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { CodeEditorProps } from './CodeEditor';

/**
 * Holds the editor's place while its code downloads: the box at the editor's height and the keyboard hint
 * below it (the same sentence as CodeEditor's, which wraps to two lines on a phone), so nothing moves when
 * the editor arrives. `next/dynamic` passes no props to the placeholder, hence the height travels in a CSS
 * variable set by the wrapper.
 */
function CodeEditorSkeleton() {
  return (
    <div>
      <div
        className="flex h-(--code-editor-height) items-center justify-center rounded-md border border-border bg-code-bg p-4 text-center text-muted"
        role="status"
        aria-busy="true"
      >
        Loading the editor…
      </div>
      <p className="mt-1.5 text-sm text-muted" aria-hidden="true">
        Press <kbd className="font-mono">Ctrl+M</kbd> (<kbd className="font-mono">⌃⇧M</kbd> on Mac) to toggle Tab moving
        focus.
      </p>
    </div>
  );
}

const DynamicCodeEditor = dynamic(() => import('./CodeEditor').then((m) => m.CodeEditor), {
  ssr: false,
  loading: CodeEditorSkeleton,
});

/**
 * The Lambda code editor, loaded on demand: the page's first load carries neither Monaco nor the editor
 * component, only this wrapper and a placeholder of the same size.
 *
 * @example
 * <LazyCodeEditor value={code} onChange={setCode} language="javascript" fileName="index.mjs" label="Lambda function code" />
 */
export function LazyCodeEditor({ height = '24rem', ...props }: CodeEditorProps) {
  const ref = useRef<HTMLDivElement>(null);
  const seen = useNearViewport(ref);
  return (
    <div ref={ref} style={{ '--code-editor-height': height } as CSSProperties}>
      {seen ? <DynamicCodeEditor {...props} height={height} /> : <CodeEditorSkeleton />}
    </div>
  );
}

/**
 * Whether an element has come within a screen of the viewport. On a phone the editor sits below the lab's
 * steps, so Monaco (a megabyte of script) loads when the learner scrolls towards it, not with the page.
 */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, seen]);
  return seen;
}
