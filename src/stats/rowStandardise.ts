import { checkNeighbours } from './checkNeighbours.ts';
import type { SpatialWeights } from './types.ts';

/**
 * Row-standardised weights for a neighbour list, as spdep `nb2listw(nb, style = "W")`: each of
 * region i's k_i neighbours gets weight 1/k_i, so every non-empty row sums to 1. An island keeps
 * an empty row (spdep with zero.policy = TRUE).
 *
 * @param neighbours neighbours[i] = 0-based indices of region i's neighbours
 * @returns the neighbour list (rows copied) with parallel weights
 * @example
 * rowStandardise([[1, 2], [0], [0], []]);
 * // { neighbours: [[1, 2], [0], [0], []], weights: [[0.5, 0.5], [1], [1], []] }
 */
export function rowStandardise(neighbours: number[][]): SpatialWeights {
  checkNeighbours(neighbours);
  return {
    neighbours: neighbours.map((row) => [...row]),
    weights: neighbours.map((row) => row.map(() => 1 / row.length)),
  };
}
