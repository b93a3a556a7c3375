import type { ReactNode } from 'react';
import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';
import { DiagramLegend } from './DiagramLegend';

type Variant = 'service' | 'other';

/** One reader of the stream and, optionally, where its output goes. */
export interface ArchitectureRow {
  label: string;
  sub?: string;
  variant: Variant;
  sink?: { label: string; sub?: string };
  /** A reader that runs on demand (a replay), drawn with a dashed arrow. */
  onDemand?: boolean;
}

interface StreamArchitectureProps {
  /** Unique on the whole site; every id inside the SVG is prefixed with it. */
  id: string;
  title: string;
  desc: string;
  caption: ReactNode;
  textDescription: ReactNode;
  source: { label: string; sub?: string };
  /** Short lines under "Data Streams": the partition key, retention, capacity. */
  streamLines: string[];
  /** One to four readers of the stream, top to bottom. */
  rows: ArchitectureRow[];
}

const ROW_TOP = 60;
const ROW_HEIGHT = 52;
const ROW_STEP = 70;

/**
 * The layout the reference-architecture diagrams share: producers on the left, one Kinesis data stream
 * in the middle, one row per reader on the right with the sink it feeds. Outline style (thick solid for a
 * Kinesis family service, thin dashed for your code or another service) and arrow style (dashed for a
 * reader started on demand) carry meaning, never colour alone.
 */
export function StreamArchitecture({
  id,
  title,
  desc,
  caption,
  textDescription,
  source,
  streamLines,
  rows,
}: StreamArchitectureProps) {
  const arrow = `${id}-arrow`;
  const bottom = ROW_TOP + (rows.length - 1) * ROW_STEP + ROW_HEIGHT;
  const streamBottom = Math.max(bottom, ROW_TOP + 150);
  const height = streamBottom + 16;
  const middle = (ROW_TOP + streamBottom) / 2;
  const hasOnDemand = rows.some((r) => r.onDemand);
  return (
    <DiagramFigure
      id={id}
      viewBox={`0 0 640 ${height}`}
      title={title}
      desc={desc}
      caption={caption}
      textDescription={textDescription}
    >
      <rect
        x={1}
        y={1}
        width={638}
        height={height - 2}
        rx={12}
        className="fill-surface stroke-border"
        strokeWidth={1}
      />

      {/* Legend: outline and line style, not colour alone. */}
      <DiagramLegend otherX={212} otherLabel="Your code or another service" />
      {hasOnDemand ? (
        <g>
          <DiagramArrow x1={462} y1={25} x2={492} y2={25} markerId={arrow} dashed />
          <text x={500} y={30} fontSize={13} className="fill-fg">
            on demand
          </text>
        </g>
      ) : null}

      {/* Producers → the stream */}
      <DiagramBox
        x={12}
        y={middle - 32}
        width={112}
        height={64}
        label={source.label}
        sub={source.sub}
        variant="other"
      />
      <DiagramArrow x1={124} y1={middle} x2={150} y2={middle} markerId={arrow} />
      <g>
        <rect
          x={154}
          y={ROW_TOP}
          width={136}
          height={streamBottom - ROW_TOP}
          rx={10}
          className="fill-bg stroke-accent"
          strokeWidth={3}
        />
        <text
          x={222}
          y={middle - 10 - (streamLines.length - 1) * 9}
          textAnchor="middle"
          fontSize={16}
          fontWeight={700}
          className="fill-fg"
        >
          Data Streams
        </text>
        {streamLines.map((line, i) => (
          <text
            key={line}
            x={222}
            y={middle + 12 + i * 18 - (streamLines.length - 1) * 9}
            textAnchor="middle"
            fontSize={13}
            className="fill-muted"
          >
            {line}
          </text>
        ))}
      </g>

      {/* One row per reader of the same stream */}
      {rows.map((row, i) => {
        const y = ROW_TOP + i * ROW_STEP;
        const mid = y + ROW_HEIGHT / 2;
        return (
          <g key={row.label}>
            <DiagramArrow x1={290} y1={mid} x2={318} y2={mid} markerId={arrow} dashed={row.onDemand} />
            <DiagramBox
              x={322}
              y={y}
              width={164}
              height={ROW_HEIGHT}
              label={row.label}
              sub={row.sub}
              variant={row.variant}
            />
            {row.sink ? (
              <g>
                <DiagramArrow x1={486} y1={mid} x2={512} y2={mid} markerId={arrow} />
                <DiagramBox
                  x={516}
                  y={y}
                  width={112}
                  height={ROW_HEIGHT}
                  label={row.sink.label}
                  sub={row.sink.sub}
                  variant="other"
                />
              </g>
            ) : null}
          </g>
        );
      })}
    </DiagramFigure>
  );
}
