'use client';

import { useEffect, useRef, useState } from 'react';
import { demoToFile, LOCAL_DEMO_ID, saveLocalDemo } from '@/lib/demos/demoFile';
import type { Demo, DemoBeat } from '@/lib/demos/demoSchema';
import { parseDemo } from '@/lib/demos/parseDemo';
import { downloadText } from '@/lib/download';
import { Button } from '@/components/ui/Button';

const INPUT = 'w-full rounded-md border border-border bg-bg px-2 py-1';

/** The file name for a demo: its title in lowercase words joined by hyphens. */
export function demoFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'demo'}.json`;
}

/**
 * Edits a recorded demo's words (title, summary, each beat's title, audience text and notes), then
 * exports it as a file or opens it in the presenter. The demo is checked as the content check would,
 * and a problem is named (beat and field) instead of exporting a file that would not open.
 */
export function DemoEditor({
  demo,
  onChange,
  onClose,
}: {
  demo: Demo;
  onChange: (d: Demo) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const checked = parseDemo(JSON.parse(JSON.stringify(demo)), 'This demo');
  const setBeat = (i: number, changes: Partial<DemoBeat>) =>
    onChange({ ...demo, beats: demo.beats.map((b, j) => (j === i ? { ...b, ...changes } : b)) });
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="demo-editor-title"
      className="m-auto w-[min(56rem,95vw)] rounded-lg border-2 border-border bg-bg p-4 text-fg backdrop:bg-black/60"
    >
      <h2 id="demo-editor-title" className="mt-0 text-xl font-bold">
        Edit the recorded demo
      </h2>
      <div className="space-y-3">
        <label className="block">
          <span className="font-semibold">Title</span>
          <input value={demo.title} onChange={(e) => onChange({ ...demo, title: e.target.value })} className={INPUT} />
        </label>
        <label className="block">
          <span className="font-semibold">Summary</span>
          <textarea
            value={demo.summary}
            onChange={(e) => onChange({ ...demo, summary: e.target.value })}
            rows={2}
            className={INPUT}
          />
        </label>
        <ol className="m-0 list-none space-y-3 p-0">
          {demo.beats.map((beat, i) => (
            <li key={i}>
              <fieldset className="space-y-2 rounded-md border border-border p-3">
                <legend className="px-1 font-semibold">
                  Beat {i + 1}: {beat.actions.length} action{beat.actions.length === 1 ? '' : 's'}
                </legend>
                <label className="block">
                  <span>Beat {i + 1} title</span>
                  <input value={beat.title} onChange={(e) => setBeat(i, { title: e.target.value })} className={INPUT} />
                </label>
                <label className="block">
                  <span>Beat {i + 1} audience text (large and short)</span>
                  <input value={beat.text} onChange={(e) => setBeat(i, { text: e.target.value })} className={INPUT} />
                </label>
                <label className="block">
                  <span>Beat {i + 1} presenter notes</span>
                  <textarea
                    value={beat.notes}
                    onChange={(e) => setBeat(i, { notes: e.target.value })}
                    rows={3}
                    className={INPUT}
                  />
                </label>
              </fieldset>
            </li>
          ))}
        </ol>
      </div>
      {!checked.ok && (
        <p role="alert" className="mt-3 rounded-md border-2 border-pitfall bg-pitfall-bg p-3">
          {checked.error}
        </p>
      )}
      {ready && (
        <p role="status" className="mt-3 rounded-md border-2 border-success bg-tip-bg p-3">
          Ready in this browser:{' '}
          <a
            href={`/present/show/?demo=${LOCAL_DEMO_ID}`}
            target="_blank"
            rel="noopener"
            className="text-accent underline"
          >
            audience view
          </a>{' '}
          ·{' '}
          <a
            href={`/present/presenter/?demo=${LOCAL_DEMO_ID}`}
            target="_blank"
            rel="noopener"
            className="text-accent underline"
          >
            presenter view
          </a>
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        <Button
          variant="primary"
          size="lg"
          disabled={!checked.ok}
          onClick={() => downloadText(demoToFile(demo), demoFileName(demo.title))}
        >
          Export demo file
        </Button>
        <Button size="lg" disabled={!checked.ok} onClick={() => setReady(saveLocalDemo(demo, window.localStorage))}>
          Present it here
        </Button>
        <Button size="lg" onClick={() => dialog.current?.close()}>
          Close (the recording is discarded)
        </Button>
      </div>
    </dialog>
  );
}
