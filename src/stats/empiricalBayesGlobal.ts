import { checkCounts } from './checkCounts.ts';
import type { EmpiricalBayesGlobalResult } from './types.ts';

/**
 * Global empirical Bayes smoothing of rates (Marshall 1991), as spdep 1.2 `EBest(n, x)` with its
 * default family = "poisson". With p_i = n_i/x_i, m regions, b = Σn/Σx and
 * s² = Σ x_i·(p_i − b)²/Σx, the method-of-moments prior variance is a = s² − b/(Σx/m) and
 *
 *   smoothed_i = b + a·(p_i − b)/(a + b/x_i).
 *
 * Negative prior variance: like EBest, a < 0 is set to 0, which shrinks every rate fully to the
 * global rate b. One deviation: when a = 0 and b = 0 (no cases at all) spdep returns 0/0 = NaN;
 * here the smoothed rate is b = 0.
 *
 * @param numerators cases per region (finite, ≥ 0; spdep's `n`)
 * @param denominators population at risk per region (finite, > 0; spdep's `x`)
 * @returns raw and smoothed rates as proportions, prior mean b and prior variance a
 * @example
 * empiricalBayesGlobal([1, 9], [10, 30]);
 * // b = 10/40 = 0.25; s² = (10·0.15² + 30·0.05²)/40 = 0.0075; a = 0.0075 − 0.25/20 < 0 → 0
 * // { raw: [0.1, 0.3], smoothed: [0.25, 0.25], priorMean: 0.25, priorVariance: 0 }
 */
export function empiricalBayesGlobal(
  numerators: number[],
  denominators: number[],
): EmpiricalBayesGlobalResult {
  checkCounts(numerators, denominators);
  const m = numerators.length;
  const raw = numerators.map((count, i) => count / (denominators[i] ?? 1));
  const totalCases = numerators.reduce((sum, v) => sum + v, 0);
  const totalPopulation = denominators.reduce((sum, v) => sum + v, 0);
  const b = totalCases / totalPopulation;
  let s2 = 0;
  raw.forEach((p, i) => {
    s2 += (denominators[i] ?? 0) * ((p - b) ** 2 / totalPopulation);
  });
  const a = Math.max(0, s2 - b / (totalPopulation / m));
  const smoothed = raw.map((p, i) => shrink(p, b, a, denominators[i] ?? 1));
  return { raw, smoothed, priorMean: b, priorVariance: a };
}

/**
 * b + a·(p − b)/(a + b/x), and b itself when a = 0 (spdep: NaN if also b = 0).
 * @private
 */
function shrink(p: number, b: number, a: number, x: number): number {
  if (a === 0) return b;
  return b + (a * (p - b)) / (a + b / x);
}
