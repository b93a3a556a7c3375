import { describe, expect, it } from 'vitest';
import { advance } from './advance';
import { textToBase64 } from './base64';
import { createSimulation } from './createSimulation';
import { getRecords } from './getRecords';
import { getShardIterator } from './iterators';
import { putRecord, putRecords } from './putRecords';
import { mergeShards, splitShard, updateShardCount } from './resharding';
import { createStream, deleteStream } from './streams';

function activeStream(shardCount: number, seed = 1) {
  const sim = createSimulation({ seed });
  createStream(sim, { name: 'demo', shardCount });
  advance(sim, sim.now + 2_000);
  return sim;
}

const put = (key: string, text = 'x') => ({ data: textToBase64(text), partitionKey: key });

describe('createStream', () => {
  it('goes from CREATING to ACTIVE after 2 virtual seconds with evenly split shards', () => {
    const sim = createSimulation();
    const stream = createStream(sim, { name: 'demo', shardCount: 2 });
    expect(stream.status).toBe('CREATING');
    expect(() => putRecord(sim, 'demo', put('a'))).toThrow('Stream demo under account 000000000000 not found.');
    advance(sim, sim.now + 1_999);
    expect(stream.status).toBe('CREATING');
    advance(sim, sim.now + 1);
    expect(stream.status).toBe('ACTIVE');
    expect(stream.shards.map((s) => [s.hashKeyStart, s.hashKeyEnd])).toEqual([
      ['0', '170141183460469231731687303715884105727'],
      ['170141183460469231731687303715884105728', '340282366920938463463374607431768211455'],
    ]);
  });

  it('rejects a duplicate name as AWS does', () => {
    const sim = activeStream(1);
    expect(() => createStream(sim, { name: 'demo', shardCount: 1 })).toThrow(
      'Stream demo under account 000000000000 already exists.',
    );
  });

  it('deletes after a moment', () => {
    const sim = activeStream(1);
    deleteStream(sim, 'demo');
    expect(sim.streams.demo?.status).toBe('DELETING');
    advance(sim, sim.now + 1_000);
    expect(sim.streams.demo).toBeUndefined();
  });
});

describe('putRecord', () => {
  it('routes by MD5 of the partition key and numbers records with 56-digit increasing sequence numbers', () => {
    const sim = activeStream(2);
    // md5('user-1') = 285573413173782752570879317399258818820 > 2^127 → the second shard.
    const first = putRecord(sim, 'demo', put('user-1'));
    const second = putRecord(sim, 'demo', put('user-1'));
    expect(first.shardId).toBe('shardId-000000000001');
    expect(first.sequenceNumber).toMatch(/^\d{56}$/);
    expect(BigInt(second.sequenceNumber) - BigInt(first.sequenceNumber)).toBe(1n);
    // md5('abc') = 0x9001… > 2^127 → shard 1; md5('') = 0xd41d… → shard 1; explicit hash 0 → shard 0.
    expect(putRecord(sim, 'demo', { ...put('k'), explicitHashKey: '0' }).shardId).toBe('shardId-000000000000');
  });

  it('rejects an explicit hash key outside [0, 2^128 − 1]', () => {
    const sim = activeStream(1);
    expect(() => putRecord(sim, 'demo', { ...put('k'), explicitHashKey: (2n ** 128n).toString() })).toThrow(
      /^Invalid ExplicitHashKey\. ExplicitHashKey must be in the range: \[0, 2\^128-1\]\. Specified value was 3402/,
    );
  });

  it('throttles past 1,000 records in a second: 1,500 records/s into one shard for 10 s', () => {
    const sim = activeStream(1);
    let accepted = 0;
    let throttled = 0;
    const start = sim.now;
    for (let second = 0; second < 10; second++) {
      for (let i = 0; i < 1500; i++) {
        // Spread evenly over the second: 1,500 records/s.
        advance(sim, start + second * 1000 + Math.floor((i * 1000) / 1500));
        try {
          putRecord(sim, 'demo', put('hot'));
          accepted++;
        } catch (error) {
          expect((error as Error).name).toBe('ProvisionedThroughputExceededException');
          expect((error as Error).message).toBe(
            'Rate exceeded for shard shardId-000000000000 in stream demo under account 000000000000.',
          );
          throttled++;
        }
      }
    }
    expect({ accepted, throttled }).toEqual({ accepted: 10_000, throttled: 5_000 });
    expect(sim.streams.demo!.shards[0]!.stats).toMatchObject({ incomingRecords: 10_000, throttledRecords: 5_000 });
  });

  it('throttles past 1 MiB in a second, counting partition key bytes', () => {
    const sim = activeStream(1);
    const data = textToBase64('y'.repeat(100 * 1024 - 3)); // 102,397 data bytes + 3 key bytes = 100 KiB
    const results = Array.from({ length: 11 }, () => {
      try {
        putRecord(sim, 'demo', { data, partitionKey: 'key' });
        return 'ok';
      } catch {
        return 'throttled';
      }
    });
    expect(results.filter((r) => r === 'ok')).toHaveLength(10);
    expect(results[10]).toBe('throttled');
  });

  it('PutRecords fails only the throttled entries, in order', () => {
    const sim = activeStream(1);
    const entries = Array.from({ length: 500 }, (_, i) => put(`k${i}`));
    expect(putRecords(sim, 'demo', entries).failedRecordCount).toBe(0);
    expect(putRecords(sim, 'demo', entries).failedRecordCount).toBe(0);
    const third = putRecords(sim, 'demo', entries);
    expect(third.failedRecordCount).toBe(500);
    expect(third.records[0]).toEqual({
      ok: false,
      errorCode: 'ProvisionedThroughputExceededException',
      errorMessage: 'Rate exceeded for shard shardId-000000000000 in stream demo under account 000000000000.',
    });
  });
});

describe('reading', () => {
  it('reads in order from TRIM_HORIZON, LATEST, AT/AFTER_SEQUENCE_NUMBER and AT_TIMESTAMP', () => {
    const sim = activeStream(1);
    const written = ['a', 'b', 'c'].map((text) => {
      advance(sim, sim.now + 1000);
      return putRecord(sim, 'demo', put('k', text));
    });
    const read = (type: Parameters<typeof getShardIterator>[1]['type'], extra = {}) => {
      advance(sim, sim.now + 1000);
      const iterator = getShardIterator(sim, { stream: 'demo', shardId: 'shardId-000000000000', type, ...extra });
      return getRecords(sim, iterator).records.map((r) => atob(r.data));
    };
    expect(read('TRIM_HORIZON')).toEqual(['a', 'b', 'c']);
    expect(read('LATEST')).toEqual([]);
    expect(read('AT_SEQUENCE_NUMBER', { startingSequenceNumber: written[1]!.sequenceNumber })).toEqual(['b', 'c']);
    expect(read('AFTER_SEQUENCE_NUMBER', { startingSequenceNumber: written[1]!.sequenceNumber })).toEqual(['c']);
    const start = sim.streams.demo!.shards[0]!.records[2]!.arrival;
    expect(read('AT_TIMESTAMP', { timestamp: start })).toEqual(['c']);
  });

  it('expires iterators after 5 minutes with AWS wording', () => {
    const sim = activeStream(1);
    const iterator = getShardIterator(sim, { stream: 'demo', shardId: 'shardId-000000000000', type: 'LATEST' });
    advance(sim, sim.now + 300_000);
    expect(getRecords(sim, iterator).records).toEqual([]);
    advance(sim, sim.now + 1);
    expect(() => getRecords(sim, iterator)).toThrow(
      'Iterator expired. The iterator was created at time Thu Jan 01 00:00:02 UTC 2026 while right now it is Thu Jan 01 00:05:02 UTC 2026 which is further in the future than the tolerated delay of 300000 milliseconds.',
    );
  });

  it('allows 5 GetRecords calls per second per shard', () => {
    const sim = activeStream(1);
    const iterator = getShardIterator(sim, { stream: 'demo', shardId: 'shardId-000000000000', type: 'LATEST' });
    for (let i = 0; i < 5; i++) getRecords(sim, iterator);
    expect(() => getRecords(sim, iterator)).toThrow(
      'Rate exceeded for shard shardId-000000000000 in stream demo under account 000000000000.',
    );
    advance(sim, sim.now + 1000);
    expect(() => getRecords(sim, iterator)).not.toThrow();
  });
});

describe('retention', () => {
  it('expires records 24 h after arrival and counts them', () => {
    const sim = activeStream(1);
    putRecord(sim, 'demo', put('k', 'old'));
    advance(sim, sim.now + 24 * 3_600_000 - 1000);
    expect(sim.streams.demo!.shards[0]!.records).toHaveLength(1);
    advance(sim, sim.now + 2000);
    expect(sim.streams.demo!.shards[0]!.records).toHaveLength(0);
    expect(sim.streams.demo!.shards[0]!.stats.expiredRecords).toBe(1);
  });
});

describe('resharding', () => {
  it('splits a shard: parent CLOSED, readable, and ending with child shards', () => {
    const sim = activeStream(1);
    putRecord(sim, 'demo', put('k', 'before'));
    const iterator = getShardIterator(sim, { stream: 'demo', shardId: 'shardId-000000000000', type: 'TRIM_HORIZON' });
    splitShard(sim, 'demo', 'shardId-000000000000', (2n ** 127n).toString());
    expect(sim.streams.demo!.status).toBe('UPDATING');
    advance(sim, sim.now + 2000);
    const stream = sim.streams.demo!;
    expect(stream.status).toBe('ACTIVE');
    expect(stream.shards.map((s) => [s.index, s.parentIndex, s.closedAt !== null])).toEqual([
      [0, null, true],
      [1, 0, false],
      [2, 0, false],
    ]);
    const result = getRecords(sim, iterator);
    expect(result.records.map((r) => atob(r.data))).toEqual(['before']);
    expect(result.nextShardIterator).toBeNull();
    expect(result.childShards?.map((c) => c.shardId)).toEqual(['shardId-000000000001', 'shardId-000000000002']);
    // New writes go to the children.
    expect(putRecord(sim, 'demo', put('user-1')).shardId).toBe('shardId-000000000002');
  });

  it('merges only adjacent shards', () => {
    const sim = activeStream(3);
    expect(() => mergeShards(sim, 'demo', 'shardId-000000000000', 'shardId-000000000002')).toThrow(
      'Shards shardId-000000000000 and shardId-000000000002 in stream demo under account 000000000000 are not an adjacent pair of shards eligible for merging',
    );
    mergeShards(sim, 'demo', 'shardId-000000000001', 'shardId-000000000002');
    advance(sim, sim.now + 2000);
    const merged = sim.streams.demo!.shards.at(-1)!;
    expect([merged.index, merged.parentIndex, merged.adjacentParentIndex, merged.hashKeyEnd]).toEqual([
      3,
      1,
      2,
      (2n ** 128n - 1n).toString(),
    ]);
  });

  it('UpdateShardCount keeps within double and half, and 10 times a day', () => {
    const sim = activeStream(2);
    expect(() => updateShardCount(sim, 'demo', 5)).toThrow(
      'UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: 2 Target shard count: 5',
    );
    updateShardCount(sim, 'demo', 4);
    advance(sim, sim.now + 2000);
    expect(sim.streams.demo!.shards.filter((s) => s.closedAt === null)).toHaveLength(4);
  });
});
