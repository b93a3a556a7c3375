'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type * as Monaco from 'monaco-editor';
import { loadMonaco, type MonacoApi } from '@/lib/lab/monacoEnvironment';

export interface CodeEditorProps {
  value: string;
  onChange: (value: string) => void;
  language: 'javascript' | 'typescript' | 'python';
  /** The file the code is deployed as ('index.mjs', 'index.ts', 'lambda_function.py'): its extension tells
   * the TypeScript service whether the model is an ES module, CommonJS or TypeScript. */
  fileName: string;
  /** The editor's accessible name. */
  label: string;
  /** Id(s) of elements that describe the code (instructions, errors). */
  describedBy?: string;
  readOnly?: boolean;
  /** Any CSS height; the editor scrolls inside it. */
  height?: string;
}

/**
 * Monaco's light and dark themes with colours that meet WCAG AA: the built-in ones draw the dimmed number
 * of a last, empty line, and vs-dark its comments, below 4.5:1.
 */
function defineThemes(monaco: MonacoApi): void {
  const numbers = (color: string) => ({
    'editorLineNumber.foreground': color,
    'editorLineNumber.dimmedForeground': color,
  });
  monaco.editor.defineTheme('shardlab-light', { base: 'vs', inherit: true, rules: [], colors: numbers('#4d5560') });
  // axe finds vs-dark's comment green (#6a9955) under 4.5:1 in the lab; this one is 7.8:1 on #1e1e1e.
  monaco.editor.defineTheme('shardlab-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '8bbf73' }],
    colors: numbers('#a6a6a6'),
  });
}

/** Monaco's theme for the site's theme: high contrast for the projector, light or dark otherwise. */
function siteAppearance(): { theme: string; fontSize: number } {
  const html = document.documentElement;
  const dark = html.dataset.theme === 'dark';
  const theme = html.hasAttribute('data-projector')
    ? dark
      ? 'hc-black'
      : 'hc-light'
    : dark
      ? 'shardlab-dark'
      : 'shardlab-light';
  // 14 px at the usual 16 px root; the projector theme's larger root type scales the code with the page.
  const rootPx = Number.parseFloat(getComputedStyle(html).fontSize) || 16;
  return { theme, fontSize: Math.round(rootPx * 0.875) };
}

/** Finds the element that takes keyboard input (a native EditContext div or Monaco's textarea). */
function inputElement(editor: Monaco.editor.IStandaloneCodeEditor): Element | null {
  return editor.getDomNode()?.querySelector('[role="textbox"]') ?? null;
}

/**
 * The Lambda code editor: Monaco from the site's own bundle with Lambda's Kinesis event types, following
 * the site's light, dark and projector themes. Edits are reported through `onChange`; a new `value` from
 * outside (a reset, a saved draft) replaces the text as one undoable step.
 */
export function CodeEditor({
  value,
  onChange,
  language,
  fileName,
  label,
  describedBy,
  readOnly = false,
  height = '24rem',
}: CodeEditorProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  const valueRef = useRef(value);
  const applyingValue = useRef(false);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const id = useId();
  const hintId = `${id}-tab-hint`;
  const optionsRef = useRef({ label, readOnly });

  useEffect(() => {
    onChangeRef.current = onChange;
    valueRef.current = value;
    optionsRef.current = { label, readOnly };
  });

  // One editor and one model per file: a new file name or language (a runtime switch) starts afresh.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let disposed = false;
    const cleanups: (() => void)[] = [];
    setStatus('loading');

    const mount = (monaco: MonacoApi) => {
      if (disposed) return;
      // A directory per editor instance keeps two editors on one page (same file name) apart.
      const uri = monaco.Uri.parse(`file:///lab/${id.replace(/[^\w-]/g, '')}/${fileName}`);
      const model = monaco.editor.createModel(valueRef.current, language, uri);
      model.updateOptions({ tabSize: language === 'python' ? 4 : 2, insertSpaces: true });
      defineThemes(monaco);
      const appearance = siteAppearance();
      const editor = monaco.editor.create(container, {
        model,
        theme: appearance.theme,
        fontSize: appearance.fontSize,
        fontFamily: getComputedStyle(container).fontFamily,
        ariaLabel: optionsRef.current.label,
        accessibilitySupport: 'auto',
        readOnly: optionsRef.current.readOnly,
        automaticLayout: true,
        // Suggestions and hovers may extend past the editor's rounded, clipped box.
        fixedOverflowWidgets: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        lineNumbersMinChars: 3,
        padding: { top: 8, bottom: 8 },
        stickyScroll: { enabled: false },
        // vs-dark draws the word under the cursor on a grey (#474747) that leaves keywords at 3.2:1 contrast.
        occurrencesHighlight: 'off',
        // Monaco's long-standing textarea input, not Chromium's newer EditContext: with EditContext, quick
        // keystrokes (and Playwright's) were dropped now and then (2 of 5 runs lost characters; 0 of 5 here).
        editContext: false,
      });
      editorRef.current = editor;

      const contentListener = model.onDidChangeContent(() => {
        if (!applyingValue.current) onChangeRef.current(model.getValue());
      });
      // The theme is global to Monaco; the observer follows the site's theme controls as they change.
      const observer = new MutationObserver(() => {
        const next = siteAppearance();
        monaco.editor.setTheme(next.theme);
        editor.updateOptions({ fontSize: next.fontSize });
      });
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['data-theme', 'data-projector'],
      });
      cleanups.push(
        () => observer.disconnect(),
        () => contentListener.dispose(),
        () => editor.dispose(),
        () => model.dispose(),
      );
      setStatus('ready');
    };

    loadMonaco().then(mount, () => {
      if (!disposed) setStatus('failed');
    });
    return () => {
      disposed = true;
      editorRef.current = null;
      for (const cleanup of cleanups) cleanup();
    };
  }, [id, fileName, language]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly, ariaLabel: label });
  }, [readOnly, label, status]);

  // Monaco owns the input element, so the description is attached to it once it exists.
  useEffect(() => {
    const editor = editorRef.current;
    const input = editor && inputElement(editor);
    input?.setAttribute('aria-describedby', [describedBy, hintId].filter(Boolean).join(' '));
  }, [describedBy, hintId, status]);

  // An outside value (not an echo of the user's own typing) replaces the text as one undoable edit.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === value) return;
    applyingValue.current = true;
    try {
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
      model.pushStackElement();
    } finally {
      applyingValue.current = false;
    }
  }, [value, status]);

  return (
    <div>
      <div
        className="relative overflow-hidden rounded-md border border-border bg-code-bg font-mono focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-focus"
        style={{ height }}
      >
        <div ref={containerRef} className="h-full w-full" />
        {status !== 'ready' && (
          <div
            className="absolute inset-0 flex items-center justify-center bg-code-bg p-4 text-center font-sans text-muted"
            role="status"
            aria-busy={status === 'loading'}
          >
            {status === 'loading'
              ? 'Loading the editor…'
              : 'The code editor could not load. Check your connection, then reload the page.'}
          </div>
        )}
      </div>
      <p id={hintId} className="mt-1.5 text-sm text-muted">
        Press <kbd className="font-mono">Ctrl+M</kbd> (
        <kbd className="font-mono">
          <span aria-hidden="true">⌃⇧M</span>
          <span className="sr-only">Control+Shift+M</span>
        </kbd>{' '}
        on Mac) to toggle Tab moving focus.
      </p>
    </div>
  );
}
