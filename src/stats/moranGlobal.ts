import { mean } from 'simple-statistics';
import { checkValues } from './checkValues.ts';
import { normalUpperTail } from './normalUpperTail.ts';
import { resolveWeights } from './resolveWeights.ts';
import { spatialLag } from './spatialLag.ts';
import type { MoranGlobalResult, SpatialWeights, SpatialWeightsInput } from './types.ts';

/**
 * Global Moran's I with its test under randomisation, as spdep 1.2 `moran.test(x, listw,
 * randomisation = TRUE, zero.policy = TRUE)` with its other defaults (alternative "greater",
 * adjust.n = TRUE, drop.EI2 = FALSE):
 *
 *   I = (n/S0) · Σ_i z_i·Σ_j w_ij·z_j / Σ_i z_i²,  z = x − mean(x),  E[I] = −1/(n − 1),
 *
 * and Var[I] from n, the weight constants S0, S1, S2 and the kurtosis
 * K = N·Σz⁴/(Σz²)² (Cliff & Ord 1981).
 *
 * Islands (regions without neighbours) follow spdep with zero.policy = TRUE: their lag is 0 and
 * they add nothing to S0, S1, S2, but they still count in the mean, in Σz² and in K (over all N
 * observations). spdep's default adjust.n = TRUE then uses n = the number of regions WITH
 * neighbours in (n/S0), E[I] and Var[I]; `adjustN: false` uses n = N (spdep adjust.n = FALSE).
 * Without islands both give the same result.
 *
 * @param values one finite number per region (at least 4 regions with neighbours)
 * @param w neighbour list with optional weights (row-standardised, style "W", when omitted)
 * @param options.adjustN reduce n by the number of islands, as spdep (default true)
 * @returns I, E[I], Var[I], z, one-sided p ("greater") and two-sided p, and the n used
 * @example
 * moranGlobal([1, 2, 3, 4], { neighbours: [[1], [0, 2], [1, 3], [2]] });
 * // { I: 0.4, expectation: -0.3333, variance: 0.21556, z: 1.5795, p: 0.05711,
 * //   pTwoSided: 0.11422, n: 4 }  (as R: moran.test(1:4, nb2listw(cell2nb(4, 1))))
 */
export function moranGlobal(
  values: number[],
  w: SpatialWeightsInput,
  options: { adjustN?: boolean } = {},
): MoranGlobalResult {
  checkValues(values);
  const weights = resolveWeights(w, values.length);
  const observations = values.length;
  const withNeighbours = weights.neighbours.filter((row) => row.length > 0).length;
  const n = (options.adjustN ?? true) ? withNeighbours : observations;
  if (n < 4) throw new Error('need at least 4 regions with neighbours');
  const { s0, s1, s2 } = weightConstants(weights);
  if (s0 === 0) throw new Error('weights must not all be zero');

  const centre = mean(values);
  const z = values.map((v) => v - centre);
  let zz = 0;
  let z4 = 0;
  for (const zi of z) {
    zz += zi * zi;
    z4 += zi ** 4;
  }
  if (zz === 0) throw new Error('values must not all be equal');
  const kurtosis = (observations * z4) / (zz * zz);
  const lag = spatialLag(z, weights);
  let cross = 0;
  z.forEach((zi, i) => {
    cross += zi * (lag[i] ?? 0);
  });
  const I = (n / s0) * (cross / zz);

  const expectation = -1 / (n - 1);
  const nn = n * n;
  const s02 = s0 * s0;
  const numerator =
    n * (s1 * (nn - 3 * n + 3) - n * s2 + 3 * s02) -
    kurtosis * (s1 * (nn - n) - 2 * n * s2 + 6 * s02);
  const variance = numerator / ((n - 1) * (n - 2) * (n - 3) * s02) - expectation * expectation;
  if (!(variance > 0)) throw new Error('variance under randomisation is not positive');
  const zScore = (I - expectation) / Math.sqrt(variance);
  return {
    I,
    expectation,
    variance,
    z: zScore,
    p: normalUpperTail(zScore),
    pTwoSided: Math.min(1, 2 * normalUpperTail(Math.abs(zScore))),
    n,
  };
}

/**
 * spdep `spweights.constants`: S0 = Σ_ij w_ij, S1 = ½·Σ_ij (w_ij + w_ji)², S2 = Σ_i (w_i· + w_·i)².
 * @private
 */
function weightConstants(w: SpatialWeights): { s0: number; s1: number; s2: number } {
  const size = w.neighbours.length;
  const lookup = w.neighbours.map((row, i) => {
    const map = new Map<number, number>();
    row.forEach((j, k) => {
      map.set(j, w.weights[i]?.[k] ?? 0);
    });
    return map;
  });
  const rowSums = new Array<number>(size).fill(0);
  const colSums = new Array<number>(size).fill(0);
  let s0 = 0;
  let s1 = 0;
  w.neighbours.forEach((row, i) => {
    row.forEach((j, k) => {
      const wij = w.weights[i]?.[k] ?? 0;
      const wji = lookup[j]?.get(i) ?? 0;
      s0 += wij;
      s1 += wij * wij + wij * wji;
      rowSums[i] = (rowSums[i] ?? 0) + wij;
      colSums[j] = (colSums[j] ?? 0) + wij;
    });
  });
  let s2 = 0;
  for (let i = 0; i < size; i++) s2 += ((rowSums[i] ?? 0) + (colSums[i] ?? 0)) ** 2;
  return { s0, s1, s2 };
}
