import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';

const ID = 'lambda-event-source-mapping';
const ARROW = `${ID}-arrow`;

/** The lines inside the event source mapping box: what Lambda does for you between the stream and the function. */
const MAPPING_LINES = ['reads each shard about 1/s', 'batches ≤ BatchSize records', '1–10 batches per shard'] as const;

/** Stream → event source mapping → function, with the error path below it (dashed) to the on-failure destination. */
export function LambdaEventSourceMappingDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 400"
      title="How a Lambda event source mapping reads a stream"
      desc="An event source mapping reads each shard of the orders stream, builds batches and invokes the function. On success the shard's checkpoint moves on. On error the batch is retried, split in halves if bisecting is on, until it succeeds or a retry or age limit discards it to the on-failure destination."
      caption="Lambda does the reading, batching and checkpointing. A failing batch is retried until it succeeds, expires or hits a limit you set."
      textDescription={
        <>
          <p>A legend says solid arrows are the normal path and dashed arrows are the path after an error.</p>
          <p>
            Normal path: the orders stream, with shards 0 and 1, feeds an event source mapping run by Lambda. The
            mapping reads each shard about once a second, builds batches of up to BatchSize records, and runs one to ten
            batches per shard at a time (ParallelizationFactor). It invokes the enrich-orders function with each batch;
            when the function succeeds, the shard&apos;s checkpoint moves past the batch.
          </p>
          <p>
            Error path: if the function fails, the batch is retried, split into two halves first if
            BisectBatchOnFunctionError is on. When MaximumRetryAttempts or MaximumRecordAgeInSeconds is reached, the
            batch is discarded and a message goes to the on-failure destination: an SQS queue or SNS topic receives the
            batch details (shard and sequence numbers), an S3 bucket also receives the records. With the defaults (−1,
            no limit) the batch is retried until its records expire, and the shard waits behind it.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={398} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* Legend: line style carries the meaning */}
      <line x1={20} y1={26} x2={56} y2={26} className="stroke-fg" strokeWidth={1.75} />
      <text x={64} y={31} fontSize={13} className="fill-fg">
        normal path
      </text>
      <line x1={170} y1={26} x2={206} y2={26} className="stroke-fg" strokeWidth={1.75} strokeDasharray="6 5" />
      <text x={214} y={31} fontSize={13} className="fill-fg">
        after an error
      </text>

      {/* The stream */}
      <rect x={20} y={52} width={124} height={128} rx={10} className="fill-bg stroke-accent" strokeWidth={3} />
      <text x={82} y={76} textAnchor="middle" fontSize={16} fontWeight={700} className="fill-fg">
        orders
      </text>
      {[0, 1].map((n) => (
        <g key={n}>
          <rect
            x={34}
            y={90 + n * 40}
            width={96}
            height={30}
            rx={4}
            className="fill-surface stroke-muted"
            strokeWidth={1}
          />
          <text x={82} y={110 + n * 40} textAnchor="middle" fontSize={14} className="fill-fg">
            {`shard ${n}`}
          </text>
        </g>
      ))}
      <DiagramArrow x1={144} y1={116} x2={176} y2={116} markerId={ARROW} />

      {/* The event source mapping */}
      <rect x={180} y={52} width={220} height={128} rx={10} className="fill-bg stroke-fg" strokeWidth={1.25} />
      <text x={290} y={78} textAnchor="middle" fontSize={16} fontWeight={700} className="fill-fg">
        Event source mapping
      </text>
      {MAPPING_LINES.map((line, i) => (
        <text key={line} x={290} y={106 + i * 24} textAnchor="middle" fontSize={13} className="fill-fg">
          {line}
        </text>
      ))}
      <DiagramArrow x1={400} y1={116} x2={432} y2={116} markerId={ARROW} />
      <DiagramBox
        x={436}
        y={86}
        width={184}
        height={60}
        label="enrich-orders"
        sub="invoked with a batch"
        variant="other"
      />
      <text x={528} y={74} textAnchor="middle" fontSize={13} className="fill-muted">
        success: checkpoint moves on
      </text>

      {/* The error path */}
      <DiagramArrow x1={528} y1={146} x2={528} y2={220} markerId={ARROW} dashed />
      <text x={538} y={188} fontSize={13} className="fill-muted">
        on error
      </text>
      <DiagramBox x={436} y={224} width={184} height={60} label="Batch failed" sub="retry (bisect: halves)" />
      <DiagramArrow x1={436} y1={254} x2={404} y2={254} markerId={ARROW} dashed />
      <DiagramBox x={250} y={224} width={150} height={60} label="Give up" sub="retry or age limit" />
      <DiagramArrow x1={250} y1={254} x2={224} y2={254} markerId={ARROW} dashed />
      <DiagramBox
        x={20}
        y={224}
        width={200}
        height={60}
        label="Destination"
        sub="on failure: SQS, SNS, S3"
        variant="other"
      />
      <text x={20} y={316} fontSize={13} className="fill-fg">
        SQS or SNS: batch details (shard, sequence numbers). S3: the records too.
      </text>
      <text x={20} y={346} fontSize={13} className="fill-fg">
        Defaults (−1, no limit): the batch is retried until its records expire,
      </text>
      <text x={20} y={366} fontSize={13} className="fill-fg">
        and its shard waits behind it. Other shards carry on.
      </text>
    </DiagramFigure>
  );
}
