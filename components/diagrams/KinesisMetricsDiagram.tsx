import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';

const ID = 'kinesis-metrics';
const ARROW = `${ID}-arrow`;

/** The metrics of one side of the stream; a flag marks the ones worth an alarm. */
const SIDES = [
  {
    x: 12,
    title: 'Write side',
    sub: 'is the stream taking the traffic?',
    lines: [
      { text: 'IncomingRecords, IncomingBytes', alarm: false },
      { text: 'WriteProvisionedThroughputExceeded', alarm: true },
      { text: 'PutRecords.ThrottledRecords', alarm: false },
    ],
  },
  {
    x: 328,
    title: 'Read side',
    sub: 'are the consumers keeping up?',
    lines: [
      { text: 'GetRecords.Records, GetRecords.Bytes', alarm: false },
      { text: 'ReadProvisionedThroughputExceeded', alarm: true },
      { text: 'GetRecords.IteratorAgeMilliseconds', alarm: true },
      { text: 'Lambda functions: IteratorAge', alarm: true },
    ],
  },
] as const;

/** Shard-level incoming records per second in the split-hot-shard scenario (1,000 is a shard's limit). */
const SHARDS = [
  { label: 'shard 0', rate: 628, note: '628/s' },
  { label: 'shard 1', rate: 683, note: '683/s' },
  { label: 'shard 2', rate: 1000, note: '1,000/s, 181 throttled', hot: true },
  { label: 'shard 3', rate: 508, note: '508/s' },
] as const;

const BAR_X = 112;
const BAR_FULL = 260;
const BAR_TOP = 344;
const BAR_STEP = 26;

/** Where each CloudWatch metric is measured, and why the stream-level sum can hide a hot shard. */
export function KinesisMetricsDiagram() {
  const limitX = BAR_X + BAR_FULL;
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 462"
      title="Where Kinesis metrics are measured"
      desc="Write-side metrics describe what producers send into the stream, read-side metrics what consumers take out and how far behind they are. Shard-level metrics, from enhanced monitoring, split the same numbers per shard and reveal a hot shard that the stream-level total hides."
      caption="Stream-level metrics are free and always on; shard-level metrics cost extra but show which shard is in trouble."
      textDescription={
        <>
          <p>
            Top row: producers call PutRecord or PutRecords on a Kinesis data stream; consumers such as a KCL
            application or a Lambda function read from it. A flag marks metrics worth an alarm.
          </p>
          <p>
            Write side, stream level, free: IncomingRecords and IncomingBytes; WriteProvisionedThroughputExceeded
            (flagged for an alarm); PutRecords.ThrottledRecords.
          </p>
          <p>
            Read side, stream level, free: GetRecords.Records and GetRecords.Bytes; ReadProvisionedThroughputExceeded
            (flagged); GetRecords.IteratorAgeMilliseconds (flagged); and for Lambda functions, IteratorAge (flagged).
          </p>
          <p>
            Bottom band, drawn with a dashed outline because it is opt-in and costs extra: shard level, from enhanced
            monitoring. Four bars show incoming records per second against the 1,000 records per second limit of a
            shard: shard 0 at 628, shard 1 at 683, shard 2 at the limit of 1,000 with 181 records per second throttled,
            and shard 3 at 508. The stream-level total, 2,819 records per second with 181 throttled, is only about 70%
            of the stream&rsquo;s 4,000 records per second, so it hides that one shard is full.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={460} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* The pipeline the metrics describe */}
      <DiagramBox x={12} y={20} width={150} height={56} label="Producers" sub="PutRecord(s)" variant="other" />
      <DiagramArrow x1={162} y1={48} x2={241} y2={48} markerId={ARROW} />
      <DiagramBox x={245} y={16} width={150} height={64} label="Data stream" sub="AWS/Kinesis" variant="service" />
      <DiagramArrow x1={395} y1={48} x2={474} y2={48} markerId={ARROW} />
      <DiagramBox x={478} y={20} width={150} height={56} label="Consumers" sub="KCL app, Lambda" variant="other" />

      {/* Stream-level metrics, one card per side */}
      {SIDES.map((side) => (
        <g key={side.title}>
          <rect x={side.x} y={96} width={300} height={168} rx={8} className="fill-bg stroke-fg" strokeWidth={1.25} />
          <text x={side.x + 14} y={122} fontSize={16} fontWeight={700} className="fill-fg">
            {side.title}
          </text>
          <text x={side.x + 14} y={141} fontSize={13} className="fill-muted">
            {side.sub}
          </text>
          {side.lines.map((line, i) => (
            <text key={line.text} x={side.x + 14} y={168 + i * 24} fontSize={13} className="fill-fg">
              {line.alarm ? '⚑ ' : ''}
              {line.text}
            </text>
          ))}
        </g>
      ))}
      <text x={12} y={286} fontSize={13} className="fill-muted">
        Stream level: free, every stream, every minute. ⚑ = worth an alarm.
      </text>

      {/* Shard level: opt-in, so drawn dashed */}
      <rect
        x={12}
        y={298}
        width={616}
        height={152}
        rx={8}
        className="fill-bg stroke-fg"
        strokeWidth={1.25}
        strokeDasharray="5 4"
      />
      <text x={26} y={318} fontSize={13} fontWeight={700} className="fill-fg">
        Shard level: enhanced monitoring, opt-in, extra cost
      </text>
      <text x={614} y={318} textAnchor="end" fontSize={13} className="fill-muted">
        stream total: 2,819/s, about 70%
      </text>
      {SHARDS.map((shard, i) => {
        const y = BAR_TOP + 4 + i * BAR_STEP;
        const hot = 'hot' in shard;
        return (
          <g key={shard.label}>
            <text x={26} y={y + 14} fontSize={13} className="fill-fg">
              {shard.label}
            </text>
            <rect x={BAR_X} y={y} width={BAR_FULL} height={18} rx={3} className="fill-surface stroke-border" />
            <rect
              x={BAR_X}
              y={y}
              width={(BAR_FULL * shard.rate) / 1000}
              height={18}
              rx={3}
              className={hot ? 'fill-fg' : 'fill-accent'}
            />
            <text x={limitX + 12} y={y + 14} fontSize={13} fontWeight={hot ? 700 : 400} className="fill-fg">
              {hot ? `⚠ ${shard.note}` : shard.note}
            </text>
          </g>
        );
      })}
      <line
        x1={limitX}
        y1={BAR_TOP}
        x2={limitX}
        y2={BAR_TOP + 4 * BAR_STEP + 2}
        className="stroke-fg"
        strokeWidth={1.5}
        strokeDasharray="3 3"
      />
      <text x={limitX} y={BAR_TOP - 8} textAnchor="end" fontSize={12} className="fill-muted">
        limit 1,000 records/s
      </text>
    </DiagramFigure>
  );
}
