import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { lambdaSetup } from '../engine/lambda/testing/lambdaSetup';
import { describeLambdaEvent } from './describeLambdaEvent';

describe('describeLambdaEvent', () => {
  it('tells the story of a poison record in words', () => {
    const { sim } = lambdaSetup({
      keys: ['a', 'b', 'c', 'd'],
      fn: { failure: { kind: 'poisonKey', partitionKey: 'c' } },
      mapping: { bisectBatchOnFunctionError: true, maximumRetryAttempts: 0 },
    });
    advance(sim, sim.now + 6_000);
    const lines = sim.events.map(describeLambdaEvent).filter((l): l is string => l !== null);
    expect(lines.slice(2, 8)).toEqual([
      expect.stringMatching(/^Event source mapping [0-9a-f-]{36} is Enabled\.$/),
      'process invoked with 4 records from shardId-000000000000.',
      expect.stringMatching(
        /^process failed on shardId-000000000000 with 4 records: Unhandled: cannot process the record with partition key c/,
      ),
      'A failed batch of 4 records on shardId-000000000000 was split into 2 and 2.',
      'shardId-000000000000 of orders is blocked by a failing batch: nothing after it is processed until it succeeds, is set aside or expires.',
      'process invoked with 2 records from shardId-000000000000.',
    ]);
    expect(lines).toContain(
      'process gave up on 1 record of shardId-000000000000 (RetryAttemptsExhausted); no on-failure destination, so they are gone.',
    );
    expect(describeLambdaEvent({ at: 0, type: 'record/put' })).toBeNull();
  });
});
