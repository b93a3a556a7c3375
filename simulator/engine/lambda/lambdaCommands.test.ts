import { describe, expect, it } from 'vitest';
import { callApi } from '../../api/callApi';
import { replay, type SimCommand } from '../commands';
import { DEFAULT_START } from '../createSimulation';
import { serializeSimulation } from '../serialize';

const commands: SimCommand[] = [
  { type: 'api/call', operation: 'CreateStream', input: { StreamName: 'orders', ShardCount: 2 } },
  { type: 'time/advance', until: DEFAULT_START + 2_000 },
  {
    type: 'producer/add',
    config: {
      id: 'shop',
      stream: 'orders',
      rate: { kind: 'constant', recordsPerSecond: 200 },
      size: { kind: 'fixed', bytes: 200 },
      keys: { kind: 'uniform', count: 50 },
      enabled: true,
      seed: 3,
    },
  },
  {
    type: 'lambda/createFunction',
    config: {
      name: 'enrich',
      durationMsPerRecord: 2,
      concurrency: 5,
      failure: { kind: 'poisonKey', partitionKey: 'key-7' },
    },
  },
  {
    type: 'lambda/createMapping',
    config: {
      functionName: 'enrich',
      stream: 'orders',
      startingPosition: 'TRIM_HORIZON',
      bisectBatchOnFunctionError: true,
      maximumRetryAttempts: 1,
    },
  },
  {
    type: 'lambda/createFunction',
    config: { name: 'enrich', durationMsPerRecord: 1, concurrency: null, failure: { kind: 'none' } },
  },
  { type: 'time/advance', until: DEFAULT_START + 60_000 },
];

describe('lambda commands', () => {
  it('replay the same way, with failed commands recorded in Lambda’s words', () => {
    const a = replay({ seed: 9 }, commands, callApi);
    const b = replay({ seed: 9 }, commands, callApi);
    expect(a.errors).toEqual([
      { index: 5, name: 'ResourceConflictException', message: 'Function already exist: enrich' },
    ]);
    expect(serializeSimulation(a.sim)).toBe(serializeSimulation(b.sim));
    const mapping = a.sim.lambda!.mappings[0]!;
    expect(mapping.state).toBe('Enabled');
    // key-7 lives on one shard: that shard crawls through bisections (1 s per retry) while the other keeps up.
    expect(mapping.stats).toMatchObject({
      invocations: 143,
      bisections: 39,
      discardedRecords: 7,
      processedRecords: 5_234,
    });
    expect(mapping.iteratorAgeMs).toBe(55_992);
  });
});
