import { mean, sampleVariance } from 'simple-statistics';
import { mulberry32State } from '../random/mulberry32.ts';
import { localMoran } from './localMoran.ts';
import { normalUpperTail } from './normalUpperTail.ts';
import { resolveWeights } from './resolveWeights.ts';
import type { LocalMoranPermutationRegion, SpatialWeightsInput } from './types.ts';

/**
 * Local Moran's I with conditional-permutation inference, as spdep 1.2-7
 * `localmoran_perm(x, listw, nsim, zero.policy = TRUE)` with its defaults (mlvar = TRUE,
 * alternative = "two.sided", sample_Ei = TRUE). For each region i with k_i neighbours it draws
 * `permutations` sets of k_i values from the other n − 1 centred values and recomputes
 * Ii = (z_i/m2)·Σ_j w_ij·z_draw. Like spdep 1.2-7 (`sample(z[-i], k_i·nsim, replace = TRUE)`) the
 * draws are WITH replacement, so a neighbour value may repeat within one draw.
 *
 * Returned per region:
 * - `pSim`: spdep's default-alternative pseudo-p `Pr(z != E(Ii)) Sim`, two-sided from the rank r
 *   of the observed Ii among the nsim + 1 values (R `rank`, ties averaged, then truncated):
 *   2·min(r, nsim + 2 − r)/(nsim + 1);
 * - `pFolded`: `Pr(folded) Sim` (PySAL's p_sim): (min(m, nsim − m) + 1)/(nsim + 1) with m the
 *   number of permuted Ii ≥ the observed one;
 * - `expectation`, `variance` (n − 1 divisor), `z` and normal two-sided `p` from the permuted Ii.
 *
 * R's random stream cannot be reproduced: the draws come from Mulberry32 seeded with `seed`, so
 * results repeat exactly for the same seed and agree with spdep within Monte-Carlo error. Islands
 * get nulls (spdep: NA); the quadrant is that of {@link localMoran}.
 *
 * @param values one finite number per region (at least 3, not all equal)
 * @param w neighbour list with optional weights (row-standardised, style "W", when omitted)
 * @param options.permutations number of conditional permutations, an integer ≥ 2 (default 999)
 * @param options.seed PRNG seed (default 12345)
 * @returns one object per region: ii, expectation, variance, z, p, pSim, pFolded, quadrant
 * @example
 * const ring = [[1, 4], [0, 2], [1, 3], [2, 4], [3, 0]];
 * localMoranPermutation([1, 2, 3, 4, 5], { neighbours: ring }, { seed: 42 })[0];
 * // { ii: -0.5, expectation: -0.4945, variance: 0.6275, z: -0.00695, p: 0.9945,
 * //   pSim: 0.994, pFolded: 0.376, quadrant: 'LH' }
 */
export function localMoranPermutation(
  values: number[],
  w: SpatialWeightsInput,
  options: { permutations?: number; seed?: number } = {},
): LocalMoranPermutationRegion[] {
  const permutations = options.permutations ?? 999;
  if (!Number.isInteger(permutations) || permutations < 2) {
    throw new Error('permutations must be an integer of at least 2');
  }
  const analytic = localMoran(values, w);
  const weights = resolveWeights(w, values.length);
  let state = mulberry32State(options.seed ?? 12345);
  const n = values.length;
  const centre = mean(values);
  const z = Float64Array.from(values, (v) => v - centre);
  const m2 = z.reduce((sum, zi) => sum + zi * zi, 0) / n;
  // One buffer for every region's permuted Ii: a region's summaries are taken before the next.
  const simulated = new Float64Array(permutations);

  return analytic.map((region, i) => {
    const row = weights.weights[i] ?? [];
    if (region.ii === null || row.length === 0) {
      return { ...empty };
    }
    const ii = region.ii;
    const scale = (z[i] ?? 0) / m2;
    const k = row.length;
    for (let s = 0; s < permutations; s++) {
      let lag = 0;
      for (let j = 0; j < k; j++) {
        // mulberry32 (src/random/mulberry32.ts) inlined: one draw from the shared stream.
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        const draw = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (n - 1));
        lag += (row[j] as number) * (z[draw >= i ? draw + 1 : draw] as number);
      }
      simulated[s] = scale * lag;
    }
    const expectation = mean(simulated as unknown as number[]);
    const variance = sampleVariance(simulated as unknown as number[]);
    const zScore = (ii - expectation) / Math.sqrt(variance);
    const finite = Number.isFinite(zScore);
    return {
      ii,
      expectation,
      variance,
      z: finite ? zScore : null,
      p: finite ? Math.min(1, 2 * normalUpperTail(Math.abs(zScore))) : null,
      pSim: rankPValue(simulated, ii),
      pFolded: foldedPValue(simulated, ii),
      quadrant: region.quadrant,
    };
  });
}

/** Result for an island. @private */
const empty: LocalMoranPermutationRegion = {
  ii: null,
  expectation: null,
  variance: null,
  z: null,
  p: null,
  pSim: null,
  pFolded: null,
  quadrant: null,
};

/**
 * spdep `probs_lut(alternative = "two.sided")[as.integer(rank(c(sim, obs))[nsim + 1])]`.
 * @private
 */
function rankPValue(simulated: Float64Array, observed: number): number {
  const nsim = simulated.length;
  let below = 0;
  let tied = 0;
  for (let i = 0; i < nsim; i++) {
    const s = simulated[i] as number;
    if (s < observed) below++;
    else if (s === observed) tied++;
  }
  // average rank of the observed value among the nsim + 1, truncated as R's as.integer does
  const rank = Math.floor(below + 1 + tied / 2);
  return (2 * Math.min(rank, nsim + 2 - rank)) / (nsim + 1);
}

/**
 * spdep's folded pseudo-p: (min(m, nsim − m) + 1)/(nsim + 1), m = #(sim ≥ obs).
 * @private
 */
function foldedPValue(simulated: Float64Array, observed: number): number {
  const nsim = simulated.length;
  let atLeast = 0;
  for (let i = 0; i < nsim; i++) if ((simulated[i] as number) >= observed) atLeast++;
  return (Math.min(atLeast, nsim - atLeast) + 1) / (nsim + 1);
}
