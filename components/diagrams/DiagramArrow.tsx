interface DiagramArrowProps {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Id of the arrowhead marker that DiagramFigure defines (`<figure id>-arrow`). */
  markerId: string;
  /** Dashed means "waits" (a scheduled hand-off); solid means data flows straight on. */
  dashed?: boolean;
}

/** A straight arrow between two diagram boxes. */
export function DiagramArrow({ x1, y1, x2, y2, markerId, dashed = false }: DiagramArrowProps) {
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      className="stroke-fg"
      strokeWidth={1.75}
      strokeDasharray={dashed ? '6 5' : undefined}
      markerEnd={`url(#${markerId})`}
    />
  );
}
