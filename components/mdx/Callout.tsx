import type { ReactNode } from 'react';

export type CalloutKind = 'note' | 'pitfall' | 'tip' | 'deep';

const STYLES: Record<CalloutKind, string> = {
  note: 'border-note bg-note-bg',
  pitfall: 'border-pitfall bg-pitfall-bg',
  tip: 'border-tip bg-tip-bg',
  deep: 'border-deep bg-deep-bg',
};

const LABEL_COLOURS: Record<CalloutKind, string> = {
  note: 'text-note',
  pitfall: 'text-pitfall',
  tip: 'text-tip',
  deep: 'text-deep',
};

/** Icons are decorative: the visible label ("Pitfall", "Exam tip" …) carries the meaning, not the colour. */
const ICONS: Record<CalloutKind, string> = { note: 'ℹ', pitfall: '⚠', tip: '★', deep: '◆' };

interface CalloutProps {
  kind: CalloutKind;
  label: string;
  title?: string;
  children: ReactNode;
}

/** The frame shared by Note, Pitfall and ExamTip: a labelled aside with a coloured edge. */
export function Callout({ kind, label, title, children }: CalloutProps) {
  return (
    <aside
      aria-label={title ? `${label}: ${title}` : label}
      className={`my-6 rounded-md border-l-4 px-4 py-3 ${STYLES[kind]}`}
    >
      <p className={`mt-0 mb-1 flex items-baseline gap-2 font-semibold ${LABEL_COLOURS[kind]}`}>
        <span aria-hidden="true">{ICONS[kind]}</span>
        <span>{title ? `${label}: ${title}` : label}</span>
      </p>
      <div className="callout-body prose max-w-none">{children}</div>
    </aside>
  );
}
