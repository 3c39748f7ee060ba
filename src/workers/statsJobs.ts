import { centerOfMass } from '@turf/center-of-mass';
import type { MultiPolygon, Position } from 'geojson';
import { contiguityNeighbours } from '../geo/contiguityNeighbours.ts';
import { knnNeighbours } from '../geo/knnNeighbours.ts';
import { localGStar } from '../stats/localGStar.ts';
import { localMoran } from '../stats/localMoran.ts';
import { localMoranPermutationColumns } from '../stats/localMoranPermutation.ts';
import { moranGlobal } from '../stats/moranGlobal.ts';
import { rowStandardise } from '../stats/rowStandardise.ts';
import {
  type LocalMoranPermutationColumns,
  lisaQuadrants,
  type MoranGlobalResult,
} from '../stats/types.ts';

/**
 * Local statistics of the regions `from` ≤ i < `to` of one LISA request: what runs in a worker
 * thread. The values and the neighbour graph are whole (the permutations draw from every region),
 * the graph as compressed rows: region i's neighbours are `neighbours[offsets[i] .. offsets[i + 1])`.
 */
export interface LocalStatisticsJob {
  kind: 'localStatistics';
  values: Float64Array;
  offsets: Int32Array;
  neighbours: Int32Array;
  permutations: number;
  seed: number;
  from: number;
  to: number;
  /** Also global Moran's I (asked of one chunk). */
  moran: boolean;
}

/**
 * Regions `from` .. `from + ii.length − 1` as columns, NaN for null: local Moran's I with its
 * analytic moments (localMoran), the conditional-permutation pseudo-p values when permutations
 * were asked (localMoranPermutationColumns) and Gi*'s z; `quadrant` indexes `lisaQuadrants`
 * (−1: null).
 */
export interface LocalStatisticsResult
  extends Omit<LocalMoranPermutationColumns, 'pSim' | 'pFolded'> {
  pSim: Float64Array | null;
  pFolded: Float64Array | null;
  gStar: Float64Array;
  /** Global Moran's I when the job asked for it. */
  moran?: MoranGlobalResult;
  /**
   * Why the statistics cannot be computed (e.g. too few regions with neighbours, all values
   * equal): the job answers instead of throwing, so the caller reports Moran's reason first.
   */
  error?: string;
}

/**
 * The neighbour graph of a universe: boundaries in (null: no boundary, an island), neighbour
 * lists out, parallel to the input. QUEEN/ROOK contiguity within `toleranceMeters`, or the `k`
 * nearest centres of mass on the ellipsoid (KNN).
 */
export interface WeightsJob {
  kind: 'weights';
  weights: 'QUEEN' | 'ROOK' | 'KNN';
  geometries: (MultiPolygon | null)[];
  k: number | null;
  toleranceMeters: number;
}

export type StatsJob = LocalStatisticsJob | WeightsJob;

/** What a job answers: neighbour lists for a weights job, local statistics otherwise. */
export type StatsResult<J extends StatsJob = StatsJob> = J extends WeightsJob
  ? number[][]
  : LocalStatisticsResult;

/**
 * Runs one job. The same function runs in a worker (src/workers/statsWorker.ts) and, with
 * `STATS_WORKERS=0`, in the calling thread.
 */
export function runStatsJob<J extends StatsJob>(job: J): StatsResult<J> {
  return (job.kind === 'weights' ? runWeights(job) : runLocalStatistics(job)) as StatsResult<J>;
}

/** @private */
function runWeights(job: WeightsJob): number[][] {
  if (job.weights === 'KNN') {
    const centroids = job.geometries.map((geometry): Position | null =>
      geometry === null ? null : centerOfMass(geometry).geometry.coordinates,
    );
    return knnNeighbours(centroids, job.k ?? 1);
  }
  return contiguityNeighbours(job.geometries, {
    kind: job.weights,
    toleranceMeters: job.toleranceMeters,
  });
}

/** @private */
function runLocalStatistics(job: LocalStatisticsJob): LocalStatisticsResult {
  try {
    return localStatisticsOf(job);
  } catch (error) {
    const none = new Float64Array(0);
    return {
      from: job.from,
      ii: none,
      expectation: none,
      variance: none,
      z: none,
      p: none,
      quadrant: new Int8Array(0),
      pSim: null,
      pFolded: null,
      gStar: none,
      error: (error as Error).message,
    };
  }
}

/** @private */
function localStatisticsOf(job: LocalStatisticsJob): LocalStatisticsResult {
  const values = Array.from(job.values);
  const neighbours = fromRows(job.offsets, job.neighbours);
  // Row-standardised once for every statistic of the job (each would otherwise standardise and
  // check the 5,957 rows again): the same weights 1/k_i they compute.
  const graph = rowStandardise(neighbours);
  const { from, to } = job;
  const length = to - from;
  // First, as the resolver did before the local statistics: its checks name what is wrong.
  const moran = job.moran ? moranGlobal(values, graph) : undefined;
  const column = (pick: (i: number) => number | null) => {
    const out = new Float64Array(length);
    for (let r = 0; r < length; r++) out[r] = pick(from + r) ?? Number.NaN;
    return out;
  };
  const local = localMoran(values, graph);
  const gStar = localGStar(values, neighbours);
  const permuted =
    job.permutations > 0
      ? localMoranPermutationColumns(values, graph, {
          permutations: job.permutations,
          seed: job.seed,
          from,
          to,
          local,
        })
      : null;
  const quadrant = new Int8Array(length);
  for (let r = 0; r < length; r++) {
    const q = local[from + r]?.quadrant ?? null;
    quadrant[r] = q === null ? -1 : lisaQuadrants.indexOf(q);
  }
  return {
    from,
    ii: column((i) => local[i]?.ii ?? null),
    expectation: column((i) => local[i]?.expectation ?? null),
    variance: column((i) => local[i]?.variance ?? null),
    z: column((i) => local[i]?.z ?? null),
    p: column((i) => local[i]?.p ?? null),
    quadrant,
    pSim: permuted?.pSim ?? null,
    pFolded: permuted?.pFolded ?? null,
    gStar: column((i) => gStar[i] ?? null),
    ...(moran ? { moran } : {}),
  };
}

/** Neighbour lists as compressed rows (what a job carries): offsets (n + 1) and indices. */
export function toRows(neighbours: number[][]): { offsets: Int32Array; neighbours: Int32Array } {
  const offsets = new Int32Array(neighbours.length + 1);
  for (let i = 0; i < neighbours.length; i++) {
    offsets[i + 1] = (offsets[i] as number) + (neighbours[i]?.length ?? 0);
  }
  const flat = new Int32Array(offsets[neighbours.length] as number);
  neighbours.forEach((row, i) => {
    flat.set(row, offsets[i]);
  });
  return { offsets, neighbours: flat };
}

/** @private The lists of {@link toRows}' compressed rows. */
function fromRows(offsets: Int32Array, flat: Int32Array): number[][] {
  const rows: number[][] = [];
  for (let i = 0; i + 1 < offsets.length; i++) {
    rows.push(Array.from(flat.subarray(offsets[i], offsets[i + 1])));
  }
  return rows;
}

/** The buffers of a result's typed arrays, to transfer it from a worker without copying. */
export function transferables(result: unknown): ArrayBuffer[] {
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return [];
  const buffers = new Set<ArrayBuffer>();
  for (const value of Object.values(result)) {
    if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) buffers.add(value.buffer);
  }
  return [...buffers];
}
