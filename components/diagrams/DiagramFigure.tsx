import type { ReactNode } from 'react';

interface DiagramFigureProps {
  /** Prefix for every id inside the figure; must be unique on the page (e.g. "streaming-vs-batch"). */
  id: string;
  /** Short accessible name of the picture, read first by screen readers. */
  title: string;
  /** One or two sentences saying what the picture shows. */
  desc: string;
  /** Visible caption under the picture. */
  caption: ReactNode;
  /** The full text alternative: everything the picture says, in words. */
  textDescription: ReactNode;
  /** SVG viewBox; diagrams are drawn about 640 units wide so 12-unit text stays legible at 390 px. */
  viewBox: string;
  children: ReactNode;
}

/**
 * The frame every chapter diagram shares: an accessible inline SVG, a visible caption, and a
 * collapsible text description. The description is a native <details>, not `sr-only` text, so
 * sighted readers (a phone in bright light, a projector at the back of a room) can use it too,
 * and it works without JavaScript in a server component.
 */
export function DiagramFigure({ id, title, desc, caption, textDescription, viewBox, children }: DiagramFigureProps) {
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="not-prose my-8">
      {/* Below 32rem the picture keeps its size and scrolls sideways, so its labels stay readable on a phone. */}
      <div role="region" aria-label={`Diagram: ${title}`} tabIndex={0} className="overflow-x-auto rounded-md">
        <svg
          viewBox={viewBox}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          className="h-auto w-full min-w-[32rem]"
          xmlns="http://www.w3.org/2000/svg"
        >
          <title id={titleId}>{title}</title>
          <desc id={descId}>{desc}</desc>
          <defs>
            {/* One arrowhead per figure; ids are prefixed so two diagrams on a page never clash. */}
            <marker
              id={`${id}-arrow`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="fill-fg" />
            </marker>
          </defs>
          {children}
        </svg>
      </div>
      <figcaption className="mt-2 text-sm text-muted">{caption}</figcaption>
      <details className="mt-2 text-sm text-fg">
        <summary className="cursor-pointer text-muted">Text description</summary>
        <div className="mt-2 space-y-2">{textDescription}</div>
      </details>
    </figure>
  );
}
