import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';
import { DiagramLegend } from './DiagramLegend';

const ID = 'firehose-pipeline';
const ARROW = `${ID}-arrow`;

/** The three kinds of source; one Firehose stream has exactly one of them. */
const SOURCES = [
  { y: 92, label: 'Direct PUT', sub: 'PutRecordBatch', variant: 'other' },
  { y: 154, label: 'Data Streams', sub: 'a Kinesis stream', variant: 'service' },
  { y: 216, label: 'Amazon MSK', sub: 'a Kafka topic', variant: 'other' },
] as const;

/** The steps inside a Firehose stream, in order; only buffering is always on. */
const STEPS = [
  { label: '1 Buffer', sub: '1–128 MiB or 0–900 s', variant: 'plain' },
  { label: '2 Transform', sub: 'your Lambda, optional', variant: 'other' },
  { label: '3 Convert', sub: 'JSON to Parquet or ORC, optional', variant: 'plain' },
  { label: '4 Partition', sub: 'keys from jq or Lambda, optional', variant: 'plain' },
] as const;

/** The data-lake path after delivery, left to right. */
const LAKE = [
  { x: 12, label: 'Amazon S3', sub: 'Parquet objects' },
  { x: 172, label: 'Glue crawler', sub: 'finds partitions' },
  { x: 332, label: 'Data Catalog', sub: 'table and schema' },
  { x: 492, label: 'Athena', sub: 'SQL over S3' },
] as const;

const OTHER_DESTINATIONS = ['or: Redshift,', 'OpenSearch, Splunk,', 'Snowflake, Iceberg,', 'HTTP endpoints'];

/** Sources into a Firehose stream, its four steps, its one destination, and the S3 → Glue → Athena path. */
export function FirehosePipelineDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 420"
      title="Inside an Amazon Data Firehose stream"
      desc="One source (Direct PUT, a Kinesis data stream or Amazon MSK) feeds a Firehose stream that buffers, optionally transforms, converts and partitions, then delivers to one destination such as Amazon S3. From S3, a Glue crawler and the Glue Data Catalog make the data queryable with Athena."
      caption="One source in, four steps inside, one destination out; from S3, Glue and Athena make the data queryable."
      textDescription={
        <>
          <p>
            A legend says that a thick solid outline marks a Kinesis family service, a thin dashed outline marks your
            code or another AWS service, and a thin solid outline marks a step built into Firehose.
          </p>
          <p>
            Left: three possible sources, of which a Firehose stream has exactly one: Direct PUT (producers call
            PutRecordBatch), a Kinesis data stream, or a topic in Amazon MSK. Each has an arrow into the Firehose
            stream.
          </p>
          <p>
            Middle: the Amazon Data Firehose stream, with four steps in order. 1, Buffer: deliver when the size hint (1
            to 128 MiB) or the interval hint (0 to 900 seconds) is reached. 2, Transform: your Lambda function,
            optional. 3, Convert: JSON to Parquet or ORC, optional. 4, Partition: keys taken from the records with jq or
            Lambda, optional.
          </p>
          <p>
            Right: an arrow to the one destination, Amazon S3, with a note that the destination could instead be
            Redshift, OpenSearch, Splunk, Snowflake, Apache Iceberg tables or an HTTP endpoint.
          </p>
          <p>
            Bottom, the data-lake path: Amazon S3 holding Parquet objects, then a Glue crawler that finds partitions,
            then the Glue Data Catalog holding the table and its schema, then Athena running SQL over S3. A dashed arrow
            from the Data Catalog up to the Firehose stream is labelled schema: the conversion step reads its schema
            from that Glue table.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={418} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* Legend: outline style, not colour alone, carries the meaning. */}
      <DiagramLegend otherX={212} otherLabel="Your code or another service" />
      <rect x={460} y={16} width={28} height={18} rx={4} className="fill-bg stroke-fg" strokeWidth={1.25} />
      <text x={496} y={30} fontSize={13} className="fill-fg">
        Built-in step
      </text>

      {/* Sources */}
      {SOURCES.map((s) => (
        <g key={s.label}>
          <DiagramBox x={12} y={s.y} width={120} height={48} label={s.label} sub={s.sub} variant={s.variant} />
          <DiagramArrow x1={132} y1={s.y + 24} x2={156} y2={s.y + 24} markerId={ARROW} />
        </g>
      ))}

      {/* The Firehose stream and its steps */}
      <rect x={160} y={56} width={310} height={248} rx={10} className="fill-bg stroke-accent" strokeWidth={3} />
      <text x={315} y={80} textAnchor="middle" fontSize={16} fontWeight={700} className="fill-fg">
        Data Firehose stream
      </text>
      {STEPS.map((step, i) => (
        <DiagramBox
          key={step.label}
          x={180}
          y={92 + i * 52}
          width={270}
          height={46}
          label={step.label}
          sub={step.sub}
          variant={step.variant}
        />
      ))}

      {/* One destination */}
      <DiagramArrow x1={470} y1={178} x2={496} y2={178} markerId={ARROW} />
      <DiagramBox x={500} y={150} width={128} height={56} label="Amazon S3" sub="one destination" variant="other" />
      {OTHER_DESTINATIONS.map((line, i) => (
        <text key={line} x={506} y={228 + i * 17} fontSize={13} className="fill-muted">
          {line}
        </text>
      ))}

      {/* The data-lake path */}
      <line x1={16} y1={322} x2={624} y2={322} className="stroke-border" strokeWidth={1} strokeDasharray="4 6" />
      <text x={16} y={341} fontSize={13} className="fill-muted">
        Then, the data-lake path
      </text>
      {LAKE.map((box, i) => (
        <g key={box.label}>
          <DiagramBox
            x={box.x}
            y={352}
            width={i === 3 ? 136 : 130}
            height={52}
            label={box.label}
            sub={box.sub}
            variant="other"
          />
          {i < LAKE.length - 1 ? (
            <DiagramArrow x1={box.x + 130} y1={378} x2={box.x + 156} y2={378} markerId={ARROW} />
          ) : null}
        </g>
      ))}
      <DiagramArrow x1={397} y1={352} x2={397} y2={308} markerId={ARROW} dashed />
      <text x={405} y={338} fontSize={13} className="fill-fg">
        schema
      </text>
    </DiagramFigure>
  );
}
