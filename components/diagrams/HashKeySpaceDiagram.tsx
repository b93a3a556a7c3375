import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';

const ID = 'hash-key-space';
const ARROW = `${ID}-arrow`;

/** The bar that stands for the whole hash key space, 0 … 2^128 − 1. */
const BAR = { x: 40, y: 150, width: 560, height: 48 } as const;
const SHARDS = 4;
const SLICE = BAR.width / SHARDS;

/** Where product-1234 lands: its hash key is 29.9% of the way from 0 to 2^128 − 1. */
const KEY_FRACTION = 0.299;
const KEY_X = BAR.x + KEY_FRACTION * BAR.width;

/** Boundaries between the four ranges, with the text under each. */
const BOUNDARIES = [
  { x: BAR.x, label: '0', anchor: 'start' },
  { x: BAR.x + SLICE, label: '2¹²⁶', anchor: 'middle' },
  { x: BAR.x + 2 * SLICE, label: '2¹²⁷', anchor: 'middle' },
  { x: BAR.x + 3 * SLICE, label: '3 · 2¹²⁶', anchor: 'middle' },
  { x: BAR.x + BAR.width, label: '2¹²⁸ − 1', anchor: 'end' },
] as const;

/** A partition key hashed with MD5 onto the hash key ranges of a stream created with four shards. */
export function HashKeySpaceDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 300"
      title="From partition key to shard"
      desc="The partition key product-1234 is hashed with MD5 into a 128-bit number, about 29.9% of the way from 0 to 2 to the power 128 minus 1. A stream created with four shards splits that range into four equal quarters, so the record goes to shard 1."
      caption="MD5 turns the key into a number between 0 and 2¹²⁸ − 1. Each of the four shards owns a quarter of that range, so product-1234, at 29.9%, goes to shard 1."
      textDescription={
        <>
          <p>
            Top row: the partition key <code>product-1234</code> goes through MD5 and becomes a 128-bit hash key,
            hexadecimal <code>4c7103a98eff46a852b8cc49065e4f38</code>, which is the integer
            101608131505711798877697881994864512824. An arrow points from it to its place on the bar below, about 29.9%
            of the way along.
          </p>
          <p>
            The bar is the whole hash key space, from 0 to 2<sup>128</sup> − 1, cut into four equal ranges for a stream
            created with four shards: shard 0 from 0, shard 1 from 2<sup>126</sup>, shard 2 from 2<sup>127</sup> and
            shard 3 from 3 · 2<sup>126</sup> up to 2<sup>128</sup> − 1. Shard n stands for{' '}
            <code>shardId-00000000000n</code>. Shard 1 has a thick outline and the note “gets the record”, because the
            key lands in its range.
          </p>
          <p>
            Under the bar, the rule for any new stream: with N shards, step = floor(2<sup>128</sup> / N); shard i covers
            i · step to (i + 1) · step − 1, and the last shard ends at 2<sup>128</sup> − 1.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={298} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* Key → MD5 → hash key */}
      <DiagramBox x={16} y={20} width={170} height={56} label="product-1234" sub="partition key" variant="other" />
      <text x={208} y={40} textAnchor="middle" fontSize={13} fontWeight={600} className="fill-fg">
        MD5
      </text>
      <DiagramArrow x1={186} y1={52} x2={226} y2={52} markerId={ARROW} />
      <DiagramBox x={230} y={20} width={220} height={56} label="4c7103a9…4e5f38" sub="128-bit hash key" />
      <text x={466} y={44} fontSize={13} className="fill-fg">
        = 1.016 × 10³⁸
      </text>
      <text x={466} y={62} fontSize={13} className="fill-muted">
        ≈ 29.9% of the way
      </text>
      {/* Points at the key's spot on the top edge of the bar */}
      <DiagramArrow x1={262} y1={76} x2={KEY_X} y2={BAR.y - 3} markerId={ARROW} />

      {/* The hash key space, split into four ranges */}
      {Array.from({ length: SHARDS }, (_, i) => {
        const hit = i === 1;
        const x = BAR.x + i * SLICE;
        return (
          <g key={i}>
            <rect
              x={x}
              y={BAR.y}
              width={SLICE}
              height={BAR.height}
              className={hit ? 'fill-bg stroke-accent' : 'fill-bg stroke-fg'}
              strokeWidth={hit ? 3 : 1.25}
            />
            <text
              x={x + SLICE / 2}
              y={hit ? BAR.y + 20 : BAR.y + 29}
              textAnchor="middle"
              fontSize={16}
              fontWeight={hit ? 700 : 500}
              className="fill-fg"
            >
              {`shard ${i}`}
            </text>
            {hit ? (
              <text x={x + SLICE / 2} y={BAR.y + 38} textAnchor="middle" fontSize={13} className="fill-muted">
                gets the record
              </text>
            ) : null}
          </g>
        );
      })}

      {/* Range boundaries */}
      {BOUNDARIES.map((b) => (
        <g key={b.label}>
          <line
            x1={b.x}
            y1={BAR.y + BAR.height}
            x2={b.x}
            y2={BAR.y + BAR.height + 8}
            className="stroke-fg"
            strokeWidth={1.25}
          />
          <text x={b.x} y={BAR.y + BAR.height + 24} textAnchor={b.anchor} fontSize={13} className="fill-fg">
            {b.label}
          </text>
        </g>
      ))}
      <text x={BAR.x + BAR.width} y={140} textAnchor="end" fontSize={13} className="fill-muted">
        hash key space of a stream created with 4 shards
      </text>

      {/* The rule for any N */}
      <text x={BAR.x} y={256} fontSize={13} className="fill-fg">
        shard n = shardId-00000000000n · with N shards, step = floor(2¹²⁸ / N)
      </text>
      <text x={BAR.x} y={278} fontSize={13} className="fill-fg">
        shard i covers [i · step, (i + 1) · step − 1]; the last one ends at 2¹²⁸ − 1
      </text>
    </DiagramFigure>
  );
}
