/**
 * Creates a deterministic pseudo-random number generator (Mulberry32).
 * The same seed always yields the same sequence.
 *
 * @param {number} seed integer seed (coerced to an unsigned 32-bit integer)
 * @returns {() => number} generator returning floats in [0, 1)
 * @example
 * const random = mulberry32(42);
 * random(); //=> 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let state = mulberry32State(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The initial state of {@link mulberry32} for `seed` (validated as there), for loops that inline
 * the generator: each draw adds 0x6d2b79f5 to the state (mod 2^32) and mixes it as mulberry32
 * does, so the state after m draws is (state + m·0x6d2b79f5) mod 2^32.
 */
export function mulberry32State(seed: number): number {
  if (seed === undefined || seed === null) throw new Error('seed is required');
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new Error('seed must be a finite number');
  }
  return seed >>> 0;
}

/**
 * The state of {@link mulberry32} `draws` draws after `state` (each draw adds 0x6d2b79f5 mod
 * 2^32): where a loop that inlines the generator starts to continue a stream it did not draw
 * itself, e.g. one chunk of regions of a stream shared by all regions.
 *
 * @param state a state from {@link mulberry32State} (unsigned 32-bit)
 * @param draws a non-negative integer below 2^53
 * @example
 * mulberry32Skip(mulberry32State(42), 3); // the state after the third draw of mulberry32(42)
 */
export function mulberry32Skip(state: number, draws: number): number {
  if (!Number.isSafeInteger(draws) || draws < 0) {
    throw new Error('draws must be a safe integer ≥ 0');
  }
  // draws·0x6d2b79f5 mod 2^32 without leaving exact integers: draws = hi·2^32 + lo, and
  // hi·2^32·c vanishes mod 2^32, so only lo counts (Math.imul keeps the low 32 bits).
  const lo = draws % 4294967296;
  return (state + Math.imul(lo, 0x6d2b79f5)) >>> 0;
}
