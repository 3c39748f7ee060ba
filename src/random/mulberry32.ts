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
  if (seed === undefined || seed === null) throw new Error('seed is required');
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new Error('seed must be a finite number');
  }
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
