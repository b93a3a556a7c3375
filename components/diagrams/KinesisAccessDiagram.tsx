import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';

const ID = 'kinesis-access';
const ARROW = `${ID}-arrow`;

/** The three readers of the stream, each with its own identity and the extra permissions it needs. */
const READERS = [
  { y: 28, label: 'Leaderboard', sub: 'KCL · consumer role', extra: '+ DynamoDB, CloudWatch' },
  { y: 138, label: 'events-archive', sub: 'Firehose · assumed role', extra: '+ s3:PutObject on bucket' },
  { y: 248, label: 'Cheat detector', sub: 'Lambda · execution role', extra: '+ sqs:SendMessage' },
] as const;

const READER_X = 452;
const READER_W = 172;
const READER_H = 56;

/** Who calls what on the gaming platform's stream: one identity per component, and the admin path CloudTrail records. */
export function KinesisAccessDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 420"
      title="One identity per component"
      desc="Game servers write to the encrypted game-events stream with a producer role. Three readers, a KCL leaderboard, a Firehose stream and a Lambda function, each read it under their own role and need a few permissions on other services. Administrators change the stream through control-plane calls, which CloudTrail records."
      caption="Every component gets its own identity with only the calls it makes; CloudTrail records the admin path."
      textDescription={
        <>
          <p>
            In the middle is the Kinesis data stream game-events, encrypted at rest with a KMS key (server-side
            encryption). Kinesis family services (the stream and the Firehose stream) have thick solid outlines;
            everything else has a thin dashed outline.
          </p>
          <p>
            On the left, game servers write to it under a producer role. The arrow is labelled PutRecords and
            kms:GenerateDataKey.
          </p>
          <p>
            On the right, three readers, each under its own identity, read the stream with GetRecords or
            SubscribeToShard and kms:Decrypt. The leaderboard is a KCL application with a consumer role that also needs
            DynamoDB (its lease table) and CloudWatch. The events-archive Firehose stream reads under a role that
            Firehose assumes, which also needs s3:PutObject on its bucket. The cheat detector is a Lambda function with
            an execution role, which also needs sqs:SendMessage for its on-failure destination.
          </p>
          <p>
            Below the stream, administrators under an admin role make control-plane calls such as CreateStream,
            UpdateShardCount and StartStreamEncryption. A dashed arrow shows that CloudTrail records each of these
            calls.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={418} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* Producer → stream */}
      <DiagramBox x={16} y={138} width={132} height={56} label="Game servers" sub="producer role" variant="other" />
      <DiagramArrow x1={148} y1={166} x2={222} y2={166} markerId={ARROW} />
      <text x={185} y={152} textAnchor="middle" fontSize={12} className="fill-fg">
        PutRecords
      </text>
      <text x={82} y={212} textAnchor="middle" fontSize={12} className="fill-muted">
        + kms:GenerateDataKey
      </text>

      {/* The stream, encrypted with a KMS key. */}
      <DiagramBox
        x={226}
        y={120}
        width={150}
        height={92}
        label="game-events"
        sub="SSE with a KMS key"
        variant="service"
      />

      {/* Stream → readers */}
      <text x={382} y={22} textAnchor="middle" fontSize={12} className="fill-fg">
        GetRecords or
      </text>
      <text x={382} y={36} textAnchor="middle" fontSize={12} className="fill-fg">
        SubscribeToShard
      </text>
      <text x={382} y={50} textAnchor="middle" fontSize={12} className="fill-muted">
        + kms:Decrypt
      </text>
      {READERS.map((r) => (
        <g key={r.label}>
          <DiagramArrow x1={376} y1={166} x2={READER_X - 4} y2={r.y + READER_H / 2} markerId={ARROW} />
          <DiagramBox
            x={READER_X}
            y={r.y}
            width={READER_W}
            height={READER_H}
            label={r.label}
            sub={r.sub}
            variant={r.label === 'events-archive' ? 'service' : 'other'}
          />
          <text x={READER_X} y={r.y + READER_H + 18} fontSize={12} className="fill-muted">
            {r.extra}
          </text>
        </g>
      ))}

      {/* Admins → stream (control plane), recorded by CloudTrail. */}
      <DiagramBox x={226} y={336} width={150} height={56} label="Admins" sub="admin role" variant="other" />
      <DiagramArrow x1={301} y1={336} x2={301} y2={216} markerId={ARROW} />
      <text x={290} y={262} textAnchor="end" fontSize={12} className="fill-fg">
        CreateStream,
      </text>
      <text x={290} y={278} textAnchor="end" fontSize={12} className="fill-fg">
        UpdateShardCount,
      </text>
      <text x={290} y={294} textAnchor="end" fontSize={12} className="fill-fg">
        StartStreamEncryption …
      </text>
      <DiagramArrow x1={226} y1={364} x2={170} y2={364} markerId={ARROW} dashed />
      <DiagramBox x={16} y={336} width={150} height={56} label="CloudTrail" sub="records each call" variant="other" />
    </DiagramFigure>
  );
}
