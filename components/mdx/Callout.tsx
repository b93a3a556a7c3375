import { Diamond, Info, Star, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { InlineIcon } from '@/components/ui/InlineIcon';

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
const ICONS: Record<CalloutKind, LucideIcon> = { note: Info, pitfall: TriangleAlert, tip: Star, deep: Diamond };

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
      <p className={`mt-0 mb-1 font-semibold ${LABEL_COLOURS[kind]}`}>
        <InlineIcon icon={ICONS[kind]} className="mr-2" />
        {title ? `${label}: ${title}` : label}
      </p>
      <div className="callout-body prose max-w-none">{children}</div>
    </aside>
  );
}
