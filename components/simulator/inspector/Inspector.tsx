'use client';

import { useLayoutEffect, useRef } from 'react';
import { parseNodeId } from '@/simulator/runtime/createCanvasStore';
import { isNodeKind } from '@/simulator/runtime/kinds/kindModels';
import { KIND_VIEWS } from '../kinds/kindViews';
import { useCanvas } from '../useSimulation';

/** Settings of whatever is selected on the canvas. */
export function Inspector({ onMessage }: { onMessage: (m: string) => void }) {
  const selected = useCanvas((c) => c.selected);
  // Forms start from the current settings: re-create them when the settings change (apply, undo).
  const version = useCanvas((c) => c.undo.length);
  const end = selected ? parseNodeId(selected) : null;
  const form = useRef<HTMLDivElement>(null);
  const focused = useRef<{ node: string; index: number } | null>(null);
  // An applied change re-creates the form (below): put focus back on the control that had it, so a
  // keyboard user choosing a value stays where they were.
  useLayoutEffect(() => {
    const container = form.current;
    const last = focused.current;
    if (!container || last?.node !== selected || document.activeElement !== document.body) return;
    (focusables(container)[last.index] as HTMLElement | undefined)?.focus();
  }, [selected, version]);
  if (!end || !isNodeKind(end.kind))
    return (
      <p className="m-0 text-sm text-muted">
        Select anything on the canvas (Tab to it, then Enter) to see and change its settings.
      </p>
    );
  const view = KIND_VIEWS[end.kind];
  return (
    <section aria-labelledby="inspector-title">
      <h3 id="inspector-title" className="mt-0 mb-2 text-base font-semibold">
        {view.title(end)}
      </h3>
      <div
        ref={form}
        key={`${selected}:${version}`}
        onFocus={(e) => (focused.current = { node: selected!, index: focusables(e.currentTarget).indexOf(e.target) })}
      >
        {view.inspector(end, onMessage)}
      </div>
    </section>
  );
}

const focusables = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('input, select, textarea, button, [tabindex]:not([tabindex="-1"])'));
