import { type LocalStatisticsJob, type LocalStatisticsResult, toRows } from './statsJobs.ts';
import type { StatsBudget, StatsPool } from './statsPool.ts';

/**
 * Draws below which a LISA is not split (about 10 ms of one core): a chunk costs a message each
 * way and its own pass over the analytic statistics.
 */
const minDrawsPerChunk = 1_000_000;

/**
 * Local Moran's I, its conditional-permutation pseudo-p and Gi* of every region, computed in the
 * statistics workers: the regions are cut into as many contiguous chunks as the pool has workers
 * (chunks of about equal draws, Σ k_i over their regions), each chunk continuing the one
 * Mulberry32 stream where the chunks before it leave it, so the numbers are those of one
 * unsplit pass for the same seed (test/workers/localStatistics.test.ts). The first chunk also
 * computes global Moran's I. The chunks share the request's CPU budget.
 *
 * @returns one column per statistic over all regions (NaN for null) and Moran's I
 * @throws LocalStatisticsError when the values or the graph do not allow them (Moran's reason
 *   first: fewer than 4 regions with neighbours, all values equal …)
 */
export async function localStatistics(
  pool: StatsPool,
  values: number[],
  graph: number[][],
  options: { permutations: number; seed: number; minDrawsPerChunk?: number },
  budget: StatsBudget,
): Promise<LocalStatisticsResult> {
  const n = values.length;
  const rows = toRows(graph);
  const ranges = chunkRanges(
    graph,
    options.permutations,
    pool.size,
    options.minDrawsPerChunk ?? minDrawsPerChunk,
  );
  const base = {
    kind: 'localStatistics' as const,
    values: Float64Array.from(values),
    offsets: rows.offsets,
    neighbours: rows.neighbours,
    permutations: options.permutations,
    seed: options.seed,
  };
  const jobs: LocalStatisticsJob[] = ranges.map(([from, to]) => ({
    ...base,
    from,
    to,
    moran: from === 0,
  }));
  const parts = await pool.runAll(jobs, budget);
  // Moran's reason first (the first chunk computes it before its local statistics), then any.
  const failed = parts.find((part) => part.error !== undefined);
  if (failed) throw new LocalStatisticsError(failed.error as string);
  if (parts.length === 1) return parts[0] as LocalStatisticsResult;
  const whole: LocalStatisticsResult = {
    from: 0,
    ...(parts[0]?.moran ? { moran: parts[0].moran } : {}),
    ii: new Float64Array(n),
    expectation: new Float64Array(n),
    variance: new Float64Array(n),
    z: new Float64Array(n),
    p: new Float64Array(n),
    quadrant: new Int8Array(n),
    pSim: options.permutations > 0 ? new Float64Array(n) : null,
    pFolded: options.permutations > 0 ? new Float64Array(n) : null,
    gStar: new Float64Array(n),
  };
  for (const part of parts) {
    for (const key of ['ii', 'expectation', 'variance', 'z', 'p', 'gStar'] as const) {
      whole[key].set(part[key], part.from);
    }
    whole.quadrant.set(part.quadrant, part.from);
    if (part.pSim) whole.pSim?.set(part.pSim, part.from);
    if (part.pFolded) whole.pFolded?.set(part.pFolded, part.from);
  }
  return whole;
}

/** The values or the graph do not allow the statistics (the message says why). */
export class LocalStatisticsError extends Error {}

/**
 * Contiguous [from, to) ranges covering the regions, at most `workers` and one per
 * `minDraws` draws (at least one), cut where the running sum of neighbour counts (the draws of
 * the permutations) passes equal shares.
 * @private exported for tests
 */
export function chunkRanges(
  graph: number[][],
  permutations: number,
  workers: number,
  minDraws = minDrawsPerChunk,
): [number, number][] {
  const n = graph.length;
  const total = graph.reduce((sum, row) => sum + row.length, 0);
  const chunks = Math.max(1, Math.min(workers, Math.floor((total * permutations) / minDraws), n));
  if (chunks === 1) return [[0, n]];
  const ranges: [number, number][] = [];
  let from = 0;
  let seen = 0;
  for (let i = 0; i < n && ranges.length < chunks - 1; i++) {
    seen += graph[i]?.length ?? 0;
    if (seen >= (total * (ranges.length + 1)) / chunks) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  ranges.push([from, n]);
  return ranges;
}
