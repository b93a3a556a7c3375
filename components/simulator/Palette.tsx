'use client';

import { Plus } from 'lucide-react';
import type { DragEvent } from 'react';
import { addNode } from '@/simulator/runtime/canvasActions';
import { paletteData, PALETTE_MIME } from './canvas/paletteMime';
import { PALETTE, type PaletteEntry } from './kinds/kindViews';
import { useEditor } from './useSimulation';

/**
 * What can be added. Drag an item onto the canvas with a mouse, or press it (keyboard, touch): the
 * layout places it beside the others of its kind, and it is selected, so the inspector opens on it.
 */
export function Palette({ onMessage }: { onMessage: (message: string) => void }) {
  const editor = useEditor();
  const add = (item: PaletteEntry) => {
    const result = addNode(editor, item.kind, undefined, item.preset);
    onMessage(result.ok ? `Added ${result.id.split(':')[1]}; its settings are in the inspector.` : result.error);
  };
  const onDragStart = (event: DragEvent, item: PaletteEntry) => {
    event.dataTransfer.setData(PALETTE_MIME, paletteData({ kind: item.kind, preset: item.preset }));
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div role="group" aria-label="Add to the canvas" className="flex flex-wrap gap-2">
      {PALETTE.map((item) => (
        <button
          key={`${item.kind}:${item.preset ?? ''}`}
          type="button"
          draggable
          onDragStart={(e) => onDragStart(e, item)}
          onClick={() => add(item)}
          className="flex min-h-11 cursor-grab items-center gap-2 rounded-md border border-border bg-bg px-2.5 py-1 text-left text-sm hover:border-accent active:cursor-grabbing"
        >
          <item.icon aria-hidden="true" className="size-5 shrink-0 text-accent" strokeWidth={2.25} />
          <span className="flex flex-col">
            <span className="font-semibold">
              <Plus aria-hidden="true" className="-mt-0.5 inline size-3.5" /> {item.label}
            </span>
            <span className="text-xs text-muted">{item.hint}</span>
          </span>
        </button>
      ))}
    </div>
  );
}
