import { useId, type ReactNode } from 'react';

/**
 * A captioned table that scrolls sideways inside its own focusable region on a narrow screen, so the
 * page never does; keyboard users can scroll it once it has focus.
 */
export function TableRegion({
  caption,
  minWidth,
  children,
}: {
  caption: ReactNode;
  minWidth: string;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="table-scroll mt-3 overflow-x-auto rounded-md border border-border"
    >
      <table className={`${minWidth} text-sm`}>
        <caption id={captionId} className="px-3 py-2 text-left text-sm font-semibold">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
