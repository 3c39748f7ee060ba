import { mean } from 'simple-statistics';
import { checkValues } from './checkValues.ts';
import { normalUpperTail } from './normalUpperTail.ts';
import { resolveWeights } from './resolveWeights.ts';
import { spatialLag } from './spatialLag.ts';
import type { LisaQuadrant, LocalMoranRegion, SpatialWeightsInput } from './types.ts';

/**
 * Local Moran's I (LISA) per region, as spdep 1.2-7 `localmoran(x, listw, zero.policy = TRUE)`
 * with its defaults mlvar = TRUE, conditional = TRUE, alternative = "two.sided":
 *
 *   Ii = (z_i / m2) · Σ_j w_ij·z_j,  z = x − mean(x),  m2 = Σz²/n,
 *   E[Ii] = −z_i²·W_i / ((n − 1)·m2),
 *   Var[Ii] = (z_i/m2)² · n/(n − 2) · (W_i⁽²⁾ − W_i²/(n − 1)) · (m2 − z_i²/(n − 1)),
 *
 * with W_i = Σ_j w_ij and W_i⁽²⁾ = Σ_j w_ij² — the conditional-randomisation moments of Sokal et
 * al. (1998, eqs. A7–A8) that spdep uses by default since 1.2 — and z = (Ii − E)/√Var, p two-sided.
 *
 * The quadrant is spdep's "mean" scheme (`attr(, "quadr")$mean`): High when x_i > mean(x), and
 * for the lag High when lag_i = Σ_j w_ij·x_j > mean(lag) (the mean of all lags, islands' 0
 * included); equality counts as Low, as R's `cut` does. HL = high value among low neighbours.
 *
 * Islands: spdep (zero.policy = TRUE) gives Ii = 0, E = Var = 0 and NaN for z and p; here every
 * field of an island is null. Islands still count in n and in the mean. A region whose own value
 * equals the mean has Var = 0: its z and p are null (spdep: NaN).
 *
 * @param values one finite number per region (at least 3, not all equal)
 * @param w neighbour list with optional weights (row-standardised, style "W", when omitted)
 * @returns one object per region: ii, expectation, variance, z, p, quadrant
 * @example
 * localMoran([1, 2, 3, 4], { neighbours: [[1], [0, 2], [1, 3], [2]] })[0];
 * // { ii: 0.6, expectation: -0.6, variance: 0.96, z: 1.2247, p: 0.22067, quadrant: 'LL' }
 */
export function localMoran(values: number[], w: SpatialWeightsInput): LocalMoranRegion[] {
  checkValues(values, { minLength: 3 });
  const weights = resolveWeights(w, values.length);
  const n = values.length;
  const centre = mean(values);
  const z = values.map((v) => v - centre);
  const m2 = z.reduce((sum, zi) => sum + zi * zi, 0) / n;
  if (m2 === 0) throw new Error('values must not all be equal');
  const lagZ = spatialLag(z, weights);
  const lagX = spatialLag(values, weights);
  const lagCentre = mean(lagX);

  return z.map((zi, i) => {
    const row = weights.weights[i] ?? [];
    if (row.length === 0) {
      return { ii: null, expectation: null, variance: null, z: null, p: null, quadrant: null };
    }
    const wi = row.reduce((sum, wij) => sum + wij, 0);
    const wi2 = row.reduce((sum, wij) => sum + wij * wij, 0);
    const ii = (zi / m2) * (lagZ[i] ?? 0);
    const expectation = -(zi * zi * wi) / ((n - 1) * m2);
    const variance =
      (zi / m2) ** 2 * (n / (n - 2)) * (wi2 - (wi * wi) / (n - 1)) * (m2 - (zi * zi) / (n - 1));
    const zScore = (ii - expectation) / Math.sqrt(variance);
    const finite = Number.isFinite(zScore);
    return {
      ii,
      expectation,
      variance,
      z: finite ? zScore : null,
      p: finite ? Math.min(1, 2 * normalUpperTail(Math.abs(zScore))) : null,
      quadrant: quadrant(values[i] ?? 0, centre, lagX[i] ?? 0, lagCentre),
    };
  });
}

/**
 * spdep's "mean" quadrant: value vs mean(x), lag vs mean(lag); ties are Low.
 * @private
 */
function quadrant(x: number, xMean: number, lag: number, lagMean: number): LisaQuadrant {
  const high = x > xMean;
  const lagHigh = lag > lagMean;
  if (high) return lagHigh ? 'HH' : 'HL';
  return lagHigh ? 'LH' : 'LL';
}
