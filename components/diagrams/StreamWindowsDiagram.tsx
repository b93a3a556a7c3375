import { DiagramFigure } from './DiagramFigure';

const ID = 'stream-windows';

/** Ten minutes of event time, drawn from x = 184 to x = 614. */
const X0 = 184;
const PER_MINUTE = 43;
const x = (minute: number) => X0 + minute * PER_MINUTE;

/** One city's events, in minutes after 12:00 (event time). */
const EVENTS = [0.4, 1.1, 1.6, 2.2, 4.6, 5.3, 5.7, 8.2, 8.6, 9.2] as const;

/** A window as a bar over its time span; `open` draws a dashed right edge for a window still collecting. */
function WindowBar({
  from,
  to,
  y,
  label,
  open = false,
}: {
  from: number;
  to: number;
  y: number;
  label: string;
  open?: boolean;
}) {
  return (
    <g>
      <rect
        x={x(from)}
        y={y}
        width={x(to) - x(from)}
        height={22}
        rx={4}
        className="fill-bg stroke-fg"
        strokeWidth={1.5}
        strokeDasharray={open ? '5 4' : undefined}
      />
      <text x={x(from) + 6} y={y + 16} fontSize={12} className="fill-fg">
        {label}
      </text>
    </g>
  );
}

function RowTitle({ y, title, sub }: { y: number; title: string; sub: string }) {
  return (
    <g>
      <text x={16} y={y} fontSize={15} fontWeight={700} className="fill-fg">
        {title}
      </text>
      <text x={16} y={y + 18} fontSize={13} className="fill-muted">
        {sub}
      </text>
    </g>
  );
}

/** Tumbling, sliding (hopping) and session windows over the same ten minutes of one key's events. */
export function StreamWindowsDiagram() {
  const ticks = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 372"
      title="Tumbling, sliding and session windows"
      desc="The same ten minutes of one city's events, grouped three ways: tumbling windows of 5 minutes that never overlap, sliding windows of 5 minutes that start every minute and overlap, and session windows that close after 2 minutes without an event."
      caption="One city's events from 12:00 to 12:10, cut into tumbling, sliding and session windows."
      textDescription={
        <>
          <p>
            A time axis runs from 12:00 to 12:10 in event time. Ten events for one city sit on it: three between 12:00
            and 12:02, one at about 12:02, three between 12:04 and 12:06, and three between 12:08 and 12:10.
          </p>
          <p>
            Tumbling windows, 5 minutes with no overlap: two bars, 12:00 to 12:05 and 12:05 to 12:10. Every event falls
            in exactly one of them.
          </p>
          <p>
            Sliding windows, 5 minutes starting every minute: overlapping bars from 12:00 to 12:05, 12:01 to 12:06,
            12:02 to 12:07 and so on; an event near 12:04 falls in five of them.
          </p>
          <p>
            Session windows with a 2-minute gap: one session from the first event to 2 minutes after 12:02, a second
            from about 12:04:36 to 2 minutes after its last event, and a third that started at about 12:08 and is still
            open, drawn with a dashed edge, because less than 2 minutes have passed since its last event.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={370} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* The time axis and the events on it. */}
      <text x={16} y={40} fontSize={15} fontWeight={700} className="fill-fg">
        Events
      </text>
      <text x={16} y={58} fontSize={13} className="fill-muted">
        one city, event time
      </text>
      <line x1={x(0)} y1={50} x2={x(10)} y2={50} className="stroke-fg" strokeWidth={1.5} />
      {ticks.map((m) => (
        <g key={m}>
          <line x1={x(m)} y1={45} x2={x(m)} y2={55} className="stroke-fg" strokeWidth={1} />
          {m % 5 === 0 && (
            <text x={x(m)} y={76} textAnchor="middle" fontSize={12} className="fill-muted">
              {m === 0 ? '12:00' : m === 5 ? '12:05' : '12:10'}
            </text>
          )}
        </g>
      ))}
      {EVENTS.map((m) => (
        <circle key={m} cx={x(m)} cy={36} r={6} className="fill-accent stroke-fg" strokeWidth={1} />
      ))}

      {/* Tumbling: fixed size, no overlap. */}
      <RowTitle y={112} title="Tumbling" sub="5 min, no overlap" />
      <WindowBar from={0} to={5} y={100} label="12:00–12:05" />
      <WindowBar from={5} to={10} y={100} label="12:05–12:10" />

      {/* Sliding (hopping): fixed size, a new window every slide. */}
      <RowTitle y={176} title="Sliding (hop)" sub="5 min, every 1 min" />
      <WindowBar from={0} to={5} y={150} label="12:00–12:05" />
      <WindowBar from={1} to={6} y={176} label="12:01–12:06" />
      <WindowBar from={2} to={7} y={202} label="12:02–12:07" />
      <text x={x(3) + 6} y={244} fontSize={13} className="fill-muted">
        … one more every minute
      </text>

      {/* Session: per key, closes after a gap without events. */}
      <RowTitle y={300} title="Session" sub="closes after a 2 min gap" />
      <WindowBar from={0.4} to={4.2} y={288} label="session 1" />
      <WindowBar from={4.6} to={7.7} y={288} label="session 2" />
      <WindowBar from={8.2} to={10} y={288} label="still open" open />
      <line
        x1={x(2.2)}
        y1={330}
        x2={x(4.6)}
        y2={330}
        className="stroke-muted"
        strokeWidth={1.5}
        strokeDasharray="3 3"
      />
      <text x={x(3.4)} y={348} textAnchor="middle" fontSize={12} className="fill-muted">
        gap over 2 min
      </text>
    </DiagramFigure>
  );
}
