'use client';

import { useEffect, useRef } from 'react';
import { Button } from '@/components/ui/Button';

const SHORTCUTS: [string, string][] = [
  ['→, Space or Page Down', 'Next: run the beat, reveal, go on'],
  ['← or Page Up', 'Previous beat, as it ended'],
  ['P', 'Pause or resume the run; when it is over, run the simulation freely'],
  ['B or .', 'Blank the screen, and back'],
  ['F', 'Full screen, and back'],
  ['?', 'This list'],
];

/** The keyboard shortcuts, as a modal dialog (Escape or the button closes it). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="shortcut-help-title"
      className="m-auto max-w-xl rounded-lg border-2 border-border bg-bg p-6 text-fg backdrop:bg-black/60"
    >
      <h2 id="shortcut-help-title" className="mt-0 text-2xl font-bold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt className="font-semibold">{keys}</dt>
            <dd className="m-0">{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mb-0 text-muted">The presenter window drives the same view from a second screen.</p>
      <Button variant="primary" size="lg" onClick={onClose} className="mt-4">
        Close
      </Button>
    </dialog>
  );
}
