/**
 * The key at the top left of a diagram: a thick solid outline is a Kinesis family service, a thin dashed
 * one is everything else. `otherX` places the second swatch after the first label; `otherLabel` says what
 * "everything else" is in this diagram.
 */
export function DiagramLegend({ otherX, otherLabel }: { otherX: number; otherLabel: string }) {
  return (
    <g>
      <rect x={16} y={16} width={28} height={18} rx={4} className="fill-bg stroke-accent" strokeWidth={3} />
      <text x={52} y={30} fontSize={13} className="fill-fg">
        Kinesis family service
      </text>
      <rect
        x={otherX}
        y={16}
        width={28}
        height={18}
        rx={4}
        className="fill-bg stroke-fg"
        strokeWidth={1.25}
        strokeDasharray="5 4"
      />
      <text x={otherX + 36} y={30} fontSize={13} className="fill-fg">
        {otherLabel}
      </text>
    </g>
  );
}
