import type { LucideIcon } from 'lucide-react';

export interface InlineIconProps {
  icon: LucideIcon;
  className?: string;
}

/**
 * A decorative icon inside a line of text, as tall as the letters and sitting on their baseline. The
 * words beside it carry the meaning, so it is hidden from assistive technology.
 * @example <p><InlineIcon icon={Check} /> Completed</p>
 */
export function InlineIcon({ icon: Icon, className = '' }: InlineIconProps) {
  return (
    <Icon
      aria-hidden="true"
      focusable="false"
      className={`inline-block size-[1em] shrink-0 align-[-0.125em] ${className}`}
      strokeWidth={2.5}
    />
  );
}
