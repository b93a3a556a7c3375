'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { buttonClasses } from '@/components/ui/buttonClasses';
import { downloadText } from '@/lib/download';
import { parseProgressFile, progressFileName, progressToFile } from '@/lib/progress/progressFile';
import { useProgress } from './useProgress';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Export progress to a file, import it on another browser, or start over. */
export function ProgressTransfer() {
  const progress = useProgress((s) => s.progress);
  const replace = useProgress((s) => s.replace);
  const reset = useProgress((s) => s.reset);
  const ready = useProgress((s) => s.ready);
  const fileInput = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const onExport = () => {
    const now = new Date();
    downloadText(progressToFile(progress, now), progressFileName(now));
    setMessage({ kind: 'ok', text: `Exported your progress as ${progressFileName(now)}.` });
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const result = parseProgressFile(await file.text());
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${file.name}: ${result.error}` });
      return;
    }
    replace(result.progress);
    const count = Object.keys(result.progress.chapters).length;
    setMessage({
      kind: 'ok',
      text: `Imported progress for ${count} chapter${count === 1 ? '' : 's'} from ${file.name}.`,
    });
  };

  return (
    <section aria-labelledby="transfer-heading" className="rounded-lg border border-border p-5">
      <h2 id="transfer-heading" className="text-xl font-bold">
        Keep or move your progress
      </h2>
      <p className="mt-2 text-fg">
        Progress lives only in this browser. Export it to a file to keep a copy or to continue on another device, then
        import it there.
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button variant="primary" onClick={onExport} disabled={!ready}>
          Export progress
        </Button>
        {/* A label styled as a button, so the file input keeps its native picker and its name. */}
        <label
          className={`${buttonClasses({ variant: 'outline' })} cursor-pointer focus-within:outline-3 focus-within:outline-focus`}
        >
          Import progress
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            disabled={!ready}
            onChange={(e) => void onImport(e.target.files?.[0])}
            className="sr-only"
          />
        </label>
        {confirmReset ? (
          <span className="flex items-center gap-2">
            <span>Erase all progress in this browser?</span>
            <Button
              variant="danger"
              onClick={() => {
                reset();
                setConfirmReset(false);
                setMessage({ kind: 'ok', text: 'Your progress was erased.' });
              }}
            >
              Yes, erase
            </Button>
            <Button onClick={() => setConfirmReset(false)}>Cancel</Button>
          </span>
        ) : (
          <Button onClick={() => setConfirmReset(true)} disabled={!ready}>
            Start over…
          </Button>
        )}
      </div>
      <p role="status" className="mt-3 text-success">
        {message?.kind === 'ok' ? message.text : null}
      </p>
      <p role="alert" className="mt-1 font-semibold text-pitfall">
        {message?.kind === 'error' ? message.text : null}
      </p>
    </section>
  );
}
