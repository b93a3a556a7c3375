interface DiagramBoxProps {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** Optional second line, drawn smaller and muted. */
  sub?: string;
  /**
   * "plain": thin solid outline, for diagrams that don't distinguish kinds of box.
   * "service": a Kinesis family service — thick solid accent outline and bold label.
   * "other": your code or another AWS service — thin dashed outline.
   * The outline style, not only the colour, carries the difference.
   */
  variant?: 'plain' | 'service' | 'other';
}

/** A labelled rounded box for chapter diagrams; text is centred and at least 13 user units (16 for the label). */
export function DiagramBox({ x, y, width, height, label, sub, variant = 'plain' }: DiagramBoxProps) {
  const isService = variant === 'service';
  const cx = x + width / 2;
  // With a second line, shift the label up so the pair sits centred in the box.
  const labelY = sub ? y + height / 2 - 3 : y + height / 2 + 5;
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        rx={8}
        className={isService ? 'fill-bg stroke-accent' : 'fill-bg stroke-fg'}
        strokeWidth={isService ? 3 : 1.25}
        strokeDasharray={variant === 'other' ? '5 4' : undefined}
      />
      <text x={cx} y={labelY} textAnchor="middle" fontSize={16} fontWeight={isService ? 700 : 500} className="fill-fg">
        {label}
      </text>
      {sub ? (
        <text x={cx} y={labelY + 18} textAnchor="middle" fontSize={13} className="fill-muted">
          {sub}
        </text>
      ) : null}
    </g>
  );
}
