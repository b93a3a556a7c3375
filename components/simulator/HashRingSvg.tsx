import { useId } from 'react';
import { arcPath, formatShare, pointOnRing, type KeyRoute, type RingArc } from '@/simulator/views/hashRing';

export interface RingMarker {
  /** The partition key, or a description such as "ExplicitHashKey 0". */
  label: string;
  fraction: number;
  shardId: string;
  share: number;
}

interface HashRingSvgProps {
  stream: string;
  arcs: RingArc[];
  markers: RingMarker[];
  lookup: KeyRoute | null;
  /** One sentence saying what the picture shows (the SVG's description). */
  description: string;
}

// Drawn near 1:1 at a 390-pixel phone width, so 11-pixel labels stay legible there.
const WIDTH = 400;
const HEIGHT = 330;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
/** Open shards on the outer band, closed parents on a thin dashed inner ring. */
const OPEN_R = 108;
const BAND = 18;
const CLOSED_R = 78;
/** A sliver left between neighbouring arcs, so ranges are told apart by shape, not colour alone. */
const GAP = 0.004;
/** Arcs narrower than this get no label on the ring (the table lists every shard). */
const MIN_LABEL_SPAN = 0.03;
/** Only the heaviest keys are named outside the ring; more names would overlap. Every dot has a tooltip. */
const LABELLED_KEYS = 5;

function shortId(id: string): string {
  return `#${Number(id.slice(-12))}`;
}

function truncate(text: string, max = 10): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Text at a point of the ring, extending away from it: outwards for names outside, inwards for labels inside. */
function RingLabel({
  fraction,
  r,
  inward = false,
  children,
  className,
}: {
  fraction: number;
  r: number;
  inward?: boolean;
  children: string;
  className: string;
}) {
  const p = pointOnRing(CX, CY, r, fraction);
  const side = Math.sin(2 * Math.PI * fraction) * (inward ? -1 : 1);
  const anchor = Math.abs(side) < 0.2 ? 'middle' : side > 0 ? 'start' : 'end';
  return (
    <text x={p.x} y={p.y} textAnchor={anchor} dominantBaseline="middle" className={className}>
      {children}
    </text>
  );
}

function ShardArc({ arc, index }: { arc: RingArc; index: number }) {
  const span = arc.to - arc.from;
  const gap = span > GAP * 4 ? GAP : 0;
  const mid = (arc.from + arc.to) / 2;
  const r = arc.open ? OPEN_R : CLOSED_R;
  const d = span >= 1 ? arcPath(CX, CY, r, 0, 1) : arcPath(CX, CY, r, arc.from + gap / 2, arc.to - gap / 2);
  // Closed parents are named in the caption: a label here would collide with their children's.
  if (!arc.open) return <path d={d} fill="none" strokeWidth={6} strokeDasharray="5 4" className="stroke-muted" />;
  return (
    <g>
      <path d={d} fill="none" strokeWidth={BAND} className={index % 2 === 0 ? 'stroke-accent' : 'stroke-tip'} />
      {span >= MIN_LABEL_SPAN && (
        <RingLabel fraction={mid} r={OPEN_R - 16} inward className="fill-fg text-[12px] font-semibold">
          {shortId(arc.shardId)}
        </RingLabel>
      )}
    </g>
  );
}

/**
 * The 128-bit hash key space as a ring, clockwise from 0 at the top: one arc per open shard, closed
 * parents dashed inside, dots where the heaviest partition keys land, and a diamond for a typed key.
 */
export function HashRingSvg({ stream, arcs, markers, lookup, description }: HashRingSvgProps) {
  const id = useId();
  const open = arcs.filter((a) => a.open);
  const labelled = [...markers].sort((a, b) => b.share - a.share).slice(0, LABELLED_KEYS);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="mx-auto block h-auto w-full max-w-[26rem]"
    >
      <title id={`${id}-title`}>{`Hash key ranges of stream ${stream}`}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <circle cx={CX} cy={CY} r={OPEN_R} fill="none" strokeWidth={BAND} className="stroke-border" />
      {arcs
        .filter((a) => !a.open)
        .map((arc) => (
          <ShardArc key={arc.shardId} arc={arc} index={0} />
        ))}
      {open.map((arc, i) => (
        <ShardArc key={arc.shardId} arc={arc} index={i} />
      ))}
      <line x1={CX} y1={CY - OPEN_R - 12} x2={CX} y2={CY - OPEN_R + 12} strokeWidth={2} className="stroke-fg" />
      <text x={CX} y={CY - OPEN_R - 18} textAnchor="middle" className="fill-muted text-[11px]">
        0 | 2¹²⁸ − 1
      </text>
      <text x={CX} y={CY - 8} textAnchor="middle" className="fill-fg text-[13px] font-semibold">
        2¹²⁸ hash keys
      </text>
      <text x={CX} y={CY + 8} textAnchor="middle" className="fill-muted text-[11px]">
        clockwise from 0
      </text>
      {markers.map((m) => {
        const p = pointOnRing(CX, CY, OPEN_R, m.fraction);
        return (
          <circle key={m.label} cx={p.x} cy={p.y} r={4.5} strokeWidth={1.5} className="fill-fg stroke-bg">
            <title>{`${m.label} → ${m.shardId}, ${formatShare(m.share)} of producer traffic`}</title>
          </circle>
        );
      })}
      {labelled.map((m) => (
        <RingLabel key={m.label} fraction={m.fraction} r={OPEN_R + 20} className="fill-fg text-[11px]">
          {truncate(m.label)}
        </RingLabel>
      ))}
      {lookup && <LookupMarker lookup={lookup} />}
    </svg>
  );
}

function LookupMarker({ lookup }: { lookup: KeyRoute }) {
  const p = pointOnRing(CX, CY, OPEN_R, lookup.fraction);
  const inner = pointOnRing(CX, CY, OPEN_R - 30, lookup.fraction);
  return (
    <g>
      <line x1={inner.x} y1={inner.y} x2={p.x} y2={p.y} strokeWidth={2} className="stroke-pitfall" />
      <rect
        x={p.x - 6}
        y={p.y - 6}
        width={12}
        height={12}
        transform={`rotate(45 ${p.x} ${p.y})`}
        strokeWidth={2}
        className="fill-pitfall stroke-bg"
      />
      {/* In the middle, where there is room: the ring's edges hold the heaviest keys' names. */}
      <text x={CX} y={CY + 28} textAnchor="middle" className="fill-pitfall text-[12px] font-semibold">
        {`◆ your key → ${shortId(lookup.shardId)}`}
      </text>
    </g>
  );
}
