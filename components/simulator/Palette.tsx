'use client';

import { useReactFlow } from '@xyflow/react';
import type { DragEvent } from 'react';
import { addNode } from '@/simulator/runtime/canvasActions';
import type { PaletteKind } from '@/simulator/runtime/editorCore';
import { nextFreePosition, type FlowNode } from './canvas/buildFlow';
import { PALETTE_MIME } from './canvas/paletteMime';
import { useEditor } from './useSimulation';

const ITEMS: { kind: PaletteKind; label: string; hint: string }[] = [
  { kind: 'producer', label: 'Producer', hint: 'sends records' },
  { kind: 'stream', label: 'Data stream', hint: 'CreateStream, 2 shards' },
  { kind: 'consumer', label: 'Consumer app', hint: 'KCL, polls GetRecords' },
  { kind: 'efoConsumer', label: 'EFO consumer', hint: 'own 2 MB/s per shard' },
  { kind: 'lambda', label: 'Lambda function', hint: 'connect a stream to it' },
  { kind: 'firehose', label: 'Firehose to S3', hint: 'reads the selected stream' },
  { kind: 'bucket', label: 'S3 bucket', hint: 'a Firehose destination' },
];

/**
 * What can be added. Drag an item onto the canvas with a mouse, or press it (keyboard, touch): it is
 * placed below the others of its kind and selected, so the inspector opens on it.
 */
export function Palette({ onMessage }: { onMessage: (message: string) => void }) {
  const editor = useEditor();
  const flow = useReactFlow<FlowNode>();
  const add = (kind: PaletteKind) => {
    const result = addNode(editor, kind, nextFreePosition(flow.getNodes(), kind));
    onMessage(result.ok ? `Added ${result.id.split(':')[1]}; its settings are in the inspector.` : result.error);
  };
  const onDragStart = (event: DragEvent, kind: PaletteKind) => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <div role="group" aria-label="Add to the canvas" className="flex flex-wrap gap-2">
      {ITEMS.map((item) => (
        <button
          key={item.kind}
          type="button"
          draggable
          onDragStart={(e) => onDragStart(e, item.kind)}
          onClick={() => add(item.kind)}
          className="flex min-h-10 cursor-grab flex-col items-start rounded-md border border-border bg-bg px-2.5 py-1 text-left text-sm hover:border-accent active:cursor-grabbing"
        >
          <span className="font-semibold">+ {item.label}</span>
          <span className="text-xs text-muted">{item.hint}</span>
        </button>
      ))}
    </div>
  );
}
