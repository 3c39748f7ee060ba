import { checkCounts } from './checkCounts.ts';
import { checkNeighbours } from './checkNeighbours.ts';
import type { EmpiricalBayesLocalResult } from './types.ts';

/**
 * Local empirical Bayes smoothing of rates (Marshall 1991), as spdep 1.2 `EBlocal(ri, ni, nb)`
 * (geoda = FALSE). Each region's neighbourhood includes the region itself (spdep applies
 * `include.self(nb)`), so islands need no zero.policy: their neighbourhood is themselves.
 * With p_i = r_i/n_i and sums over the neighbourhood N_i = {i} ∪ neighbours of size k_i:
 *
 *   m_i = Σ r_j / Σ n_j,  C_i = Σ n_j·(p_j − m_j)²,  n̄_i = Σ n_j / k_i,
 *   a_i = C_i/Σ n_j − m_i/n̄_i  (set to 0 when negative, as spdep does),
 *   smoothed_i = m_i + (p_i − m_i)·a_i/(a_i + m_i/n_i).
 *
 * Note C_i: spdep's default (geoda = FALSE) lags the vector n_j·(p_j − m_j)², so each member's
 * squared deviation is taken from ITS OWN local mean m_j, not from m_i (GeoDa's variant,
 * geoda = TRUE, uses m_i). This matches spdep's default.
 *
 * One deviation: where a_i = 0 and m_i = 0 (no cases in the whole neighbourhood) spdep returns
 * 0/0 = NaN; here the smoothed rate is m_i = 0. Elsewhere a_i = 0 gives m_i, as in spdep.
 *
 * @param numerators cases per region (finite, ≥ 0; spdep's `ri`)
 * @param denominators population at risk per region (finite, > 0; spdep's `ni`)
 * @param neighbours neighbours[i] = 0-based indices of region i's neighbours, without i
 * @returns raw and smoothed rates as proportions, local prior means and variances
 * @example
 * empiricalBayesLocal([1, 9, 0], [10, 30, 5], [[1], [0], []]).smoothed;
 * // regions 0 and 1: m = 10/40 = 0.25, a = 0.0075 − 0.25/20 < 0 → 0, so 0.25;
 * // island 2: m = 0/5 = 0 and a = 0 → 0 (spdep: NaN)
 * // [0.25, 0.25, 0]
 */
export function empiricalBayesLocal(
  numerators: number[],
  denominators: number[],
  neighbours: number[][],
): EmpiricalBayesLocalResult {
  checkCounts(numerators, denominators);
  checkNeighbours(neighbours, { length: numerators.length });
  const raw = numerators.map((count, i) => count / (denominators[i] ?? 1));
  const members = neighbours.map((row, i) => [i, ...row]);
  const population = members.map((set) => sum(set, (j) => denominators[j] ?? 0));
  const priorMean = members.map(
    (set, i) => sum(set, (j) => numerators[j] ?? 0) / (population[i] ?? 1),
  );
  // n_j·(p_j − m_j)²: each region's deviation from its own local mean (spdep, geoda = FALSE)
  const deviation = raw.map((p, j) => (denominators[j] ?? 0) * (p - (priorMean[j] ?? 0)) ** 2);
  const priorVariance = members.map((set, i) => {
    const c = sum(set, (j) => deviation[j] ?? 0);
    const total = population[i] ?? 1;
    return Math.max(0, c / total - (priorMean[i] ?? 0) / (total / set.length));
  });
  const smoothed = raw.map((p, i) => {
    const m = priorMean[i] ?? 0;
    const a = priorVariance[i] ?? 0;
    if (a === 0) return m;
    return m + (p - m) * (a / (a + m / (denominators[i] ?? 1)));
  });
  return { raw, smoothed, priorMean, priorVariance };
}

/**
 * Σ of f(j) over the members j.
 * @private
 */
function sum(members: number[], f: (j: number) => number): number {
  let total = 0;
  for (const j of members) total += f(j);
  return total;
}
