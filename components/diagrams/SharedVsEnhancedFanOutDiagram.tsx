import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';

const ID = 'shared-vs-enhanced-fan-out';
const ARROW = `${ID}-arrow`;

/** The three applications of the running example, one row each. */
const APPS = ['leaderboard', 'anti-cheat', 'replays'] as const;

function PanelTitle({ y, title, sub }: { y: number; title: string; sub: string }) {
  return (
    <g>
      <text x={20} y={y} fontSize={17} fontWeight={700} className="fill-fg">
        {title}
      </text>
      <text x={20} y={y + 20} fontSize={13} className="fill-muted">
        {sub}
      </text>
    </g>
  );
}

/** Shared throughput (one 2 MB/s pipe per shard for every poller) above enhanced fan-out (a pipe each). */
export function SharedVsEnhancedFanOutDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 420"
      title="Shared throughput versus enhanced fan-out"
      desc="With shared throughput, three applications poll one shard through a single pipe of 2 MB/s and 5 GetRecords calls per second. With enhanced fan-out, each registered consumer gets its own 2 MB/s pipe from the shard, pushed over HTTP/2."
      caption="Per shard: polling applications split one 2 MB/s pipe; enhanced fan-out consumers each get their own."
      textDescription={
        <>
          <p>
            The picture has two panels, each showing one shard and the same three applications: leaderboard, anti-cheat
            and replays.
          </p>
          <p>
            Top panel, shared throughput: the applications poll with GetRecords. Every call goes through one shared pipe
            of 2 MB per second and 5 calls per second for the shard, and the pipe fans out to all three applications, so
            together they can never read more than 2 MB per second from that shard.
          </p>
          <p>
            Bottom panel, enhanced fan-out: each application is a registered consumer that calls SubscribeToShard. The
            shard pushes records to each one over HTTP/2 through a pipe of its own, 2 MB per second each, so three
            consumers can read 6 MB per second from the shard in total.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={418} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* Shared throughput: one pipe for everyone */}
      <PanelTitle y={32} title="Shared throughput" sub="Each application polls with GetRecords" />
      <DiagramBox x={20} y={92} width={110} height={60} label="Shard" sub="records in" variant="service" />
      <DiagramArrow x1={130} y1={122} x2={168} y2={122} markerId={ARROW} />
      <DiagramBox x={172} y={84} width={200} height={76} label="One shared pipe" sub="2 MB/s · 5 calls/s" />
      {APPS.map((app, i) => {
        const y = 64 + i * 46;
        return (
          <g key={app}>
            <DiagramArrow x1={372} y1={122} x2={444} y2={y + 18} markerId={ARROW} />
            <DiagramBox x={448} y={y} width={172} height={36} label={app} variant="other" />
          </g>
        );
      })}

      <line x1={16} y1={210} x2={624} y2={210} className="stroke-border" strokeWidth={1} strokeDasharray="4 6" />

      {/* Enhanced fan-out: a pipe each */}
      <PanelTitle
        y={242}
        title="Enhanced fan-out"
        sub="The shard pushes to each registered consumer (SubscribeToShard, HTTP/2)"
      />
      <DiagramBox x={20} y={318} width={110} height={60} label="Shard" sub="records in" variant="service" />
      {APPS.map((app, i) => {
        const y = 276 + i * 46;
        return (
          <g key={app}>
            <DiagramArrow x1={130} y1={348} x2={168} y2={y + 18} markerId={ARROW} />
            <DiagramBox x={172} y={y} width={200} height={36} label="Its own 2 MB/s" />
            <DiagramArrow x1={372} y1={y + 18} x2={444} y2={y + 18} markerId={ARROW} />
            <DiagramBox x={448} y={y} width={172} height={36} label={app} variant="other" />
          </g>
        );
      })}
    </DiagramFigure>
  );
}
