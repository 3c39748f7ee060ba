import { mean, sampleVariance } from 'simple-statistics';
import { mulberry32Skip, mulberry32State } from '../random/mulberry32.ts';
import { localMoran } from './localMoran.ts';
import { normalUpperTail } from './normalUpperTail.ts';
import { resolveWeights } from './resolveWeights.ts';
import {
  type LocalMoranPermutationColumns,
  type LocalMoranPermutationRegion,
  type LocalMoranRegion,
  lisaQuadrants,
  type SpatialWeightsInput,
} from './types.ts';

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
  const columns = localMoranPermutationColumns(values, w, options);
  const orNull = (value: number | undefined) =>
    value === undefined || Number.isNaN(value) ? null : value;
  return Array.from(columns.ii, (ii, i): LocalMoranPermutationRegion => {
    if (Number.isNaN(ii)) return { ...empty };
    return {
      ii,
      expectation: columns.expectation[i] as number,
      variance: columns.variance[i] as number,
      z: orNull(columns.z[i]),
      p: orNull(columns.p[i]),
      pSim: columns.pSim[i] as number,
      pFolded: columns.pFolded[i] as number,
      quadrant: lisaQuadrants[columns.quadrant[i] as number] ?? null,
    };
  });
}

/**
 * {@link localMoranPermutation} for the regions `from` ≤ i < `to` only, as columns (NaN for null):
 * the same numbers, bit for bit. The draws of region i come from one Mulberry32 stream shared by
 * all regions in order (k_i·permutations draws for each region with neighbours), so a range
 * starts the stream where the regions before it leave it ({@link mulberry32Skip}); ranges computed
 * apart (in several worker threads) and put side by side are the whole answer.
 *
 * @param values one finite number per region (at least 3, not all equal)
 * @param w neighbour list with optional weights, as {@link localMoranPermutation}
 * @param options.permutations, options.seed as {@link localMoranPermutation}
 * @param options.from first region (default 0); options.to one past the last (default n)
 * @param options.local `localMoran(values, w)` when the caller has it already (not recomputed)
 * @returns the columns of regions from..to − 1
 */
export function localMoranPermutationColumns(
  values: number[],
  w: SpatialWeightsInput,
  options: {
    permutations?: number;
    seed?: number;
    from?: number;
    to?: number;
    local?: readonly LocalMoranRegion[];
  } = {},
): LocalMoranPermutationColumns {
  const permutations = options.permutations ?? 999;
  if (!Number.isInteger(permutations) || permutations < 2) {
    throw new Error('permutations must be an integer of at least 2');
  }
  const analytic = options.local ?? localMoran(values, w);
  const weights = resolveWeights(w, values.length);
  const n = values.length;
  if (analytic.length !== n) throw new Error('local must hold one result per value');
  const from = options.from ?? 0;
  const to = options.to ?? n;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > n) {
    throw new Error(`from and to must be integers with 0 ≤ from ≤ to ≤ ${n}`);
  }
  // Draws taken by the regions before this range: k_i·permutations for each with neighbours.
  let before = 0;
  for (let i = 0; i < from; i++) {
    const k = weights.weights[i]?.length ?? 0;
    if (analytic[i]?.ii !== null && k > 0) before += k;
  }
  let state = mulberry32Skip(mulberry32State(options.seed ?? 12345), before * permutations);
  const centre = mean(values);
  const z = Float64Array.from(values, (v) => v - centre);
  const m2 = z.reduce((sum, zi) => sum + zi * zi, 0) / n;
  // One buffer for every region's permuted Ii: a region's summaries are taken before the next.
  const simulated = new Float64Array(permutations);
  const length = to - from;
  const out: LocalMoranPermutationColumns = {
    from,
    ii: new Float64Array(length).fill(Number.NaN),
    expectation: new Float64Array(length).fill(Number.NaN),
    variance: new Float64Array(length).fill(Number.NaN),
    z: new Float64Array(length).fill(Number.NaN),
    p: new Float64Array(length).fill(Number.NaN),
    pSim: new Float64Array(length).fill(Number.NaN),
    pFolded: new Float64Array(length).fill(Number.NaN),
    quadrant: new Int8Array(length).fill(-1),
  };

  const others = n - 1;
  for (let i = from; i < to; i++) {
    const region = analytic[i] as LocalMoranRegion;
    const row = weights.weights[i] ?? [];
    if (region.ii === null || row.length === 0) continue;
    const ii = region.ii;
    const scale = (z[i] ?? 0) / m2;
    const k = row.length;
    const previous = i - 1;
    for (let s = 0; s < permutations; s++) {
      let lag = 0;
      for (let j = 0; j < k; j++) {
        // mulberry32 (src/random/mulberry32.ts) inlined: one draw from the shared stream. The
        // state is kept as int32 (`| 0`: the same 32 bits as mulberry32's `>>> 0`, which every
        // use below reads through >>>, | or Math.imul); u/2^32 is u·2^-32 exactly, and u·2^-32·
        // (n − 1) < 2^31 is ≥ 0, so `| 0` is Math.floor: the same draw, without a division.
        state = (state + 0x6d2b79f5) | 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        const draw = (((t ^ (t >>> 14)) >>> 0) * twoToMinus32 * others) | 0;
        // Skip region i without a branch: +1 exactly when draw ≥ i (i − 1 − draw < 0).
        lag += (row[j] as number) * (z[draw + ((previous - draw) >>> 31)] as number);
      }
      simulated[s] = scale * lag;
    }
    const expectation = mean(simulated as unknown as number[]);
    const variance = sampleVariance(simulated as unknown as number[]);
    const zScore = (ii - expectation) / Math.sqrt(variance);
    const r = i - from;
    out.ii[r] = ii;
    out.expectation[r] = expectation;
    out.variance[r] = variance;
    if (Number.isFinite(zScore)) {
      out.z[r] = zScore;
      out.p[r] = Math.min(1, 2 * normalUpperTail(Math.abs(zScore)));
    }
    out.pSim[r] = rankPValue(simulated, ii);
    out.pFolded[r] = foldedPValue(simulated, ii);
    out.quadrant[r] = region.quadrant === null ? -1 : lisaQuadrants.indexOf(region.quadrant);
  }
  return out;
}

/** 2^-32: an unsigned 32-bit draw times this is mulberry32's float in [0, 1). @private */
const twoToMinus32 = 2 ** -32;

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
