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

export type StatsJob = LocalStatisticsJob;

/**
 * Runs one job. The same function runs in a worker (src/workers/statsWorker.ts) and, with
 * `STATS_WORKERS=0`, in the calling thread.
 */
export function runStatsJob(job: StatsJob): LocalStatisticsResult {
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
