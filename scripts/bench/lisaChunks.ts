/**
 * LISA split across the statistics workers, in process, on a real universe (default: the 5,957
 * desa of Jawa Barat in petagizi_bench_jabar, `npm run bench:data -- --scale jabar`):
 *
 * 1. the same numbers: the columns of `localStatistics` with pools of 1, 2, 3 … workers are
 *    compared bit for bit with each other and with the library functions run unsplit in this
 *    thread (localMoran, localMoranPermutation, localGStar);
 * 2. the time: wall milliseconds of `localStatistics` per pool size (p50, min, max), the ratio
 *    to one worker in the same run, and the longest event-loop delay seen meanwhile (what the
 *    main thread still does: build the jobs, receive the transferred columns, merge them).
 *
 *   npx tsx scripts/bench/lisaChunks.ts [--database-url URL] [--parent 32] [--workers 1,2,3]
 *                                       [--repeats 7] [--permutations 999] [--seed 42]
 *
 * Reads only (the weights are computed in a worker from the stored boundaries).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createContext } from '../../src/context.ts';
import { closeConnection, openConnection, useConnection } from '../../src/db/client.ts';
import { loadUniverse } from '../../src/modules/analytics/analytics.universe.ts';
import { regionValues, subgraph } from '../../src/modules/analytics/analytics.values.ts';
import { universeWeights } from '../../src/modules/analytics/analytics.weights.ts';
import { localGStar } from '../../src/stats/localGStar.ts';
import { localMoran } from '../../src/stats/localMoran.ts';
import { localMoranPermutation } from '../../src/stats/localMoranPermutation.ts';
import { lisaQuadrants } from '../../src/stats/types.ts';
import { localStatistics } from '../../src/workers/localStatistics.ts';
import type { LocalStatisticsResult } from '../../src/workers/statsJobs.ts';
import { closeStatsPool, createStatsPool } from '../../src/workers/statsPool.ts';
import { percentile } from '../load/report.ts';
import { assertLocalUrl, intArg, runScript } from '../load/server.ts';
import { withDatabase } from './dataset.ts';

async function main(): Promise<number> {
  const { values: argv } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      parent: { type: 'string' },
      workers: { type: 'string' },
      repeats: { type: 'string' },
      permutations: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const server = argv['database-url'] || process.env.DATABASE_URL;
  if (!server) throw new Error('DATABASE_URL or --database-url is required');
  assertLocalUrl(server, 'database URL');
  const url = argv['database-url'] ?? withDatabase(server, 'petagizi_bench_jabar');
  const parent = argv.parent ?? '32';
  const sizes = (argv.workers ?? '1,2,3').split(',').map((w) => intArg(w, 'workers', 1, 64));
  const repeats = intArg(argv.repeats, 'repeats', 7, 1000);
  const permutations = intArg(argv.permutations, 'permutations', 999, 9999);
  const seed = intArg(argv.seed, 'seed', 42, 2_147_483_647);

  useConnection(openConnection({ databaseUrl: url, pgliteDir: 'memory://' }));
  const ctx = createContext({
    requestId: 'lisa-chunks',
    viewer: { role: 'ANALYST', scope: [], subject: 'bench' } as never,
  });
  const universe = await loadUniverse(ctx, 'DESA', parent);
  const rows = await regionValues(ctx, universe.kodes, 'STUNTING', '2023');
  const t0 = performance.now();
  const neighbours = await universeWeights(ctx, universe, 'QUEEN', null);
  console.log(`weights (QUEEN, in a worker): ${(performance.now() - t0).toFixed(0)} ms`);
  await closeStatsPool();
  const used = rows.flatMap((row, i) => (row.value === null ? [] : [i]));
  const x = used.map((i) => rows[i]?.value as number);
  const graph = subgraph(neighbours, used);
  const links = graph.reduce((sum, row) => sum + row.length, 0);
  console.log(
    `${parent}: ${x.length} desa with data, ${links} neighbour links; ${permutations} permutations, seed ${seed}`,
  );

  // The unsplit reference, computed here by the library functions.
  const t1 = performance.now();
  const local = localMoran(x, { neighbours: graph });
  const permuted = localMoranPermutation(x, { neighbours: graph }, { permutations, seed });
  const gStar = localGStar(x, graph);
  console.log(`library, unsplit, this thread: ${(performance.now() - t1).toFixed(0)} ms\n`);

  const budget = () => ({ remainingMs: 600_000, limitMs: 600_000 });
  const timings: { workers: number; ms: number[]; delayMax: number }[] = [];
  let failures = 0;
  for (const workers of sizes) {
    const pool = createStatsPool({ workers, queue: 8 });
    const ms: number[] = [];
    const delay = monitorEventLoopDelay({ resolution: 5 });
    let result: LocalStatisticsResult | undefined;
    for (let i = 0; i < repeats + 1; i++) {
      if (i === 1) delay.enable();
      const started = performance.now();
      result = await localStatistics(pool, x, graph, { permutations, seed }, budget());
      if (i > 0) ms.push(performance.now() - started);
    }
    delay.disable();
    await pool.close();
    timings.push({ workers, ms: ms.sort((a, b) => a - b), delayMax: delay.max / 1e6 });
    const differ = compare(result as LocalStatisticsResult, { local, permuted, gStar });
    failures += differ;
    console.log(
      `${workers} worker(s): ${differ === 0 ? 'identical to the unsplit library numbers' : `${differ} numbers DIFFER`}`,
    );
  }

  const base = percentile(timings[0]?.ms ?? [], 50);
  console.log('\nworkers  p50 ms  min ms  max ms  ×(p50 / first)  event-loop delay max ms');
  for (const t of timings) {
    const p50 = percentile(t.ms, 50);
    console.log(
      `${String(t.workers).padStart(7)}  ${p50.toFixed(0).padStart(6)}  ${(t.ms[0] ?? 0).toFixed(0).padStart(6)}  ${(t.ms.at(-1) ?? 0).toFixed(0).padStart(6)}  ${(p50 / base).toFixed(2).padStart(14)}  ${t.delayMax.toFixed(1).padStart(23)}`,
    );
  }
  await closeConnection();
  return failures === 0 ? 0 : 1;
}

/** Numbers of the columns that are not bit for bit those of the library functions. @private */
function compare(
  result: LocalStatisticsResult,
  reference: {
    local: ReturnType<typeof localMoran>;
    permuted: ReturnType<typeof localMoranPermutation>;
    gStar: (number | null)[];
  },
): number {
  let differ = 0;
  const same = (a: number | null | undefined, b: number | undefined) =>
    a === null || a === undefined ? Number.isNaN(b) : Object.is(a, b);
  reference.local.forEach((region, i) => {
    const permuted = reference.permuted[i];
    const checks: [number | null | undefined, number | undefined][] = [
      [region.ii, result.ii[i]],
      [region.expectation, result.expectation[i]],
      [region.variance, result.variance[i]],
      [region.z, result.z[i]],
      [region.p, result.p[i]],
      [permuted?.pSim, result.pSim?.[i]],
      [permuted?.pFolded, result.pFolded?.[i]],
      [reference.gStar[i], result.gStar[i]],
    ];
    for (const [a, b] of checks) if (!same(a, b)) differ++;
    if ((lisaQuadrants[result.quadrant[i] ?? -1] ?? null) !== region.quadrant) differ++;
  });
  return differ;
}

runScript(main);
