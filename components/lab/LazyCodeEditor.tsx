'use client';

import dynamic from 'next/dynamic';
import type { CSSProperties } from 'react';
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
  return (
    <div style={{ '--code-editor-height': height } as CSSProperties}>
      <DynamicCodeEditor {...props} height={height} />
    </div>
  );
}
