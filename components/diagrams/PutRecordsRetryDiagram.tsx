import { DiagramArrow } from './DiagramArrow';
import { DiagramFigure } from './DiagramFigure';

const ID = 'putrecords-retry';
const ARROW = `${ID}-arrow`;

const ROW_TOP = 100;
const ROW_STEP = 44;
const ROW_HEIGHT = 34;

/** One PutRecords call of five entries: what was sent, what came back, and what to send again. */
const ENTRIES = [
  { key: 'product-7', result: '✓ ShardId + SequenceNumber', failed: false },
  { key: 'product-42', result: '✓ ShardId + SequenceNumber', failed: false },
  { key: 'product-1234', result: '✗ ErrorCode: PTEE', failed: true },
  { key: 'product-88', result: '✓ ShardId + SequenceNumber', failed: false },
  { key: 'product-300', result: '✗ ErrorCode: InternalFailure', failed: true },
] as const;

const COLUMNS = {
  request: { x: 12, width: 168 },
  response: { x: 212, width: 232 },
  retry: { x: 476, width: 152 },
} as const;

function Cell({ x, y, width, text, dashed }: { x: number; y: number; width: number; text: string; dashed?: boolean }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width={width}
        height={ROW_HEIGHT}
        rx={6}
        className="fill-bg stroke-fg"
        strokeWidth={dashed ? 2 : 1.25}
        strokeDasharray={dashed ? '5 4' : undefined}
      />
      <text x={x + 10} y={y + ROW_HEIGHT / 2 + 5} fontSize={14} className="fill-fg">
        {text}
      </text>
    </g>
  );
}

/** PutRecords is not atomic: the response has one result per entry, in order, and only failures are resent. */
export function PutRecordsRetryDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 348"
      title="Retrying only the failed entries of a PutRecords call"
      desc="A PutRecords request with five entries gets a response with FailedRecordCount 2. Entries 1, 2 and 4 were stored and have a shard id and sequence number; entry 3 failed with ProvisionedThroughputExceededException and entry 5 with InternalFailure. After a backoff, only entries 3 and 5 are sent again."
      caption="One result per entry, in request order. Resend only the entries with an ErrorCode, after a backoff: the others are already stored."
      textDescription={
        <>
          <p>
            Three columns. Column 1, the PutRecords request, holds five entries with the partition keys product-7,
            product-42, product-1234, product-88 and product-300.
          </p>
          <p>
            Column 2, the response, says FailedRecordCount: 2 and lists one result per entry in the same order. Entries
            1, 2 and 4 succeeded: each result has a ShardId and a SequenceNumber. Entry 3 (product-1234) failed with
            ErrorCode ProvisionedThroughputExceededException, abbreviated PTEE. Entry 5 (product-300) failed with
            ErrorCode InternalFailure. Failed results have a dashed outline and a cross; successful ones a solid outline
            and a tick.
          </p>
          <p>
            Column 3: after a backoff with jitter, a new PutRecords call sends only entries 3 and 5. Entries 1, 2 and 4
            are already stored, so sending them again would create duplicates.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={346} rx={12} className="fill-surface stroke-border" strokeWidth={1} />
      <text x={16} y={28} fontSize={13} className="fill-muted">
        ✓ stored (solid outline) · ✗ failed (dashed outline) · PTEE = ProvisionedThroughputExceededException
      </text>

      <text x={COLUMNS.request.x} y={66} fontSize={15} fontWeight={700} className="fill-fg">
        1 · Request
      </text>
      <text x={COLUMNS.request.x} y={86} fontSize={13} className="fill-muted">
        5 entries
      </text>
      <text x={COLUMNS.response.x} y={66} fontSize={15} fontWeight={700} className="fill-fg">
        2 · Response
      </text>
      <text x={COLUMNS.response.x} y={86} fontSize={13} className="fill-muted">
        FailedRecordCount: 2
      </text>
      <text x={COLUMNS.retry.x} y={66} fontSize={15} fontWeight={700} className="fill-fg">
        3 · Retry
      </text>
      <text x={COLUMNS.retry.x} y={86} fontSize={13} className="fill-muted">
        after backoff + jitter
      </text>

      {ENTRIES.map((entry, i) => {
        const y = ROW_TOP + i * ROW_STEP;
        const mid = y + ROW_HEIGHT / 2;
        return (
          <g key={entry.key}>
            <Cell x={COLUMNS.request.x} y={y} width={COLUMNS.request.width} text={`#${i + 1} ${entry.key}`} />
            <DiagramArrow
              x1={COLUMNS.request.x + COLUMNS.request.width}
              y1={mid}
              x2={COLUMNS.response.x - 4}
              y2={mid}
              markerId={ARROW}
            />
            <Cell
              x={COLUMNS.response.x}
              y={y}
              width={COLUMNS.response.width}
              text={entry.result}
              dashed={entry.failed}
            />
            {entry.failed ? (
              <>
                <DiagramArrow
                  x1={COLUMNS.response.x + COLUMNS.response.width}
                  y1={mid}
                  x2={COLUMNS.retry.x - 4}
                  y2={mid}
                  markerId={ARROW}
                  dashed
                />
                <Cell x={COLUMNS.retry.x} y={y} width={COLUMNS.retry.width} text={`#${i + 1} ${entry.key}`} />
              </>
            ) : null}
          </g>
        );
      })}

      <text x={16} y={334} fontSize={13} className="fill-fg">
        Entries 1, 2 and 4 are already stored: resending the whole batch would duplicate them.
      </text>
    </DiagramFigure>
  );
}
