/**
 * Rounds a z-score to 2 decimals as WHO software reports it (WHO `anthro` R package:
 * `round(z, 2)`), from the exact binary value: −3.2871 → −3.29, −2.004999… → −2, 2.345 stored as
 * 2.34499… → 2.34. Symmetric around 0 (never −0), so a classification on the rounded value
 * (`z < −2`) gives the same answer WHO Anthro gives.
 *
 * @param z a finite z-score
 * @returns z rounded to 2 decimals
 * @example
 * roundZ(-3.28714); // -3.29
 */
export function roundZ(z: number): number {
  if (!Number.isFinite(z)) throw new Error('z must be a finite number');
  const rounded = Number(z.toFixed(2));
  return rounded === 0 ? 0 : rounded;
}
