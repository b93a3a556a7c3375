/**
 * The engine's only source of randomness: a small, fast, seedable generator (sfc32) whose whole state is
 * four 32-bit integers kept in the simulation state. Saving, replaying or moving a simulation to a Web
 * Worker carries the generator with it, so the same seed and commands always give the same run.
 */
export type PrngState = readonly [number, number, number, number];

/**
 * Expands a 32-bit seed into a generator state (splitmix32), then discards a few outputs so that
 * nearby seeds do not start with correlated values.
 * @example seedPrng(42) // the state to store in a new simulation
 */
export function seedPrng(seed: number): PrngState {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let state: PrngState = [next(), next(), next(), next()];
  for (let i = 0; i < 12; i++) state = nextUint32(state)[1];
  return state;
}

/**
 * Draws a uniformly distributed unsigned 32-bit integer; returns it with the advanced state.
 * @example const [value, state2] = nextUint32(state)
 */
export function nextUint32(state: PrngState): [number, PrngState] {
  let [a, b, c, d] = state;
  d = (d + 1) >>> 0;
  const t = (((a + b) >>> 0) + d) >>> 0;
  a = (b ^ (b >>> 9)) >>> 0;
  b = (c + (c << 3)) >>> 0;
  c = ((c << 21) | (c >>> 11)) >>> 0;
  c = (c + t) >>> 0;
  return [t, [a, b, c, d]];
}

/**
 * Draws a float in [0, 1) with 32 bits of precision.
 * @example const [u, state2] = nextFloat(state)
 */
export function nextFloat(state: PrngState): [number, PrngState] {
  const [value, next] = nextUint32(state);
  return [value / 0x1_0000_0000, next];
}
