import { describe, expect, it } from 'vitest';
import { advance } from '../engine/advance';
import { createSimulation } from '../engine/createSimulation';
import { HASH_SPACE, MAX_HASH_KEY } from '../engine/hashing';
import { splitShard } from '../engine/resharding';
import { createStream } from '../engine/streams';
import { testProducer } from '../engine/testing/testProducer';
import {
  abbreviateHashKey,
  arcPath,
  formatShare,
  hashFraction,
  keySpaceShare,
  meanRate,
  partitionKeyProblem,
  pointOnRing,
  ringArcs,
  routeKey,
  shardTraffic,
} from './hashRing';

function fourShards() {
  const sim = createSimulation({ seed: 1 });
  const stream = createStream(sim, { name: 'demo', shardCount: 4 });
  advance(sim, sim.now + 2_000);
  return { sim, stream };
}

const quarter = HASH_SPACE / 4n;

describe('the ring of a 4-shard stream', () => {
  it('has four quarter arcs: floor(2^128 / 4) steps, the last ending at 2^128 − 1 (fact 10)', () => {
    const { stream } = fourShards();
    expect(ringArcs(stream)).toEqual(
      [0n, 1n, 2n, 3n].map((i) => ({
        shardId: `shardId-00000000000${i}`,
        open: true,
        start: i * quarter,
        end: i === 3n ? MAX_HASH_KEY : (i + 1n) * quarter - 1n,
        from: Number(i) / 4,
        to: Number(i + 1n) / 4,
        keySpaceShare: 0.25,
        parentShardIds: [],
      })),
    );
  });

  it('keeps a split parent, closed, under its two children', () => {
    const { sim, stream } = fourShards();
    splitShard(sim, 'demo', 'shardId-000000000001', (quarter + quarter / 2n).toString());
    advance(sim, sim.now + 2_000);
    expect(ringArcs(stream).map((a) => [a.shardId, a.open, a.from, a.to, a.keySpaceShare, a.parentShardIds])).toEqual([
      ['shardId-000000000000', true, 0, 0.25, 0.25, []],
      ['shardId-000000000001', false, 0.25, 0.5, 0.25, []],
      ['shardId-000000000004', true, 0.25, 0.375, 0.125, ['shardId-000000000001']],
      ['shardId-000000000005', true, 0.375, 0.5, 0.125, ['shardId-000000000001']],
      ['shardId-000000000002', true, 0.5, 0.75, 0.25, []],
      ['shardId-000000000003', true, 0.75, 1, 0.25, []],
    ]);
  });
});

describe('ring geometry', () => {
  it('places hash keys exactly and draws arcs clockwise from 12 o’clock', () => {
    expect(hashFraction(0n)).toBe(0);
    expect(hashFraction(1n << 126n)).toBe(0.25);
    expect(hashFraction(MAX_HASH_KEY)).toBe(1 - 2 ** -53);
    expect(keySpaceShare(0n, MAX_HASH_KEY)).toBe(1);
    expect(keySpaceShare(0n, HASH_SPACE / 3n - 1n)).toBe(0.333333333);
    expect(pointOnRing(100, 100, 50, 0.25)).toEqual({ x: 150, y: 100 });
    expect(pointOnRing(100, 100, 50, 0.5)).toEqual({ x: 100, y: 150 });
    expect(arcPath(100, 100, 50, 0, 0.25)).toBe('M 100 50 A 50 50 0 0 1 150 100');
    expect(arcPath(100, 100, 50, 0.25, 1)).toBe('M 150 100 A 50 50 0 1 1 100 50');
    expect(arcPath(100, 100, 50, 0, 1)).toBe('M 100 50 A 50 50 0 1 1 100 150 A 50 50 0 1 1 100 50');
  });

  it('abbreviates 39-digit hash keys without rounding up, and formats shares', () => {
    expect(abbreviateHashKey(0n)).toBe('0');
    expect(abbreviateHashKey(123_456n)).toBe('123,456');
    expect(abbreviateHashKey(quarter)).toBe('8.507 × 10³⁷');
    expect(abbreviateHashKey(MAX_HASH_KEY)).toBe('3.402 × 10³⁸');
    expect(formatShare(0.25)).toBe('25.0%');
    expect(formatShare(0.0001)).toBe('<0.1%');
    expect(formatShare(0)).toBe('0.0%');
  });
});

describe('routing a typed key', () => {
  it('gives the MD5, the 128-bit hash key and the shard', () => {
    const { stream } = fourShards();
    expect(routeKey(stream, 'user-1')).toEqual({
      partitionKey: 'user-1',
      hash: 285573413173782752570879317399258818820n,
      md5Hex: 'd6d7705392bc7af633328bea8c4c6904',
      shardId: 'shardId-000000000003',
      fraction: 0.8392248348270516,
    });
    expect(routeKey(stream, 'hot').shardId).toBe('shardId-000000000000');
  });

  it('checks the 1–256 character rule in Unicode characters', () => {
    expect(partitionKeyProblem('')).toBe('A partition key needs at least 1 character.');
    expect(partitionKeyProblem('x'.repeat(256))).toBeNull();
    expect(partitionKeyProblem('😀'.repeat(256))).toBeNull();
    expect(partitionKeyProblem('x'.repeat(257))).toBe(
      'A partition key can have at most 256 characters; this one has 257.',
    );
  });
});

describe('traffic per shard', () => {
  it('weights producers by rate and names the heaviest keys per shard', () => {
    const { stream } = fourShards();
    const zipf = testProducer({ keys: { kind: 'zipf', count: 10, exponent: 1 } });
    const uuid = testProducer({ id: 'p2', rate: { kind: 'constant', recordsPerSecond: 500 }, keys: { kind: 'uuid' } });
    const traffic = shardTraffic(stream, [zipf, uuid]);
    // 1,500 of 2,000 records/s follow Zipf weights 1/k over key-0 … key-9; 500 spread evenly (1/16 per shard).
    expect(traffic.map((t) => [t.shardId, t.uuidShare, t.topKeys.map((k) => k.key)])).toEqual([
      ['shardId-000000000000', 0.0625, ['key-1']],
      ['shardId-000000000001', 0.0625, ['key-3', 'key-7']],
      ['shardId-000000000002', 0.0625, ['key-0', 'key-2', 'key-4']],
      ['shardId-000000000003', 0.0625, ['key-8']],
    ]);
    expect(traffic[2]!.share).toBe(0.559993564557648);
    expect(traffic[2]!.topKeys[0]).toEqual({
      key: 'key-0',
      hash: 239606560113066237791549349790285249783n,
      share: 0.2560628641105541,
    });
    expect(traffic.reduce((sum, t) => sum + t.share, 0)).toBeCloseTo(1, 12);
  });

  it('puts a constant key’s traffic on one shard, and counts nothing for stopped producers', () => {
    const { stream } = fourShards();
    const traffic = shardTraffic(stream, [testProducer()]);
    expect(traffic.map((t) => t.share)).toEqual([1, 0, 0, 0]);
    expect(traffic[0]!.topKeys.map((k) => [k.key, k.share])).toEqual([['hot', 1]]);
    expect(shardTraffic(stream, [testProducer({ enabled: false })]).map((t) => t.share)).toEqual([0, 0, 0, 0]);
    const explicit = shardTraffic(stream, [testProducer({ keys: { kind: 'explicitHash', hashKey: '0' } })]);
    expect(explicit[0]!.topKeys).toEqual([{ key: null, hash: 0n, share: 1 }]);
  });

  it('takes a burst profile’s mean rate', () => {
    expect(meanRate({ kind: 'burst', base: 100, burst: 1000, everySeconds: 60, burstSeconds: 6 })).toBe(190);
    expect(meanRate({ kind: 'periodic', base: 300, amplitude: 100, periodSeconds: 60 })).toBe(300);
  });
});
