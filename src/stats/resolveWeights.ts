import { checkNeighbours } from './checkNeighbours.ts';
import { rowStandardise } from './rowStandardise.ts';
import type { SpatialWeights, SpatialWeightsInput } from './types.ts';

/**
 * Checks a neighbour list with optional weights against the number of regions and returns full
 * spatial weights: the given weights, or row-standardised ones (spdep style "W") when omitted.
 *
 * @param w neighbours and, optionally, weights parallel to them
 * @param length number of regions (values.length of the caller)
 * @returns neighbours with weights
 * @example
 * resolveWeights({ neighbours: [[1], [0]] }, 2); // { neighbours: [[1], [0]], weights: [[1], [1]] }
 */
export function resolveWeights(w: SpatialWeightsInput, length: number): SpatialWeights {
  if (w === null || typeof w !== 'object') throw new Error('weights must be an object');
  checkNeighbours(w.neighbours, { length });
  if (w.weights === undefined) return rowStandardise(w.neighbours);
  const { neighbours, weights } = w;
  if (!Array.isArray(weights) || weights.length !== neighbours.length) {
    throw new Error('weights and neighbours must have the same length');
  }
  weights.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== neighbours[i]?.length) {
      throw new Error(`weights of region ${i} must parallel its neighbours`);
    }
    if (!row.every(Number.isFinite)) throw new Error(`weights of region ${i} must be finite`);
  });
  return { neighbours, weights };
}
