import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';

const ID = 'resharding';
const ARROW = `${ID}-arrow`;

/** Split (left) and merge (right): closed parents above, open children below, named by their parents. */
export function ReshardingDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 364"
      title="Splitting and merging shards"
      desc="SplitShard closes one parent shard and opens two children that divide its hash key range between them. MergeShards closes two parents with adjacent ranges and opens one child that covers both. Children name their parents; closed parents stay readable until their records expire."
      caption="A split closes one shard and opens two; a merge closes two adjacent shards and opens one. Children record their parents."
      textDescription={
        <>
          <p>
            A legend says that a solid outline marks an OPEN shard, which takes new records, and a dashed outline marks
            a CLOSED parent, which takes no new records but stays readable until its records pass the retention period.
          </p>
          <p>
            Left, SplitShard at the middle of shard 2&rsquo;s hash key range: shard 2 becomes CLOSED. Two arrows lead
            down to two OPEN children: shard 4, which covers the lower half of shard 2&rsquo;s hash key range, and shard
            5, which covers the upper half. Both list shard 2 as their ParentShardId.
          </p>
          <p>
            Right, MergeShards: shards 0 and 1, whose hash key ranges are adjacent, both become CLOSED. Arrows from each
            lead down to one OPEN child, shard 6, which covers both ranges. It lists shard 0 as its ParentShardId and
            shard 1 as its AdjacentParentShardId.
          </p>
          <p>
            Along the bottom: a consumer that keeps per-key order reads each parent to its end before it reads the
            children.
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={362} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* Legend: the outline style, not colour, says open or closed. */}
      <rect x={16} y={16} width={28} height={18} rx={4} className="fill-bg stroke-fg" strokeWidth={1.25} />
      <text x={52} y={30} fontSize={13} className="fill-fg">
        OPEN: takes new records
      </text>
      <rect
        x={250}
        y={16}
        width={28}
        height={18}
        rx={4}
        className="fill-bg stroke-fg"
        strokeWidth={1.25}
        strokeDasharray="5 4"
      />
      <text x={286} y={30} fontSize={13} className="fill-fg">
        CLOSED parent: readable until it expires
      </text>

      <line x1={320} y1={52} x2={320} y2={300} className="stroke-border" strokeWidth={1} strokeDasharray="4 6" />

      {/* SplitShard */}
      <text x={160} y={70} textAnchor="middle" fontSize={17} fontWeight={700} className="fill-fg">
        SplitShard
      </text>
      <DiagramBox x={40} y={84} width={240} height={56} label="shard 2" sub="CLOSED · whole range" variant="other" />
      <DiagramArrow x1={110} y1={140} x2={90} y2={196} markerId={ARROW} />
      <DiagramArrow x1={210} y1={140} x2={230} y2={196} markerId={ARROW} />
      <DiagramBox x={24} y={200} width={132} height={56} label="shard 4" sub="OPEN · lower half" />
      <DiagramBox x={164} y={200} width={132} height={56} label="shard 5" sub="OPEN · upper half" />
      <text x={160} y={280} textAnchor="middle" fontSize={13} className="fill-muted">
        both: ParentShardId = shard 2
      </text>

      {/* MergeShards */}
      <text x={480} y={70} textAnchor="middle" fontSize={17} fontWeight={700} className="fill-fg">
        MergeShards: adjacent ranges
      </text>
      <DiagramBox x={344} y={84} width={132} height={56} label="shard 0" sub="CLOSED · range A" variant="other" />
      <DiagramBox x={484} y={84} width={132} height={56} label="shard 1" sub="CLOSED · range B" variant="other" />
      <DiagramArrow x1={420} y1={140} x2={450} y2={196} markerId={ARROW} />
      <DiagramArrow x1={540} y1={140} x2={510} y2={196} markerId={ARROW} />
      <DiagramBox x={380} y={200} width={200} height={56} label="shard 6" sub="OPEN · ranges A + B" />
      <text x={480} y={280} textAnchor="middle" fontSize={13} className="fill-muted">
        ParentShardId = shard 0
      </text>
      <text x={480} y={298} textAnchor="middle" fontSize={13} className="fill-muted">
        AdjacentParentShardId = shard 1
      </text>

      <line x1={16} y1={312} x2={624} y2={312} className="stroke-border" strokeWidth={1} />
      <text x={320} y={340} textAnchor="middle" fontSize={14} className="fill-fg">
        To keep each key in order, read a parent to its end before its children.
      </text>
    </DiagramFigure>
  );
}
