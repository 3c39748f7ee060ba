/**
 * Checks numerator (case) and denominator (population) counts for rate smoothing, as spdep's
 * EBest/EBlocal do: same length, finite, numerators ≥ 0, denominators > 0. Counts need not be
 * integers. Throws a plain Error otherwise.
 *
 * @param numerators cases per region
 * @param denominators population at risk per region
 * @returns nothing; throws on the first problem found
 * @example
 * checkCounts([3, 0], [40, 25]); // ok
 * checkCounts([3], [0]); // throws 'denominators must be positive'
 */
export function checkCounts(numerators: number[], denominators: number[]): void {
  if (!Array.isArray(numerators) || !Array.isArray(denominators)) {
    throw new Error('numerators and denominators must be arrays');
  }
  if (numerators.length !== denominators.length) {
    throw new Error('numerators and denominators must have the same length');
  }
  if (numerators.length === 0) throw new Error('numerators must not be empty');
  if (!numerators.every((v) => Number.isFinite(v) && v >= 0)) {
    throw new Error('numerators must be finite and non-negative');
  }
  if (!denominators.every((v) => Number.isFinite(v) && v > 0)) {
    throw new Error('denominators must be positive');
  }
}
