import type { SpatialWeights } from './types.ts';

/**
 * Spatial lag Σ_j w_ij·x_j of every region, as spdep `lag.listw(listw, x, zero.policy = TRUE)`:
 * an island's lag is 0. The weights are assumed checked (see resolveWeights).
 *
 * @param values one number per region
 * @param w neighbours with parallel weights
 * @returns the lag per region
 * @example
 * spatialLag([1, 2, 4], { neighbours: [[1, 2], [0], []], weights: [[0.5, 0.5], [1], []] });
 * // [3, 1, 0]
 */
export function spatialLag(values: number[], w: SpatialWeights): number[] {
  if (values.length !== w.neighbours.length) {
    throw new Error('values and neighbours must have the same length');
  }
  return w.neighbours.map((row, i) => {
    const weights = w.weights[i] ?? [];
    let lag = 0;
    row.forEach((j, k) => {
      lag += (weights[k] ?? 0) * (values[j] ?? 0);
    });
    return lag;
  });
}
