import { DiagramFigure } from './DiagramFigure';

const ID = 'retention-window';

/** Left edge of the retention window, the tip ("now") and the bar's vertical extent. */
const WINDOW_START = 150;
const NOW = 570;
const BAR_TOP = 104;
/** A consumer's checkpoint: where AT_/AFTER_SEQUENCE_NUMBER resumes and its iterator age is measured from. */
const CHECKPOINT = 420;
const BAR_BOTTOM = 144;

/** Where each shard iterator type starts reading; labels alternate between two rows so they never overlap. */
const MARKERS = [
  { x: WINDOW_START, row: 0, anchor: 'start', name: 'TRIM_HORIZON', sub: 'oldest retained' },
  { x: 270, row: 1, anchor: 'middle', name: 'AT_TIMESTAMP', sub: 'from a moment in time' },
  { x: CHECKPOINT, row: 0, anchor: 'middle', name: 'AT_ / AFTER_SEQUENCE_NUMBER', sub: 'a saved checkpoint' },
  { x: NOW + 14, row: 1, anchor: 'end', name: 'LATEST', sub: 'new records only' },
] as const;

/** A shard's records inside and outside the retention window, with where each iterator type starts. */
export function RetentionWindowDiagram() {
  const cells = Array.from({ length: 14 }, (_, i) => WINDOW_START + i * 30);
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 300"
      title="The retention window and shard iterator types"
      desc="A shard keeps records for the retention period; older records have expired. TRIM_HORIZON starts at the oldest retained record, AT_TIMESTAMP at a moment, AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER at a saved position, and LATEST after the newest record. A consumer's iterator age is how far its position is behind now."
      caption="Every iterator type picks a start inside the retention window, or just after it (LATEST). Nothing left of the window can be read again."
      textDescription={
        <>
          <p>
            One shard is drawn as a horizontal bar of records, oldest on the left, newest on the right at
            &ldquo;now&rdquo;. The leftmost part is hatched and labelled &ldquo;expired: gone&rdquo;. The rest is the
            retention window, bracketed above as &ldquo;retention period: 24 h by default, up to 8,760 h (365
            days)&rdquo;.
          </p>
          <p>
            A second bracket above the bar runs from a consumer&rsquo;s checkpoint to now and is labelled
            &ldquo;iterator age: how far behind&rdquo;. If it grows as long as the retention period, the records the
            consumer has not read yet expire.
          </p>
          <p>
            Four pointers below the bar show where each shard iterator type starts: TRIM_HORIZON at the oldest retained
            record, on the left edge of the window; AT_TIMESTAMP at the first record at or after a chosen time;
            AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER at, or just after, a saved checkpoint; and LATEST just past the
            newest record, so that only records written from then on are read.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={298} rx={12} className="fill-surface stroke-border" strokeWidth={1} />
      <defs>
        <pattern id={`${ID}-hatch`} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1={0} y1={0} x2={0} y2={8} className="stroke-muted" strokeWidth={2} />
        </pattern>
      </defs>

      {/* Brackets above the bar: the retention window, and one consumer's iterator age. */}
      <path d={`M${WINDOW_START},44 v-10 H${NOW} v10`} className="stroke-fg" strokeWidth={1.5} fill="none" />
      <text x={(WINDOW_START + NOW) / 2} y={26} textAnchor="middle" fontSize={14} className="fill-fg">
        retention period: 24 h by default, up to 8,760 h (365 days)
      </text>
      <path d={`M${CHECKPOINT},90 v-10 H${NOW} v10`} className="stroke-accent" strokeWidth={2} fill="none" />
      <text x={(CHECKPOINT + NOW) / 2} y={72} textAnchor="middle" fontSize={13} fontWeight={600} className="fill-fg">
        iterator age: how far behind
      </text>

      {/* The shard: expired records on the left, retained ones in the window, now at the right. */}
      <rect
        x={24}
        y={BAR_TOP}
        width={WINDOW_START - 24}
        height={BAR_BOTTOM - BAR_TOP}
        fill={`url(#${ID}-hatch)`}
        className="stroke-muted"
        strokeWidth={1}
        strokeDasharray="4 3"
      />
      <text x={(24 + WINDOW_START) / 2} y={BAR_TOP - 8} textAnchor="middle" fontSize={13} className="fill-muted">
        expired: gone
      </text>
      {cells.map((x, i) => (
        <rect
          key={x}
          x={x}
          y={BAR_TOP}
          width={30}
          height={BAR_BOTTOM - BAR_TOP}
          className={i === cells.length - 1 ? 'fill-accent stroke-fg' : 'fill-bg stroke-fg'}
          strokeWidth={1}
        />
      ))}
      <line x1={NOW} y1={BAR_TOP - 12} x2={NOW} y2={BAR_BOTTOM + 6} className="stroke-fg" strokeWidth={2} />
      <text x={NOW + 6} y={BAR_TOP + 26} fontSize={13} fontWeight={600} className="fill-fg">
        now
      </text>

      {/* Where each iterator type starts. */}
      {MARKERS.map((m) => {
        const labelY = m.row === 0 ? 190 : 248;
        return (
          <g key={m.name}>
            <line x1={m.x} y1={BAR_BOTTOM} x2={m.x} y2={labelY - 18} className="stroke-fg" strokeWidth={1.5} />
            <circle cx={m.x} cy={BAR_BOTTOM} r={4} className="fill-fg" />
            <text x={m.x} y={labelY} textAnchor={m.anchor} fontSize={14} fontWeight={700} className="fill-fg">
              {m.name}
            </text>
            <text x={m.x} y={labelY + 18} textAnchor={m.anchor} fontSize={13} className="fill-muted">
              {m.sub}
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}
