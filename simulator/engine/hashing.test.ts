import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKeyRanges, HASH_SPACE, MAX_HASH_KEY, partitionKeyHash } from './hashing';

describe('partitionKeyHash', () => {
  it('is the MD5 of the UTF-8 key as a big-endian 128-bit integer', () => {
    // md5("abc") = 900150983cd24fb0d6963f7d28e17f72
    expect(partitionKeyHash('abc')).toBe(0x900150983cd24fb0d6963f7d28e17f72n);
    // md5("") = d41d8cd98f00b204e9800998ecf8427e
    expect(partitionKeyHash('')).toBe(0xd41d8cd98f00b204e9800998ecf8427en);
    // Multi-byte characters hash their UTF-8 bytes (0xc3 0xa9), checked against Python's hashlib.
    expect(partitionKeyHash('é')).toBe(0x66ddcd97cfdeabb2f6fb8a999b4bc76fn);
    expect(partitionKeyHash('user-1')).toBe(285573413173782752570879317399258818820n);
  });
});

describe('hashKeyRanges', () => {
  it('splits the space as CreateStream does for N = 1…10', () => {
    for (let n = 1; n <= 10; n++) {
      const ranges = hashKeyRanges(n);
      const step = HASH_SPACE / BigInt(n);
      expect(ranges).toHaveLength(n);
      ranges.forEach((r, i) => {
        expect(r.start).toBe(BigInt(i) * step);
        expect(r.end).toBe(i === n - 1 ? MAX_HASH_KEY : BigInt(i + 1) * step - 1n);
      });
    }
  });

  it('matches real ListShards output for 2 and 3 shards', () => {
    expect(hashKeyRanges(2).map((r) => [r.start.toString(), r.end.toString()])).toEqual([
      ['0', '170141183460469231731687303715884105727'],
      ['170141183460469231731687303715884105728', '340282366920938463463374607431768211455'],
    ]);
    expect(hashKeyRanges(3).map((r) => [r.start.toString(), r.end.toString()])).toEqual([
      ['0', '113427455640312821154458202477256070484'],
      ['113427455640312821154458202477256070485', '226854911280625642308916404954512140969'],
      ['226854911280625642308916404954512140970', '340282366920938463463374607431768211455'],
    ]);
  });

  it('always tiles the whole space without gaps or overlaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000 }), (n) => {
        const ranges = hashKeyRanges(n);
        expect(ranges[0]!.start).toBe(0n);
        expect(ranges.at(-1)!.end).toBe(MAX_HASH_KEY);
        for (let i = 1; i < n; i++) expect(ranges[i]!.start).toBe(ranges[i - 1]!.end + 1n);
      }),
      { numRuns: 50 },
    );
  });
});
