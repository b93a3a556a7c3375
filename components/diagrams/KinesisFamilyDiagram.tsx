import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';
import { DiagramLegend } from './DiagramLegend';

const ID = 'kinesis-family';
const ARROW = `${ID}-arrow`;

/** Consumers of the data stream and where each one's output goes; one row per consumer. */
const CONSUMERS = [
  { y: 66, label: 'Lambda', sub: 'react', variant: 'other', sink: 'Alerts', sinkSub: 'cheat flags' },
  { y: 138, label: 'Managed Flink', sub: 'analyse', variant: 'service', sink: 'Dashboard', sinkSub: 'live stats' },
  { y: 210, label: 'Data Firehose', sub: 'deliver', variant: 'service', sink: 'Amazon S3', sinkSub: 'archive' },
] as const;

const ROW_HEIGHT = 52;

/** The four Kinesis services in one picture, arranged as the gaming-platform architecture. */
export function KinesisFamilyDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 392"
      title="The Kinesis family"
      desc="Producers write to Kinesis Data Streams. Lambda, Managed Service for Apache Flink and Amazon Data Firehose read the same stream to react, analyse and archive to S3. Video from cameras takes a separate path through Kinesis Video Streams."
      caption="Data Streams in the middle: Lambda and Flink react, Firehose archives to S3. Video takes its own path."
      textDescription={
        <>
          <p>
            A legend says that a thick solid outline marks a Kinesis family service, and a thin dashed outline marks
            your code or another AWS service.
          </p>
          <p>
            Main path: producers (apps and devices) write to Kinesis Data Streams, drawn with three shards and a
            retention of 24 hours to 365 days. Three consumers read the same stream: AWS Lambda reacts and sends alerts
            such as cheat flags; Amazon Managed Service for Apache Flink analyses and feeds a live dashboard; Amazon
            Data Firehose delivers an archive to Amazon S3.
          </p>
          <p>
            Separate media path: cameras send video to Kinesis Video Streams, which stores and indexes it for playback
            with HLS, DASH or WebRTC, and for analysis with Amazon Rekognition Video.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={390} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* Legend: outline style, not colour alone, tells a family service from everything else. */}
      <DiagramLegend otherX={232} otherLabel="Your code or another AWS service" />

      {/* Producers → Data Streams */}
      <DiagramBox x={12} y={130} width={112} height={64} label="Producers" sub="apps, devices" variant="other" />
      <DiagramArrow x1={124} y1={162} x2={154} y2={162} markerId={ARROW} />
      <g>
        <rect x={158} y={66} width={150} height={196} rx={10} className="fill-bg stroke-accent" strokeWidth={3} />
        <text x={233} y={92} textAnchor="middle" fontSize={16} fontWeight={700} className="fill-fg">
          Data Streams
        </text>
        {[1, 2, 3].map((n, i) => (
          <g key={n}>
            <rect
              x={172}
              y={106 + i * 38}
              width={122}
              height={28}
              rx={4}
              className="fill-surface stroke-muted"
              strokeWidth={1}
            />
            <text x={233} y={125 + i * 38} textAnchor="middle" fontSize={14} className="fill-fg">
              {`shard ${n}`}
            </text>
          </g>
        ))}
        <text x={233} y={234} textAnchor="middle" fontSize={13} className="fill-muted">
          retention
        </text>
        <text x={233} y={252} textAnchor="middle" fontSize={13} className="fill-fg">
          24 h – 365 days
        </text>
      </g>

      {/* Three consumers of the same stream, each with its sink */}
      {CONSUMERS.map((c) => {
        const mid = c.y + ROW_HEIGHT / 2;
        return (
          <g key={c.label}>
            <DiagramArrow x1={308} y1={mid} x2={340} y2={mid} markerId={ARROW} />
            <DiagramBox
              x={344}
              y={c.y}
              width={144}
              height={ROW_HEIGHT}
              label={c.label}
              sub={c.sub}
              variant={c.variant}
            />
            <DiagramArrow x1={488} y1={mid} x2={516} y2={mid} markerId={ARROW} />
            <DiagramBox
              x={520}
              y={c.y}
              width={108}
              height={ROW_HEIGHT}
              label={c.sink}
              sub={c.sinkSub}
              variant="other"
            />
          </g>
        );
      })}

      {/* Media path */}
      <line x1={16} y1={288} x2={624} y2={288} className="stroke-border" strokeWidth={1} strokeDasharray="4 6" />
      <text x={16} y={307} fontSize={13} className="fill-muted">
        Video and other media take their own path
      </text>
      <DiagramBox x={12} y={320} width={112} height={ROW_HEIGHT} label="Cameras" sub="devices" variant="other" />
      <DiagramArrow x1={124} y1={346} x2={154} y2={346} markerId={ARROW} />
      <DiagramBox
        x={158}
        y={320}
        width={150}
        height={ROW_HEIGHT}
        label="Video Streams"
        sub="store, index"
        variant="service"
      />
      <DiagramArrow x1={308} y1={346} x2={340} y2={346} markerId={ARROW} />
      <DiagramBox
        x={344}
        y={320}
        width={284}
        height={ROW_HEIGHT}
        label="Playback: HLS, DASH, WebRTC"
        sub="Analysis: Rekognition Video"
        variant="other"
      />
    </DiagramFigure>
  );
}
