import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';

const ID = 'streaming-vs-batch';
const ARROW = `${ID}-arrow`;

/** Small dots standing for individual events arriving on the left of each lane. */
function EventDots({ y }: { y: number }) {
  const dots: ReadonlyArray<readonly [number, number]> = [
    [36, 0],
    [58, -12],
    [80, 8],
    [102, -6],
  ];
  return (
    <g>
      {dots.map(([cx, dy]) => (
        <circle key={cx} cx={cx} cy={y + dy} r={7} className="fill-accent" />
      ))}
      <text x={69} y={y + 38} textAnchor="middle" fontSize={13} className="fill-muted">
        events
      </text>
    </g>
  );
}

function LaneTitle({ y, title, sub }: { y: number; title: string; sub: string }) {
  return (
    <g>
      <text x={24} y={y} fontSize={17} fontWeight={700} className="fill-fg">
        {title}
      </text>
      <text x={24} y={y + 20} fontSize={13} className="fill-muted">
        {sub}
      </text>
    </g>
  );
}

/** Batch (top lane) versus streaming (bottom lane): the same events, very different waits. */
export function StreamingVsBatchDiagram() {
  const cells = [1, 2, 3, 4, 5] as const;
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 360"
      title="Batch versus streaming"
      desc="In batch, events pile up in storage and wait for a scheduled job, so results come hours later. In streaming, events are appended to an ordered log and a consumer acts on them within seconds."
      caption="Batch waits for a schedule; streaming acts on each event as it arrives."
      textDescription={
        <>
          <p>The picture has two lanes that start with the same events.</p>
          <p>
            Batch, top lane: events flow into storage, where files pile up. A dashed arrow labelled &ldquo;waits&rdquo;
            leads to a nightly job, which produces a report hours after the events happened.
          </p>
          <p>
            Streaming, bottom lane: each event is appended to an ordered log, shown as cells numbered 1 to 5 with the
            newest highlighted. A consumer reads the log as records arrive and triggers an action seconds after the
            events happened.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={358} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* Batch lane */}
      <LaneTitle y={36} title="Batch" sub="collect first, process on a schedule" />
      <EventDots y={104} />
      <DiagramArrow x1={118} y1={104} x2={156} y2={104} markerId={ARROW} />
      <g>
        {/* A cylinder: the classic shape for stored data. */}
        <path d="M164,82 v48 a48,10 0 0 0 96,0 v-48" className="fill-bg stroke-fg" strokeWidth={1.5} />
        <ellipse cx={212} cy={82} rx={48} ry={10} className="fill-bg stroke-fg" strokeWidth={1.5} />
        <text x={212} y={119} textAnchor="middle" fontSize={16} className="fill-fg">
          Storage
        </text>
        <text x={212} y={162} textAnchor="middle" fontSize={13} className="fill-muted">
          files pile up
        </text>
      </g>
      <DiagramArrow x1={266} y1={104} x2={334} y2={104} markerId={ARROW} dashed />
      <text x={300} y={94} textAnchor="middle" fontSize={13} className="fill-muted">
        waits
      </text>
      <DiagramBox x={338} y={80} width={124} height={48} label="Nightly job" />
      <DiagramArrow x1={462} y1={104} x2={496} y2={104} markerId={ARROW} />
      <DiagramBox x={500} y={80} width={116} height={48} label="Report" />
      <text x={558} y={162} textAnchor="middle" fontSize={13} fontWeight={600} className="fill-fg">
        hours later
      </text>

      <line x1={16} y1={184} x2={624} y2={184} className="stroke-border" strokeWidth={1} strokeDasharray="4 6" />

      {/* Streaming lane */}
      <LaneTitle y={216} title="Streaming" sub="process each event as it arrives" />
      <EventDots y={284} />
      <DiagramArrow x1={118} y1={284} x2={156} y2={284} markerId={ARROW} />
      <g>
        {cells.map((n, i) => {
          const newest = i === cells.length - 1;
          return (
            <g key={n}>
              <rect
                x={160 + i * 30}
                y={262}
                width={30}
                height={44}
                className={newest ? 'fill-accent stroke-fg' : 'fill-bg stroke-fg'}
                strokeWidth={1.25}
              />
              <text
                x={175 + i * 30}
                y={289}
                textAnchor="middle"
                fontSize={15}
                fontWeight={newest ? 700 : 400}
                className={newest ? 'fill-accent-fg' : 'fill-fg'}
              >
                {n}
              </text>
            </g>
          );
        })}
        <text x={235} y={330} textAnchor="middle" fontSize={13} className="fill-muted">
          ordered log
        </text>
      </g>
      <DiagramArrow x1={312} y1={284} x2={334} y2={284} markerId={ARROW} />
      <DiagramBox x={338} y={260} width={124} height={48} label="Consumer" />
      <DiagramArrow x1={462} y1={284} x2={496} y2={284} markerId={ARROW} />
      <DiagramBox x={500} y={260} width={116} height={48} label="Action" />
      <text x={558} y={330} textAnchor="middle" fontSize={13} fontWeight={600} className="fill-fg">
        seconds later
      </text>
    </DiagramFigure>
  );
}
