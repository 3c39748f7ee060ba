import { centerOfMass } from '@turf/center-of-mass';
import type { MultiPolygon, Position } from 'geojson';
import { contiguityNeighbours } from '../geo/contiguityNeighbours.ts';
import { knnNeighbours } from '../geo/knnNeighbours.ts';
import { localGStar } from '../stats/localGStar.ts';
import { localMoran } from '../stats/localMoran.ts';
import { localMoranPermutation } from '../stats/localMoranPermutation.ts';
import type { LocalMoranPermutationRegion, LocalMoranRegion } from '../stats/types.ts';

/** Local statistics of one LISA request: what runs in a worker thread. */
export interface LocalStatisticsJob {
  kind: 'localStatistics';
  values: number[];
  neighbours: number[][];
  permutations: number;
  seed: number;
}

export interface LocalStatisticsResult {
  local: LocalMoranRegion[];
  permuted: LocalMoranPermutationRegion[] | null;
  gStar: (number | null)[];
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
  const graph = { neighbours: job.neighbours };
  return {
    local: localMoran(job.values, graph),
    permuted:
      job.permutations > 0
        ? localMoranPermutation(job.values, graph, {
            permutations: job.permutations,
            seed: job.seed,
          })
        : null,
    gStar: localGStar(job.values, job.neighbours),
  };
}
