import { Check } from 'lucide-react';
import { InlineIcon } from '@/components/ui/InlineIcon';
import type { ChapterStatus } from '@/lib/progress/chapterStatus';

/** A labelled bar plus the same fact in words, so the state never rests on colour or shape alone. */
export function ProgressMeter({ status, label }: { status: ChapterStatus; label: string }) {
  const value = status.complete ? status.total : status.read;
  const text = status.complete
    ? 'Completed'
    : status.read === 0
      ? status.started
        ? 'Started'
        : 'Not started'
      : `${status.read} of ${status.total} sections read`;
  return (
    <div className="flex items-center gap-2 text-sm">
      <progress
        aria-label={label}
        max={Math.max(status.total, 1)}
        value={value}
        className="h-2 w-24 shrink-0 appearance-none overflow-hidden rounded-full [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-surface [&::-webkit-progress-value]:bg-accent"
      />
      <span className={status.complete ? 'font-semibold text-success' : 'text-muted'}>
        {status.complete ? (
          <>
            <InlineIcon icon={Check} />{' '}
          </>
        ) : null}
        {text}
      </span>
    </div>
  );
}
