'use client';

import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Panel {
  id: string;
  label: string;
  render: () => ReactNode;
}

/**
 * The views under the canvas as tabs (WAI-ARIA tabs pattern: arrow keys move between tabs). Only the
 * open panel renders, so hidden charts cost nothing.
 */
export function SimulatorPanels({ panels, label }: { panels: Panel[]; label: string }) {
  const [open, setOpen] = useState(panels[0]?.id ?? '');
  const base = useId();
  const onKey = (e: KeyboardEvent, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = panels[(index + delta + panels.length) % panels.length]!;
    setOpen(next.id);
    document.getElementById(`${base}-tab-${next.id}`)?.focus();
  };
  const current = panels.find((p) => p.id === open) ?? panels[0];
  return (
    <div>
      <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-border">
        {panels.map((p, i) => (
          <button
            key={p.id}
            id={`${base}-tab-${p.id}`}
            role="tab"
            type="button"
            aria-selected={p.id === current?.id}
            aria-controls={`${base}-panel`}
            tabIndex={p.id === current?.id ? 0 : -1}
            onClick={() => setOpen(p.id)}
            onKeyDown={(e) => onKey(e, i)}
            className={`min-h-11 rounded-t-md px-3 text-sm ${
              p.id === current?.id ? 'border border-b-0 border-border bg-bg font-semibold' : 'text-muted hover:text-fg'
            }`}
          >
            {p.label}
          </button>
        ))}
      </div>
      <div
        id={`${base}-panel`}
        role="tabpanel"
        aria-labelledby={`${base}-tab-${current?.id}`}
        tabIndex={0}
        className="py-3"
      >
        {current?.render()}
      </div>
    </div>
  );
}
