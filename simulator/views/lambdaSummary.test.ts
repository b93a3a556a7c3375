import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { lambdaSetup } from '../engine/lambda/testing/lambdaSetup';
import { lambdaSummary } from './lambdaSummary';

describe('lambdaSummary', () => {
  it('says which shard is blocked, for how long, and what failed', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
    const { sim } = lambdaSetup({
      keys,
      fn: { failure: { kind: 'poisonKey', partitionKey: 'k3' }, durationMsPerRecord: 10 },
    });
    advance(sim, sim.now + 1_500);
    expect(lambdaSummary(sim, 'process')).toMatchObject({ state: 'Enabled', inFlight: 'shard 0: 1', blocked: '' });
    advance(sim, sim.now + 10_000);
    expect(lambdaSummary(sim, 'process')).toEqual({
      exists: true,
      stream: 'orders',
      state: 'Enabled',
      // Each try runs 1 s (100 records at 10 ms) and the next waits 1 s: the sixth try is running.
      inFlight: 'shard 0: 1',
      retries: 5,
      blocked: 'shard 0 blocked for 9 s',
      lastError: expect.stringMatching(/^Unhandled: cannot process the record with partition key k3/),
      destinationMessages: 0,
      iteratorAgeMs: 11_500,
      processed: 0,
    });
    expect(lambdaSummary(sim, 'nope')).toMatchObject({ exists: false, state: null });
  });
});
