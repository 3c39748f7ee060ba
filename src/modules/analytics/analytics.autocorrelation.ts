import { checkInteger } from '../../args/integer.ts';
import { assertPeriod } from '../../args/period.ts';
import type { Context } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { benjaminiHochberg } from '../../stats/benjaminiHochberg.ts';
import { type LisaQuadrant, lisaQuadrants, type MoranGlobalResult } from '../../stats/types.ts';
import { LocalStatisticsError, localStatistics } from '../../workers/localStatistics.ts';
import { budgetOf, statsPool } from '../../workers/statsPool.ts';
import { checkK, checkParent } from './analytics.args.ts';
import { loadUniverse } from './analytics.universe.ts';
import { regionValues, type Smoothing, smoothValues, subgraph } from './analytics.values.ts';
import { universeWeights, type WeightsKind } from './analytics.weights.ts';

/**
 * Fewest permutations accepted (besides 0, which means none): below 99 the smallest pseudo-p,
 * 1/(permutations + 1), cannot reach the usual 0.01 (GeoDa and PySAL default to 999).
 */
export const minPermutations = 99;

/** Most permutations accepted. */
export const maxPermutations = 9999;

/** Seed of the permutations when the client gives none (that of localMoranPermutation). */
export const defaultSeed = 12345;

export interface GlobalMoranShape {
  i: number;
  expected: number;
  variance: number;
  z: number;
  p: number;
  pTwoSided: number;
  n: number;
}

export interface LocalStatisticShape {
  kode: string;
  value: number | null;
  rawValue: number | null;
  neighbors: string[];
  localI: number | null;
  expected: number | null;
  variance: number | null;
  z: number | null;
  p: number | null;
  pseudoP: number | null;
  pseudoPFolded: number | null;
  quadrant: LisaQuadrant | null;
  significant: boolean | null;
  significantFdr: boolean | null;
  giStarZ: number | null;
  excludedReason: string | null;
}

export interface SpatialAutocorrelationShape {
  moran: GlobalMoranShape;
  regions: LocalStatisticShape[];
  islands: string[];
  permutations: number;
  seed: number;
}

export interface SpatialAutocorrelationArgs {
  level: RegionLevel;
  parentKode: string | number;
  indicator: string;
  period: string;
  weights: WeightsKind;
  k?: number | null;
  permutations: number;
  seed?: number | null;
  alpha: number;
  smoothing: Smoothing;
}

/** `Query.spatialAutocorrelation`'s arguments as graphql-js coerces them, with the defaults of explicit nulls. */
export function spatialAutocorrelationArgs(
  args: Omit<SpatialAutocorrelationArgs, 'weights' | 'permutations' | 'alpha' | 'smoothing'> & {
    weights?: WeightsKind | null;
    permutations?: number | null;
    alpha?: number | null;
    smoothing?: Smoothing | null;
  },
): SpatialAutocorrelationArgs {
  return {
    ...args,
    weights: args.weights ?? 'QUEEN',
    permutations: args.permutations ?? 999,
    alpha: args.alpha ?? 0.05,
    smoothing: args.smoothing ?? 'NONE',
  };
}

/**
 * Global Moran's I, local Moran's I with conditional-permutation pseudo-p and BH-FDR
 * significance, and Getis–Ord Gi*, over the regions with data (after smoothing) and the
 * row-standardised neighbour graph among them. Regions without data drop out of the graph;
 * regions left without neighbours are islands: reported, kept in the mean and variance as
 * spdep does with zero.policy = TRUE, and given no local statistics.
 */
export async function computeSpatialAutocorrelation(
  ctx: Context,
  args: SpatialAutocorrelationArgs,
): Promise<SpatialAutocorrelationShape> {
  const parentKode = checkParent(args.level, args.parentKode);
  assertPeriod('period', args.period);
  const permutations =
    args.permutations === 0
      ? 0
      : checkInteger('permutations', args.permutations, minPermutations, maxPermutations);
  const seed = args.seed ?? defaultSeed;
  checkInteger('seed', seed, -2_147_483_648, 2_147_483_647);
  if (!(args.alpha > 0 && args.alpha < 1)) {
    throw badUserInput('alpha', args.alpha, 'alpha must be between 0 and 1 (exclusive)');
  }
  const universe = await loadUniverse(ctx, args.level, parentKode);
  const k = checkK(args.weights, args.k, universe.hasGeometry.filter(Boolean).length);
  const [values, neighbours] = await Promise.all([
    regionValues(ctx, universe.kodes, args.indicator, args.period),
    universeWeights(ctx, universe, args.weights, k),
  ]);
  const { raw, smoothed } = smoothValues(values, args.smoothing, neighbours);
  const used = smoothed.flatMap((v, i) => (v === null ? [] : [i]));
  const x = used.map((i) => smoothed[i] as number);
  const graph = subgraph(neighbours, used);

  // Global Moran's I and the local statistics are the CPU-heavy part (permutations × regions ×
  // neighbours): the worker threads compute them, in chunks of regions side by side, within this
  // request's CPU budget, and send back typed-array columns (moved, not copied).
  let stats: Awaited<ReturnType<typeof localStatistics>>;
  try {
    stats = await localStatistics(statsPool(), x, graph, { permutations, seed }, budgetOf(ctx));
  } catch (error) {
    if (!(error instanceof LocalStatisticsError)) throw error;
    throw badUserInput(
      'parentKode',
      parentKode,
      `cannot compute Moran's I over the ${used.length} regions with data: ${error.message}`,
    );
  }
  const moran = stats.moran as MoranGlobalResult;
  // GeoDa and PySAL: a region is significant when its folded pseudo-p (PySAL p_sim) is at most
  // alpha, with no adjustment; the Benjamini–Hochberg false-discovery-rate version is separate.
  const pColumn = stats.pFolded ?? stats.p;
  const pValues = Array.from(pColumn, orNull);
  const significant = pValues.map((p) => p !== null && p <= args.alpha);
  const { significant: significantFdr } = benjaminiHochberg(pValues, args.alpha);

  // position[i]: region i's index among those with data, or −1.
  const position = new Int32Array(universe.kodes.length).fill(-1);
  used.forEach((index, p) => {
    position[index] = p;
  });
  const regions = universe.kodes.map((kode, i): LocalStatisticShape => {
    const p = position[i] ?? -1;
    const row = new LocalStatisticRow(
      kode,
      smoothed[i] ?? null,
      raw[i] ?? null,
      i,
      universe.kodes,
      neighbours,
    );
    const reason = excludedReason(
      universe.hasGeometry[i] ?? false,
      neighbours[i] ?? [],
      p < 0 ? undefined : p,
      graph,
    );
    if (p < 0 || reason !== null) {
      row.excludedReason = reason;
      return row;
    }
    row.localI = orNull(stats.ii[p]);
    row.expected = orNull(stats.expectation[p]);
    row.variance = orNull(stats.variance[p]);
    row.z = orNull(stats.z[p]);
    row.p = orNull(stats.p[p]);
    row.pseudoP = orNull(stats.pSim?.[p]);
    row.pseudoPFolded = orNull(stats.pFolded?.[p]);
    row.quadrant = lisaQuadrants[stats.quadrant[p] ?? -1] ?? null;
    row.significant = significant[p] ?? false;
    row.significantFdr = significantFdr[p] ?? false;
    row.giStarZ = orNull(stats.gStar[p]);
    return row;
  });
  return {
    moran: {
      i: moran.I,
      expected: moran.expectation,
      variance: moran.variance,
      z: moran.z,
      p: moran.p,
      pTwoSided: moran.pTwoSided,
      n: moran.n,
    },
    regions,
    islands: regions
      .filter(
        (r, i) => (neighbours[i] ?? []).length === 0 || r.excludedReason?.startsWith('island'),
      )
      .map((r) => r.kode),
    permutations,
    seed,
  };
}

/** A column's entry: NaN (and a missing column) is null. @private */
function orNull(value: number | undefined): number | null {
  return value === undefined || Number.isNaN(value) ? null : value;
}

/**
 * One region of the answer: one class (the same hidden shape for thousands of rows), its
 * statistics null until set, and its neighbours' kodes listed only when a query selects
 * `neighbors` (a province's LISA would otherwise build some 36,000 strings nobody asked for).
 * @private
 */
class LocalStatisticRow implements LocalStatisticShape {
  localI: number | null = null;
  expected: number | null = null;
  variance: number | null = null;
  z: number | null = null;
  p: number | null = null;
  pseudoP: number | null = null;
  pseudoPFolded: number | null = null;
  quadrant: LisaQuadrant | null = null;
  significant: boolean | null = null;
  significantFdr: boolean | null = null;
  giStarZ: number | null = null;
  excludedReason: string | null = null;
  readonly #index: number;
  readonly #kodes: readonly string[];
  readonly #neighbours: readonly number[][];

  constructor(
    readonly kode: string,
    readonly value: number | null,
    readonly rawValue: number | null,
    index: number,
    kodes: readonly string[],
    neighbours: readonly number[][],
  ) {
    this.#index = index;
    this.#kodes = kodes;
    this.#neighbours = neighbours;
  }

  get neighbors(): string[] {
    return (this.#neighbours[this.#index] ?? []).map((j) => this.#kodes[j] as string);
  }

  /** The plain shape, `neighbors` included (JSON.stringify skips getters). */
  toJSON(): LocalStatisticShape {
    return { ...this, neighbors: this.neighbors };
  }
}

/** Why a region has no local statistics, or null. @private */
function excludedReason(
  hasGeometry: boolean,
  row: number[],
  position: number | undefined,
  graph: number[][],
): string | null {
  if (position === undefined) return 'no data';
  if (!hasGeometry) return 'island: no boundary loaded';
  if (row.length === 0) return 'island: no neighbours';
  if ((graph[position] ?? []).length === 0) return 'island: no neighbour has data';
  return null;
}
