import { mean } from 'simple-statistics';
import { checkNeighbours } from './checkNeighbours.ts';
import { checkValues } from './checkValues.ts';

/**
 * Getis–Ord Gi* hot-spot z-scores, as spdep 1.2 `localG(x, nb2listw(include.self(nb)))`:
 * every region is its own neighbour and the weights are row-standardised (style "W"). For region
 * i with the set N_i = {i} ∪ neighbours (k_i members, w_ij = 1/k_i), spdep's Gi* deviate is
 *
 *   z_i = (Σ_j w_ij·x_j − W_i·x̄) / √( s²·(n·S1_i − W_i²)/(n − 1) ),
 *   W_i = Σ_j w_ij,  S1_i = Σ_j w_ij²,  s² = Σ(x − x̄)²/n.
 *
 * The deviate does not change when a row's weights are all scaled by the same factor, so binary
 * weights (style "B", the textbook Gi*) give the same z. With the self included an island has
 * one member (itself) and z_i = (x_i − x̄)/s. A region neighbouring every other region has zero
 * variance: its z is null (spdep: NaN).
 *
 * @param values one finite number per region (at least 2, not all equal)
 * @param neighbours neighbours[i] = 0-based indices of region i's neighbours, without i
 * @returns Gi* z-score per region (positive = hot spot), null where undefined
 * @example
 * localGStar([1, 2, 3, 4], [[1], [0, 2], [1, 3], [2]]);
 * // [-1.5491933384829668, -1.341640786499874, 1.341640786499874, 1.5491933384829668]
 */
export function localGStar(values: number[], neighbours: number[][]): (number | null)[] {
  checkValues(values, { minLength: 2 });
  checkNeighbours(neighbours, { length: values.length });
  const n = values.length;
  const centre = mean(values);
  const s2 = values.reduce((sum, v) => sum + (v - centre) ** 2, 0) / n;
  if (s2 === 0) throw new Error('values must not all be equal');

  return neighbours.map((row, i) => {
    const members = [i, ...row];
    const wij = 1 / members.length;
    let lag = 0;
    let wi = 0;
    let s1 = 0;
    for (const j of members) {
      lag += wij * (values[j] ?? 0);
      wi += wij;
      s1 += wij * wij;
    }
    // (n·S1 − W²) is (n − k)/k for k equal weights: at least 1/n unless k = n (exactly 0).
    const spread = n * s1 - wi * wi;
    if (spread < 0.5 / n) return null;
    return (lag - wi * centre) / Math.sqrt((s2 * spread) / (n - 1));
  });
}
