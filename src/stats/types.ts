/**
 * Spatial weights in spdep's `listw` shape: `neighbours[i]` holds the 0-based indices of region
 * i's neighbours (never i itself; empty for an island) and `weights[i]` the weights parallel to
 * it. Row-standardised weights (spdep style "W") sum to 1 on every non-empty row.
 */
export interface SpatialWeights {
  neighbours: number[][];
  weights: number[][];
}

/**
 * A neighbour list with optional weights. Without `weights` the list is row-standardised
 * (spdep `nb2listw(nb, style = "W")`).
 */
export interface SpatialWeightsInput {
  neighbours: number[][];
  weights?: number[][];
}

/** Result of {@link moranGlobal}, spdep `moran.test(x, listw, randomisation = TRUE)`. */
export interface MoranGlobalResult {
  /** Moran's I. */
  I: number;
  /** E[I] = −1/(n − 1). */
  expectation: number;
  /** Var[I] under randomisation. */
  variance: number;
  /** Standard deviate (I − E[I]) / √Var[I]. */
  z: number;
  /** One-sided p for positive autocorrelation (spdep's default alternative "greater"). */
  p: number;
  /** Two-sided p, 2·P(Z > |z|). */
  pTwoSided: number;
  /** n used in I's scale factor and the moments: regions with neighbours when adjustN. */
  n: number;
}

/** LISA cluster quadrant: value high/low, then spatial lag high/low (spdep "mean" scheme). */
export type LisaQuadrant = 'HH' | 'LL' | 'HL' | 'LH';

/** One region of {@link localMoran}; all fields are null for an island. */
export interface LocalMoranRegion {
  /** Local Moran's Ii (spdep `Ii`). */
  ii: number | null;
  /** Conditional-randomisation expectation (spdep `E.Ii`). */
  expectation: number | null;
  /** Conditional-randomisation variance (spdep `Var.Ii`). */
  variance: number | null;
  /** Standard deviate (spdep `Z.Ii`). */
  z: number | null;
  /** Two-sided normal p (spdep `Pr(z != E(Ii))`). */
  p: number | null;
  quadrant: LisaQuadrant | null;
}

/** One region of {@link localMoranPermutation}; all fields are null for an island. */
export interface LocalMoranPermutationRegion {
  /** Local Moran's Ii, as in {@link localMoran}. */
  ii: number | null;
  /** Mean of the permuted Ii (spdep `E.Ii` with sample_Ei = TRUE). */
  expectation: number | null;
  /** Sample variance (n − 1 divisor) of the permuted Ii (spdep `Var.Ii`). */
  variance: number | null;
  /** (Ii − expectation) / √variance (spdep `Z.Ii`). */
  z: number | null;
  /** Two-sided normal p of z (spdep `Pr(z != E(Ii))`). */
  p: number | null;
  /** Two-sided rank pseudo-p (spdep `Pr(z != E(Ii)) Sim`), in (0, 1]. */
  pSim: number | null;
  /** Folded pseudo-p (spdep `Pr(folded) Sim`, PySAL's p_sim), in (0, 0.5]. */
  pFolded: number | null;
  quadrant: LisaQuadrant | null;
}

/**
 * Regions `from` to `from + ii.length − 1` of {@link localMoranPermutation} as columns (what a
 * worker thread transfers instead of one object per region): NaN stands for null (every column
 * of an island; `z` and `p` when the permuted variance is 0), `quadrant` indexes
 * {@link lisaQuadrants} (−1: null).
 */
export interface LocalMoranPermutationColumns {
  from: number;
  ii: Float64Array;
  expectation: Float64Array;
  variance: Float64Array;
  z: Float64Array;
  p: Float64Array;
  pSim: Float64Array;
  pFolded: Float64Array;
  quadrant: Int8Array;
}

/** The quadrants in the order of {@link LocalMoranPermutationColumns}' `quadrant` codes. */
export const lisaQuadrants: readonly LisaQuadrant[] = ['HH', 'LL', 'HL', 'LH'];

/** Result of {@link empiricalBayesGlobal}, spdep `EBest(n, x)`; rates are proportions. */
export interface EmpiricalBayesGlobalResult {
  /** Crude rates numerator/denominator (spdep `raw`). */
  raw: number[];
  /** Smoothed rates (spdep `estmm`). */
  smoothed: number[];
  /** Prior mean b = Σ numerators / Σ denominators. */
  priorMean: number;
  /** Method-of-moments prior variance a, set to 0 when the estimate is negative. */
  priorVariance: number;
}

/** Result of {@link empiricalBayesLocal}, spdep `EBlocal(ri, ni, nb)`; rates are proportions. */
export interface EmpiricalBayesLocalResult {
  /** Crude rates (spdep `raw`). */
  raw: number[];
  /** Smoothed rates (spdep `est`). */
  smoothed: number[];
  /** Local prior means m_i (spdep attribute `parameters$m`). */
  priorMean: number[];
  /** Local prior variances a_i, negatives set to 0 (spdep attribute `parameters$a`). */
  priorVariance: number[];
}

/** Result of {@link benjaminiHochberg}. */
export interface BenjaminiHochbergResult {
  /** BH-adjusted p-values (R `p.adjust(p, "BH")`); null where the input was null or NaN. */
  adjusted: (number | null)[];
  /** adjusted ≤ alpha. */
  significant: boolean[];
}

/** Classification methods of {@link classBreaks}. */
export type ClassBreaksMethod =
  | 'QUANTILE'
  | 'EQUAL_INTERVAL'
  | 'JENKS'
  | 'STANDARD_DEVIATION'
  | 'PRETTY';

/** Result of {@link classBreaks}. */
export interface ClassBreaksResult {
  /** Ascending class edges b_0 … b_k; class i is [b_i, b_{i+1}), the last one [b_{k−1}, b_k]. */
  breaks: number[];
  /** Number of classes k = breaks.length − 1. */
  classes: number;
}

/** Outlier scoring methods of {@link outlierFlags}. */
export type OutlierMethod = 'Z' | 'MODIFIED_Z';

/** Result of {@link outlierFlags}. */
export interface OutlierFlagsResult {
  /** Score per value; null for a missing value or when the spread is zero. */
  scores: (number | null)[];
  /** |score| > threshold. */
  flags: boolean[];
}

/** One observation of an indicator in time. */
export interface YearValue {
  year: number;
  value: number;
}

/** Result of {@link annualRateOfReduction}. */
export interface AnnualRateOfReductionResult {
  /** AARR in percent per year, −(e^b − 1)·100; positive when the indicator falls. */
  aarr: number;
  /** Least-squares slope b of ln(value) on year. */
  slope: number;
  /** Earliest observation (by year). */
  first: YearValue;
  /** Latest observation (by year). */
  last: YearValue;
  /** last.value − first.value, in the indicator's unit (negative when it falls). */
  absoluteChange: number;
  /** (last.value − first.value) / first.value · 100, in percent. */
  relativeChange: number;
}
