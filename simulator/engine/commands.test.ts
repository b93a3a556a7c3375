import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callApi } from '../api/callApi';
import { replay, type SimCommand } from './commands';
import { DEFAULT_START } from './createSimulation';
import { serializeSimulation } from './serialize';

const base: SimCommand[] = [
  { type: 'api/call', operation: 'CreateStream', input: { StreamName: 'demo', ShardCount: 3 } },
  { type: 'time/advance', until: DEFAULT_START + 2_000 },
  {
    type: 'producer/add',
    config: {
      id: 'p',
      stream: 'demo',
      rate: { kind: 'periodic', base: 2000, amplitude: 1500, periodSeconds: 60 },
      size: { kind: 'uniform', min: 100, max: 900 },
      keys: { kind: 'zipf', count: 20, exponent: 1.1 },
      retry: { maxAttempts: 3, baseDelayMs: 200, lostAckRate: 0.001 },
      enabled: true,
      seed: 4,
    },
  },
  {
    type: 'consumer/add',
    config: {
      name: 'app',
      stream: 'demo',
      workers: 2,
      pollIntervalMs: 1000,
      maxRecords: 1000,
      processingMsPerRecord: 0.5,
      initialPosition: 'TRIM_HORIZON',
      enabled: true,
    },
  },
  { type: 'time/advance', until: DEFAULT_START + 60_000 },
  {
    type: 'api/call',
    operation: 'SplitShard',
    input: { StreamName: 'demo', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1000' },
  },
  { type: 'api/call', operation: 'PutRecord', input: { StreamName: 'nope', PartitionKey: 'k', Data: 'YQ==' } },
  { type: 'time/advance', until: DEFAULT_START + 180_000 },
];

describe('replay', () => {
  it('records failed commands and goes on', () => {
    const { errors } = replay({ seed: 1 }, base, callApi);
    expect(errors).toEqual([
      { index: 6, name: 'ResourceNotFoundException', message: 'Stream nope under account 000000000000 not found.' },
    ]);
  });

  it('gives identical state for the same seed and command log', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 2_000, max: 60_000 }), (seed, extra) => {
        const commands: SimCommand[] = [...base, { type: 'time/advance', until: DEFAULT_START + 180_000 + extra }];
        const a = serializeSimulation(replay({ seed }, commands, callApi).sim);
        const b = serializeSimulation(replay({ seed }, commands, callApi).sim);
        expect(a).toBe(b);
      }),
      { numRuns: 5 },
    );
  });

  it('consumers finish a parent shard before its children', () => {
    const { sim } = replay({ seed: 1 }, base, callApi);
    const leases = Object.fromEntries(sim.consumerApps[0]!.leases.map((l) => [l.leaseKey, l]));
    expect(leases['shardId-000000000000']!.checkpoint).toBe('SHARD_END');
    expect(leases['shardId-000000000003']!.parentShardIds).toEqual(['shardId-000000000000']);
    expect(leases['shardId-000000000003']!.leaseOwner).not.toBeNull();
    expect(sim.consumerApps[0]!.stats.lostRecords).toBe(0);
  });

  it('removes a consumer application with its lease table; removing it twice is an error the log keeps', () => {
    const app = base[3]!;
    const commands: SimCommand[] = [
      ...base,
      { type: 'consumer/remove', name: 'app' },
      { type: 'consumer/remove', name: 'app' },
      { type: 'time/advance', until: DEFAULT_START + 190_000 },
      app,
      { type: 'time/advance', until: DEFAULT_START + 191_000 },
    ];
    const { sim, errors } = replay({ seed: 1 }, commands, callApi);
    expect(errors.slice(1)).toEqual([
      { index: 9, name: 'ResourceNotFoundException', message: 'No consumer application named app.' },
    ]);
    expect(sim.events.filter((e) => e.type === 'consumer/removed')).toEqual([
      { at: DEFAULT_START + 180_000, type: 'consumer/removed', consumer: 'app' },
    ]);
    // Added again under the same name, it starts from a new lease table: every lease taken once, at the
    // trim horizon of each shard still listed (the closed parent first, as KCL does).
    expect(sim.consumerApps).toHaveLength(1);
    const leases = sim.consumerApps[0]!.leases;
    expect(leases.map((l) => [l.leaseKey, l.leaseCounter])).toEqual([
      ['shardId-000000000000', 1],
      ['shardId-000000000001', 1],
      ['shardId-000000000002', 1],
      ['shardId-000000000003', 0],
      ['shardId-000000000004', 0],
    ]);
    expect(serializeSimulation(replay({ seed: 1 }, commands, callApi).sim)).toBe(serializeSimulation(sim));
  });
});
