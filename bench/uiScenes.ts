// The pages `npm run bench:ui` drives: a content scenario, or a generated stream of any size opened from
// a share link (so the benchmark needs no scenario file that the course does not use).
import { encodeShareLink } from '../simulator/runtime/shareLink';
import type { SimCommand } from '../simulator/engine/commands';

/** The playground path for a scenario id, or for `<n>shards`: n shards, n/10 producers and two readers. */
export function benchPath(scene: string): string {
  const generated = /^(\d+)shards$/.exec(scene);
  if (!generated) return `/playground/?scenario=${scene}`;
  const shards = Number(generated[1]);
  const log: SimCommand[] = [
    { type: 'api/call', operation: 'CreateStream', input: { StreamName: 'wide', ShardCount: shards } },
  ];
  for (let i = 0; i < Math.max(1, Math.round(shards / 10)); i++)
    log.push({
      type: 'producer/add',
      config: {
        id: `fleet-${String(i + 1).padStart(2, '0')}`,
        stream: 'wide',
        // About 30% of each shard's record limit, with one fleet in five sending twice as much.
        rate: { kind: 'constant', recordsPerSecond: i % 5 === 0 ? 6000 : 3000 },
        size: { kind: 'fixed', bytes: 400 },
        keys: { kind: 'uuid' },
        enabled: true,
        seed: 100 + i,
      },
    });
  for (const name of ['analytics', 'archive'])
    log.push({
      type: 'consumer/add',
      config: {
        name,
        stream: 'wide',
        workers: Math.min(100, shards),
        pollIntervalMs: 1000,
        maxRecords: 10_000,
        processingMsPerRecord: 0.01,
        initialPosition: 'LATEST',
        enabled: true,
      },
    });
  return `/playground/?scenario=lab-empty-account${encodeShareLink({ v: 1, scenario: 'lab-empty-account', seed: 7, log })}`;
}
