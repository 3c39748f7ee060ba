/**
 * Times spatialAutocorrelation with 999 permutations over the 187 desa of Kabupaten Bekasi, in
 * process: (1) through GraphQL (Apollo executeOperation) when the schema has the field, (2) the
 * resolver's work alone (computeSpatialAutocorrelation: statements, weights, statistics) and
 * (3) the pure statistics alone (Moran, LISA + 999 conditional permutations, Gi*, BH) on the same
 * values and neighbour lists. Prints the median of several runs; the first run, which computes
 * and caches the weights, is reported apart.
 *
 *   npx tsx scripts/bench-lisa.ts [runs=15]
 *
 * Uses a throw-away embedded database seeded with the demo data unless DATABASE_URL is set.
 */
import { performance } from 'node:perf_hooks';
import { createContext } from '../src/context.ts';
import { closeConnection, openConnection } from '../src/db/client.ts';
import { computeSpatialAutocorrelation } from '../src/modules/analytics/analytics.autocorrelation.ts';
import { loadUniverse } from '../src/modules/analytics/analytics.universe.ts';
import { regionValues, subgraph } from '../src/modules/analytics/analytics.values.ts';
import { universeWeights } from '../src/modules/analytics/analytics.weights.ts';
import { prepareDatabase } from '../src/startup.ts';
import { benjaminiHochberg } from '../src/stats/benjaminiHochberg.ts';
import { localGStar } from '../src/stats/localGStar.ts';
import { localMoranPermutation } from '../src/stats/localMoranPermutation.ts';
import { moranGlobal } from '../src/stats/moranGlobal.ts';

const runs = Number(process.argv[2] ?? 15);
const analyst = { role: 'ANALYST', scope: [], subject: 'bench' } as const;
const args = {
  level: 'DESA',
  parentKode: '32.16',
  indicator: 'STUNTING',
  period: '2023',
  weights: 'QUEEN',
  permutations: 999,
  seed: 42,
  alpha: 0.05,
  smoothing: 'NONE',
} as const;

const query = `query Bench {
  spatialAutocorrelation(level: DESA, parentKode: "32.16", indicator: "STUNTING", period: "2023",
                         permutations: 999, seed: 42) {
    moran { i z p }
    regions { kode localI pseudoP quadrant significant giStarZ }
  }
}`;

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

async function series(
  fn: () => Promise<unknown> | unknown,
): Promise<{ median: number; all: number[] }> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) all.push(await time(fn));
  const sorted = [...all].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, all };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  const conn = openConnection({ databaseUrl: process.env.DATABASE_URL, pgliteDir: 'memory://' });
  await prepareDatabase(conn, { seed: true });
  console.log(`database: ${conn.description}`);

  const context = () => createContext({ requestId: 'bench', viewer: analyst });
  const cold = await time(() => computeSpatialAutocorrelation(context(), args));
  console.log(`resolver, first run (weights computed and cached): ${ms(cold)}`);
  const resolver = await series(() => computeSpatialAutocorrelation(context(), args));
  console.log(
    `resolver (statements + cached weights + statistics), median of ${runs}: ${ms(resolver.median)}`,
  );

  const { schema } = await import('../src/schema.ts');
  if (schema.getQueryType()?.getFields().spatialAutocorrelation) {
    const { createServer } = await import('../src/server.ts');
    const server = createServer();
    const run = async () => {
      const response = await server.executeOperation({ query }, { contextValue: context() });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`query failed: ${JSON.stringify(response.body)}`);
      }
    };
    await run();
    const graphql = await series(run);
    console.log(
      `GraphQL spatialAutocorrelation (999 permutations, 187 desa), median of ${runs}: ${ms(graphql.median)}`,
    );
  } else {
    console.log('GraphQL: skipped (the schema does not import the analytics module yet)');
  }

  // The same values and neighbour lists the resolver uses, then the statistics alone.
  const ctx = context();
  const universe = await loadUniverse(ctx, 'DESA', '32.16');
  const values = await regionValues(ctx, universe.kodes, 'STUNTING', '2023');
  const neighbours = await universeWeights(ctx, universe, 'QUEEN', null);
  const used = values.flatMap((v, i) => (v.value === null ? [] : [i]));
  const x = used.map((i) => values[i]?.value as number);
  const nb = subgraph(neighbours, used);
  const pure = await series(() => {
    moranGlobal(x, { neighbours: nb });
    const local = localMoranPermutation(x, { neighbours: nb }, { permutations: 999, seed: 42 });
    localGStar(x, nb);
    benjaminiHochberg(local.map((r) => r.pSim));
  });
  console.log(
    `pure statistics on ${x.length} desa with data, median of ${runs}: ${ms(pure.median)}`,
  );
  await closeConnection();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
