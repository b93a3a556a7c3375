import { DiagramArrow } from './DiagramArrow';
import { DiagramBox } from './DiagramBox';
import { DiagramFigure } from './DiagramFigure';

const ID = 'kcl-lease-table';
const ARROW = `${ID}-arrow`;

/** One row per shard: the lease as KCL stores it in DynamoDB (checkpoints shortened for the picture). */
const LEASES = [
  { shard: 'shardId-000000000000', owner: 'worker-1', checkpoint: '4965…1570', counter: '118' },
  { shard: 'shardId-000000000001', owner: 'worker-1', checkpoint: '4965…2904', counter: '97' },
  { shard: 'shardId-000000000002', owner: 'worker-2', checkpoint: '4965…7731', counter: '121' },
  { shard: 'shardId-000000000003', owner: 'worker-2', checkpoint: '4965…0086', counter: '104' },
] as const;

const COLUMNS = [
  { x: 28, title: 'leaseKey' },
  { x: 200, title: 'leaseOwner' },
  { x: 300, title: 'checkpoint' },
  { x: 410, title: 'leaseCounter' },
  { x: 515, title: 'parentShardId' },
] as const;

/** A KCL application: four shards, two workers, and the DynamoDB lease table that records who reads what. */
export function KclLeaseTableDiagram() {
  return (
    <DiagramFigure
      id={ID}
      viewBox="0 0 640 430"
      title="A KCL application and its lease table"
      desc="The anti-cheat application runs two KCL workers on a four-shard stream. Each worker holds the leases of two shards. A DynamoDB table named after the application holds one lease per shard: its owner, its checkpoint and a counter."
      caption="One lease per shard, one owner per lease: the lease table is how KCL workers split a stream and remember their place."
      textDescription={
        <>
          <p>
            Top: the match-events stream has four shards, numbered 0 to 3. Shards 0 and 1 are read by worker-1, shards 2
            and 3 by worker-2; both workers belong to the anti-cheat application. Each shard has exactly one worker.
          </p>
          <p>
            Bottom: the DynamoDB lease table named anti-cheat, with one row per shard and the columns leaseKey (the
            shard id), leaseOwner (the worker holding it), checkpoint (the sequence number of the last record processed,
            shortened in the picture), leaseCounter (a number the owner keeps increasing while it holds the lease) and
            parentShardId (empty here, because none of these shards came from a split or merge).
          </p>
        </>
      }
    >
      <rect x={1} y={1} width={638} height={428} rx={12} className="fill-surface stroke-border" strokeWidth={1} />

      {/* The stream and its four shards */}
      <rect x={20} y={20} width={200} height={206} rx={10} className="fill-bg stroke-accent" strokeWidth={3} />
      <text x={120} y={46} textAnchor="middle" fontSize={16} fontWeight={700} className="fill-fg">
        match-events
      </text>
      {[0, 1, 2, 3].map((n) => (
        <g key={n}>
          <rect
            x={36}
            y={60 + n * 40}
            width={168}
            height={30}
            rx={4}
            className="fill-surface stroke-muted"
            strokeWidth={1}
          />
          <text x={120} y={80 + n * 40} textAnchor="middle" fontSize={14} className="fill-fg">
            {`shard ${n}`}
          </text>
        </g>
      ))}

      {/* Each shard's lease belongs to exactly one worker */}
      <DiagramArrow x1={204} y1={75} x2={300} y2={88} markerId={ARROW} />
      <DiagramArrow x1={204} y1={115} x2={300} y2={100} markerId={ARROW} />
      <DiagramArrow x1={204} y1={155} x2={300} y2={168} markerId={ARROW} />
      <DiagramArrow x1={204} y1={195} x2={300} y2={180} markerId={ARROW} />
      <DiagramBox x={304} y={64} width={150} height={60} label="worker-1" sub="shards 0 and 1" variant="other" />
      <DiagramBox x={304} y={144} width={150} height={60} label="worker-2" sub="shards 2 and 3" variant="other" />
      <text x={470} y={116} fontSize={13} className="fill-muted">
        application
      </text>
      <text x={470} y={134} fontSize={16} fontWeight={600} className="fill-fg">
        anti-cheat
      </text>
      <text x={470} y={152} fontSize={13} className="fill-muted">
        (KCL workers)
      </text>

      {/* The lease table */}
      <text x={20} y={262} fontSize={16} fontWeight={700} className="fill-fg">
        DynamoDB lease table “anti-cheat”
      </text>
      <rect x={20} y={274} width={600} height={144} rx={6} className="fill-bg stroke-fg" strokeWidth={1.25} />
      {COLUMNS.map((c) => (
        <text key={c.title} x={c.x} y={296} fontSize={13} fontWeight={700} className="fill-fg">
          {c.title}
        </text>
      ))}
      <line x1={20} y1={304} x2={620} y2={304} className="stroke-border" strokeWidth={1} />
      {LEASES.map((l, i) => {
        const y = 326 + i * 26;
        return (
          <g key={l.shard} fontSize={13} className="fill-fg">
            <text x={28} y={y}>
              {l.shard}
            </text>
            <text x={200} y={y}>
              {l.owner}
            </text>
            <text x={300} y={y}>
              {l.checkpoint}
            </text>
            <text x={410} y={y}>
              {l.counter}
            </text>
            <text x={515} y={y} className="fill-muted">
              —
            </text>
          </g>
        );
      })}
    </DiagramFigure>
  );
}
