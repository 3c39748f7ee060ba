import type { Lms } from './types.ts';

/**
 * The LMS z-score (Cole & Green 1992; WHO Child Growth Standards, ch. 7):
 * z = ((x / M)^L − 1) / (L · S), or ln(x / M) / S when L = 0. Unrounded, no tail restriction.
 *
 * @param x the measurement (kg or cm), > 0
 * @param lms the table row's L, M (> 0) and S (> 0)
 * @returns z
 * @example
 * lmsZ(50, { l: 1, m: 56.4833, s: 0.03492 }); // −3.2871…
 */
export function lmsZ(x: number, lms: Lms): number {
  if (!(Number.isFinite(x) && x > 0)) throw new Error('x must be a positive number');
  const { l, m, s } = lms;
  if (!(Number.isFinite(l) && m > 0 && s > 0))
    throw new Error('lms must have finite L, M > 0, S > 0');
  if (l === 0) return Math.log(x / m) / s;
  return ((x / m) ** l - 1) / (s * l);
}
