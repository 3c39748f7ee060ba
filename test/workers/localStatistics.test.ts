import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/random/mulberry32.ts';
import { localGStar } from '../../src/stats/localGStar.ts';
import { localMoran } from '../../src/stats/localMoran.ts';
import { localMoranPermutation } from '../../src/stats/localMoranPermutation.ts';
import { lisaQuadrants } from '../../src/stats/types.ts';
import { chunkRanges, localStatistics } from '../../src/workers/localStatistics.ts';
import type { LocalStatisticsResult } from '../../src/workers/statsJobs.ts';
import { createStatsPool, type StatsPool } from '../../src/workers/statsPool.ts';

// A LISA split across the statistics workers gives the numbers of one unsplit pass (the seeded
// answer is part of the API), and its chunks share the request's CPU budget.

const pools: StatsPool[] = [];
const pool = (workers: number, queue = 8, idleMs = 0) => {
  const created = createStatsPool({ workers, queue, idleMs });
  pools.push(created);
  return created;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

const budget = (ms = 600_000) => ({ remainingMs: ms, limitMs: ms });

/** A random symmetric graph with some islands, and values with ties. */
function randomCase(seed: number, n: number, degree: number) {
  const next = mulberry32(seed);
  const values = Array.from({ length: n }, () =>
    next() < 0.1 ? 12.5 : Math.round(next() * 1000) / 10,
  );
  const sets = Array.from({ length: n }, () => new Set<number>());
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (next() < degree / n) {
        sets[i]?.add(j);
        sets[j]?.add(i);
      }
    }
  }
  return { values, graph: sets.map((s) => [...s].sort((a, b) => a - b)) };
}

/** The columns as the library's objects (NaN → null), to compare with toEqual. */
function asObjects(result: LocalStatisticsResult) {
  const orNull = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? null : v);
  return Array.from(result.ii, (ii, i) => ({
    ii: orNull(ii),
    expectation: orNull(result.expectation[i]),
    variance: orNull(result.variance[i]),
    z: orNull(result.z[i]),
    p: orNull(result.p[i]),
    quadrant: lisaQuadrants[result.quadrant[i] ?? -1] ?? null,
    pSim: orNull(result.pSim?.[i]),
    pFolded: orNull(result.pFolded?.[i]),
    gStar: orNull(result.gStar[i]),
  }));
}

function reference(values: number[], graph: number[][], permutations: number, seed: number) {
  const local = localMoran(values, { neighbours: graph });
  const permuted =
    permutations > 0
      ? localMoranPermutation(values, { neighbours: graph }, { permutations, seed })
      : null;
  const gStar = localGStar(values, graph);
  return local.map((region, i) => ({
    ...region,
    pSim: permuted?.[i]?.pSim ?? null,
    pFolded: permuted?.[i]?.pFolded ?? null,
    gStar: gStar[i] ?? null,
  }));
}

describe('localStatistics across workers', () => {
  it('gives the unsplit numbers bit for bit with 0 (this thread), 1, 2 and 3 workers', async () => {
    const sizes = [0, 1, 2, 3].map((workers) => pool(workers));
    for (let c = 0; c < 12; c++) {
      const { values, graph } = randomCase(1000 + c, 5 + c * 17, 1 + (c % 5));
      const permutations = c === 3 ? 0 : 99 + c * 37;
      const seed = c % 2 === 0 ? -2_147_483_648 + c * 7919 : c * 104_729;
      const expected = reference(values, graph, permutations, seed);
      for (const p of sizes) {
        // one draw per chunk at least: every case is cut in as many chunks as workers
        const result = await localStatistics(
          p,
          values,
          graph,
          { permutations, seed, minDrawsPerChunk: 1 },
          budget(),
        );
        // toEqual tells 0 from −0 and compares numbers exactly
        expect(asObjects(result), `case ${c}, ${p.size} workers`).toEqual(expected);
      }
    }
  });

  it('cuts contiguous ranges of about equal draws, at most one per worker', () => {
    const { graph } = randomCase(7, 400, 6);
    const ranges = chunkRanges(graph, 999, 3, 1);
    expect(ranges.length).toBe(3);
    expect(ranges[0]?.[0]).toBe(0);
    expect(ranges.at(-1)?.[1]).toBe(400);
    ranges.slice(1).forEach(([from], i) => {
      expect(from).toBe(ranges[i]?.[1]);
    });
    const total = graph.reduce((sum, row) => sum + row.length, 0);
    for (const [from, to] of ranges) {
      const draws = graph.slice(from, to).reduce((sum, row) => sum + row.length, 0);
      expect(Math.abs(draws - total / 3)).toBeLessThan(20);
    }
    // small work stays in one chunk; no permutations, one chunk
    expect(chunkRanges(graph, 99, 3)).toEqual([[0, 400]]);
    expect(chunkRanges(graph, 0, 3, 1)).toEqual([[0, 400]]);
  });

  it('stops all chunks when their summed time exhausts the budget, then works again', async () => {
    const two = pool(2);
    const small = randomCase(3, 30, 3);
    // warm both workers (their start is not the measured part)
    await localStatistics(
      two,
      small.values,
      small.graph,
      { permutations: 99, seed: 1, minDrawsPerChunk: 1 },
      budget(),
    );
    const { values, graph } = randomCase(5, 2000, 6);
    const limited = budget(1000);
    const started = performance.now();
    const error = await localStatistics(
      two,
      values,
      graph,
      { permutations: 9999, seed: 1, minDrawsPerChunk: 1 },
      limited,
    ).catch((e: unknown) => e);
    const elapsed = performance.now() - started;
    expect((error as { extensions?: { code?: string } }).extensions?.code).toBe(
      'STATS_BUDGET_EXCEEDED',
    );
    expect(limited.remainingMs).toBe(0);
    // two chunks side by side spend 1000 ms of worker time in about 500 ms of wall time (a
    // per-job limit would have let each run 1000 ms)
    expect(elapsed).toBeLessThan(900);
    const after = await localStatistics(
      two,
      small.values,
      small.graph,
      { permutations: 99, seed: 1, minDrawsPerChunk: 1 },
      budget(),
    );
    expect(asObjects(after)).toEqual(reference(small.values, small.graph, 99, 1));
  });

  it('stops idle workers and starts them again for the next job, with the same numbers', async () => {
    const idle = pool(2, 8, 300);
    expect(idle.running).toBe(0);
    const { values, graph } = randomCase(11, 300, 5);
    const options = { permutations: 499, seed: 4, minDrawsPerChunk: 1 };
    const expected = reference(values, graph, 499, 4);
    const first = await localStatistics(idle, values, graph, options, budget());
    expect(asObjects(first)).toEqual(expected);
    expect(idle.running).toBe(2);
    const quiet = performance.now();
    while (idle.running > 0 && performance.now() - quiet < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(idle.running).toBe(0);
    const again = await localStatistics(idle, values, graph, options, budget());
    expect(asObjects(again)).toEqual(expected);
    expect(idle.running).toBe(2);
  });

  it('admits or refuses the chunks of one request together (STATS_BUSY)', async () => {
    const one = pool(1, 0);
    const { values, graph } = randomCase(9, 600, 6);
    const options = { permutations: 2999, seed: 2, minDrawsPerChunk: 1 };
    const first = localStatistics(one, values, graph, options, budget());
    const second = await localStatistics(one, values, graph, options, budget()).catch(
      (e: unknown) => e,
    );
    expect((second as { extensions?: { code?: string } }).extensions?.code).toBe('STATS_BUSY');
    expect(asObjects(await first)).toEqual(reference(values, graph, 2999, 2));
  });
});
