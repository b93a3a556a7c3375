import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextFloat, nextUint32, seedPrng, type PrngState } from './prng';

function draw(state: PrngState, n: number): number[] {
  const out: number[] = [];
  let s = state;
  for (let i = 0; i < n; i++) {
    const [v, next] = nextUint32(s);
    out.push(v);
    s = next;
  }
  return out;
}

describe('prng', () => {
  it('produces a fixed sequence for a fixed seed (golden values guard against accidental changes)', () => {
    expect(draw(seedPrng(42), 4)).toEqual(draw(seedPrng(42), 4));
    expect(draw(seedPrng(42), 4)).toMatchInlineSnapshot(`
      [
        2784860155,
        1560037678,
        3290702580,
        4065216088,
      ]
    `);
  });

  it('is deterministic and survives a JSON round trip of its state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const state = seedPrng(seed);
        const copy = JSON.parse(JSON.stringify(state)) as PrngState;
        expect(draw(copy, 8)).toEqual(draw(state, 8));
      }),
    );
  });

  it('gives floats in [0, 1) with a mean close to one half', () => {
    let state = seedPrng(7);
    let sum = 0;
    let min = 1;
    let max = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const [u, next] = nextFloat(state);
      sum += u;
      min = Math.min(min, u);
      max = Math.max(max, u);
      state = next;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
  });

  it('gives different sequences for neighbouring seeds', () => {
    expect(draw(seedPrng(1), 4)).not.toEqual(draw(seedPrng(2), 4));
  });
});
