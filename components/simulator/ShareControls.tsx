'use client';

import { Download, Link2, Undo2, Upload } from 'lucide-react';
import { Button } from '@/components/ui/Button';
import { useRef, useState } from 'react';
import { undo } from '@/simulator/runtime/canvasActions';
import { encodeShareLink, parseSharedSimulation, type SharedSimulation } from '@/simulator/runtime/shareLink';
import { useCanvas, useEditor } from './useSimulation';

interface ShareControlsProps {
  /** The current simulation as shareable data. */
  current: () => SharedSimulation;
  /** Replaces the simulation; returns an error sentence, or null when it worked. */
  load: (shared: SharedSimulation) => string | null;
  onMessage: (message: string) => void;
  onError: (message: string) => void;
}

/** Undo, share link, export and import. */
export function ShareControls({ current, load, onMessage, onError }: ShareControlsProps) {
  const editor = useEditor();
  const undoLabel = useCanvas((c) => c.undo.at(-1)?.label ?? null);
  const [link, setLink] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const share = async () => {
    const shared = current();
    const url = `${location.origin}/playground/?scenario=${shared.scenario}${encodeShareLink(shared)}`;
    // In the playground the address bar itself becomes the link; in a chapter the page stays put.
    if (location.pathname.startsWith('/playground')) history.replaceState(null, '', url);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      onMessage('Link copied. Whoever opens it gets this exact simulation.');
    } catch {
      onMessage('The link is below: copy it from the box.');
    }
  };
  const exportFile = () => {
    const shared = current();
    const blob = new Blob([JSON.stringify(shared, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `shardlab-${shared.scenario}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
    onMessage(`Exported ${a.download}.`);
  };
  const importFile = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      onError(`${file.name} is not a JSON file Shardlab can read. Nothing was changed.`);
      return;
    }
    const parsed = parseSharedSimulation(data, 'file');
    if (!parsed.ok) return onError(`${file.name}: ${parsed.error}`);
    const error = load(parsed.shared);
    if (error) onError(`${file.name}: ${error}`);
    else onMessage(`Opened ${file.name}.`);
  };

  return (
    <div role="group" aria-label="Undo, share and save" className="flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        icon={Undo2}
        disabled={!undoLabel}
        aria-label={undoLabel ? `Undo: ${undoLabel}` : 'Undo'}
        onClick={() => {
          const label = undo(editor);
          onMessage(label ? `Undid: ${label}.` : 'Nothing to undo.');
        }}
      >
        Undo
      </Button>
      <Button size="sm" icon={Link2} onClick={share}>
        Share link
      </Button>
      <Button size="sm" icon={Download} onClick={exportFile}>
        Export
      </Button>
      <Button size="sm" icon={Upload} onClick={() => fileInput.current?.click()}>
        Import…
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        className="sr-only"
        tabIndex={-1}
        aria-label="Import a simulation file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void importFile(file);
          e.target.value = '';
        }}
      />
      {link && (
        <label className="flex w-full items-center gap-2 text-sm">
          Share link
          <input
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            className="min-h-10 flex-1 rounded-md border border-border bg-bg px-2 font-mono text-xs"
          />
        </label>
      )}
    </div>
  );
}
