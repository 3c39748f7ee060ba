import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearWeightsCache } from '../../src/modules/analytics/analytics.weights.ts';
import { closeStatsPool } from '../../src/workers/statsPool.ts';
import { type GraphQLBody, startTestHttp, type TestHttp } from '../helpers/httpServer.ts';
import { testDatabase } from '../helpers/testDatabase.ts';

// Issue 12, class 1 (CPU): statistics are priced, run off the event loop in a worker pool with a
// per-request budget, and the server keeps answering /healthz while they run.

let http: TestHttp;

const lisa = (permutations: number, alias = 'a') =>
  `${alias}: spatialAutocorrelation(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023", permutations: ${permutations}) { moran { i } regions { kode pseudoPFolded significant } }`;

const json = async (response: Response) => (await response.json()) as GraphQLBody;

beforeAll(async () => {
  await testDatabase();
  // A fresh pool sized by this configuration: one worker, two waiting jobs.
  await closeStatsPool();
  http = await startTestHttp({
    config: (c) => ({
      ...c,
      limits: { ...c.limits, ratePerMinute: 0, statsWorkers: 1, statsQueue: 2 },
    }),
  });
});

afterAll(async () => {
  await http.close();
  await closeStatsPool();
});

describe('CPU priced within the limits', () => {
  it('refuses 25 aliases of 9999 permutations before any work (complexity ∝ permutations × n)', async () => {
    const query = `{ ${Array.from({ length: 25 }, (_, i) => lisa(9999, `a${i}`)).join(' ')} }`;
    const started = performance.now();
    const response = await http.post({ query });
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      kind: 'complexity',
      limit: 20_000,
    });
    // 25 × (50 + ⌈9999 × 300 / 2000⌉ + 1 for moran + 1 for the regions list) = 38,800.
    expect(body.errors?.[0]?.extensions?.value).toBe(38_800);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses fewer than 99 permutations with a coded error', async () => {
    const body = await json(await http.post({ query: `{ ${lisa(2)} }` }));
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'permutations',
      value: 2,
    });
    expect(body.errors?.[0]?.message).toMatch(/from 99 to 9999/);
  });
});

describe('statistics off the event loop', () => {
  it('answers /healthz within 100 ms while LISA requests run', async () => {
    // Warm-up: the neighbour graph of the universe is computed once and cached (a worker job).
    expect((await json(await http.post({ query: `{ ${lisa(99)} }` }))).errors).toBeUndefined();
    const heavy = Array.from({ length: 3 }, () => http.post({ query: `{ ${lisa(9999)} }` }));
    let settled = false;
    const all = Promise.all(heavy).finally(() => {
      settled = true;
    });
    // Let the heavy requests reach the workers, then probe while they compute (the three take
    // well under a second since the permutation loop got faster: probe early and often).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const timings: number[] = [];
    for (let i = 0; i < 20 && !settled; i += 1) {
      const started = performance.now();
      const response = await fetch(`${http.url}/healthz`);
      expect(response.status).toBe(200);
      await response.json();
      timings.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const responses = await all;
    expect(timings.length).toBeGreaterThan(2);
    // The median is the claim; the maximum is looser because the test machine's cores are shared
    // (with LISA on the event loop every probe waited for a whole computation, seconds).
    const sorted = [...timings].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
    expect(sorted[sorted.length - 1]).toBeLessThan(500);
    const bodies = await Promise.all(responses.map(json));
    // One runs, two wait; every one completes with data, none is an internal error.
    for (const body of bodies) {
      expect(body.errors).toBeUndefined();
      expect((body.data as { a: { regions: unknown[] } }).a.regions.length).toBeGreaterThan(100);
    }
  });

  it('answers /healthz within 100 ms while the first requests compute the neighbour graphs (cold weights cache)', async () => {
    clearWeightsCache();
    const neighbours = (weights: string) =>
      `{ regions(level: DESA, parentKode: "32.16", first: 200) { nodes { kode neighbors(weights: ${weights}) { kode } } } }`;
    // The LISA request computes the QUEEN graph and then its permutations, so the probes also
    // see the cold phase followed by the computation the test above measures warm.
    const cold = [
      http.post({ query: `{ ${lisa(9999)} }` }),
      http.post({ query: neighbours('ROOK') }),
    ];
    let settled = false;
    const all = Promise.all(cold).finally(() => {
      settled = true;
    });
    const timings: number[] = [];
    for (let i = 0; i < 20 && !settled; i += 1) {
      const started = performance.now();
      const response = await fetch(`${http.url}/healthz`);
      expect(response.status).toBe(200);
      await response.json();
      timings.push(performance.now() - started);
      // Probe often: the split LISA and the graphs now finish in a few hundred milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const responses = await all;
    if (process.env.PRINT_HEALTHZ) console.log('cold healthz ms', timings.map(Math.round));
    expect(timings.length).toBeGreaterThan(2);
    // Same claim as above: the median within 100 ms, the maximum looser on shared cores.
    const sorted = [...timings].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100);
    expect(sorted[sorted.length - 1]).toBeLessThan(500);
    const bodies = await Promise.all(responses.map(json));
    for (const body of bodies) expect(body.errors).toBeUndefined();
    // At most three jobs at once (two graphs, one LISA): one runs, two wait, none is refused.
    // The ROOK graph comes back whole from the worker (its values: the PostGIS comparison in
    // test/modules/analytics.test.ts): symmetric over the 187 desa.
    type Nodes = { regions: { nodes: { kode: string; neighbors: { kode: string }[] }[] } };
    const rook = (bodies[1]?.data as Nodes | undefined)?.regions.nodes ?? [];
    expect(rook.length).toBe(187);
    const pairs = new Set(rook.flatMap((n) => n.neighbors.map((m) => `${n.kode}|${m.kode}`)));
    expect(pairs.size).toBeGreaterThan(187);
    for (const pair of pairs) expect(pairs.has(pair.split('|').reverse().join('|'))).toBe(true);
  });

  it('refuses a job when the queue is full (STATS_BUSY), not by piling up', async () => {
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => http.post({ query: `{ ${lisa(9999)} }` })),
    );
    const codes = (await Promise.all(responses.map(json))).map(
      (body) => body.errors?.[0]?.extensions?.code ?? 'OK',
    );
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThanOrEqual(3);
    expect(codes.every((c) => c === 'OK' || c === 'STATS_BUSY')).toBe(true);
    expect(codes).toContain('STATS_BUSY');
  });

  it('stops a request over its CPU budget with STATS_BUDGET_EXCEEDED', async () => {
    const tight = await startTestHttp({
      config: (c) => ({ ...c, limits: { ...c.limits, ratePerMinute: 0, statsBudgetMs: 20 } }),
    });
    try {
      const body = await json(
        await tight.post({ query: `{ ${lisa(9999, 'a')} ${lisa(9999, 'b')} }` }),
      );
      const codes = (body.errors ?? []).map((e) => e.extensions?.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.every((c) => c === 'STATS_BUDGET_EXCEEDED')).toBe(true);
      expect(body.errors?.[0]?.extensions?.limit).toBe(20);
    } finally {
      await tight.close();
    }
    // The pool is fine afterwards (the stopped worker was replaced): a cheap LISA answers.
    const after = await json(await http.post({ query: `{ ${lisa(99)} }` }));
    expect(after.errors).toBeUndefined();
  });
});

describe('significance as GeoDa and PySAL (issue 14)', () => {
  it("flags clusters in the README's LISA example on the demo data; the FDR flags are a subset", async () => {
    const body = await json(
      await http.post({
        query:
          '{ spatialAutocorrelation(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023", weights: QUEEN, permutations: 999, seed: 7) { moran { i z } regions { kode pseudoPFolded significant significantFdr } } }',
      }),
    );
    expect(body.errors).toBeUndefined();
    const sa = (
      body.data as {
        spatialAutocorrelation: {
          moran: { i: number; z: number };
          regions: {
            pseudoPFolded: number | null;
            significant: boolean | null;
            significantFdr: boolean | null;
          }[];
        };
      }
    ).spatialAutocorrelation;
    expect(sa.moran.i).toBeGreaterThan(0.2);
    const tested = sa.regions.filter((r) => r.pseudoPFolded !== null);
    // significant ⇔ folded pseudo-p ≤ 0.05, unadjusted.
    for (const r of tested) expect(r.significant).toBe((r.pseudoPFolded as number) <= 0.05);
    expect(tested.filter((r) => r.significant).length).toBeGreaterThan(5);
    // Every FDR-significant region is significant unadjusted.
    for (const r of tested) if (r.significantFdr) expect(r.significant).toBe(true);
  });
});
