import { nextUint32, seedPrng } from '@/simulator/engine/prng';

/**
 * A seeded Fisher–Yates shuffle: the same seed always gives the same order, so a practice set or an exam
 * can be rebuilt from its seed after a reload.
 * @example shuffled(['a', 'b', 'c'], 7)
 */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seedPrng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const [value, next] = nextUint32(state);
    state = next;
    const j = value % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
