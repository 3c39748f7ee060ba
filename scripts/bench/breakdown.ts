/**
 * Where the CPU of an uncached request goes: runs variants of the choropleth and region-detail
 * queries in process (Apollo's executeOperation and the response serialiser, no HTTP, the answer
 * cache off), one at a time, and prints wall and CPU milliseconds per request and each variant's
 * CPU over the bare listing's, measured in the same run. Fields are added one at a time, so the
 * differences are what each field costs.
 *
 *   DATABASE_URL=postgresql://…/petagizi_bench_bekasi NODE_ENV=production \
 *     npx tsx scripts/bench/breakdown.ts [--repeats 200] [--kabupaten 32.16] [--only NAME]
 *
 * `--only` keeps the variants whose name contains NAME (the baseline is always measured).
 */
import { parseArgs } from 'node:util';
import { config, useConfig } from '../../src/config.ts';
import { createContext } from '../../src/context.ts';
import { db, openConnection } from '../../src/db/client.ts';
import { stringifyResponse } from '../../src/scalars/rawJson.ts';
import { createServer } from '../../src/server.ts';
import { prepareDatabase } from '../../src/startup.ts';
import { intArg, runScript } from '../load/server.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      repeats: { type: 'string' },
      kabupaten: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const repeats = intArg(values.repeats, 'repeats', 200, 10_000);
  const kabupaten = values.kabupaten ?? '32.16';
  const base = config();
  useConfig({ ...base, cache: { ...base.cache, responseBytes: 0 } });
  const conn = openConnection(config());
  try {
    await prepareDatabase(conn, { seed: false });
    const desa = await db.region.findFirst({
      where: { level: 'DESA', kode: { startsWith: `${kabupaten}.` } },
      orderBy: { kode: 'asc' },
      select: { kode: true },
    });
    if (!desa) throw new Error(`no desa below ${kabupaten}: load a dataset (npm run bench:data)`);
    const page = (fields: string) =>
      `{ regions(level: DESA, parentKode: "${kabupaten}", first: 500) { totalCount nodes { ${fields} } } }`;
    const geometry = 'geometry(simplifyMeters: 50, precision: 5)';
    const indicator = 'indicator(code: "STUNTING", period: "2023") { value }';
    const detail = (fields: string) => `{ region(kode: "${desa.kode}") { ${fields} } }`;
    const all: [string, string][] = [
      ['listing: kode nama (baseline)', page('kode nama')],
      ['no data: { __typename }', '{ __typename }'],
      ['listing + geometry', page(`kode nama ${geometry}`)],
      ['listing + indicator', page(`kode nama ${indicator}`)],
      ['choropleth (listing + both)', page(`kode nama ${geometry} ${indicator}`)],
      ['detail: kode nama parent', detail('kode nama parent { kode nama }')],
      [
        'detail + area centroid geometry',
        detail('kode nama parent { kode nama } areaKm2 centroid geometry(simplifyMeters: 20)'),
      ],
      [
        'detail + indicator (bench query)',
        detail(
          'kode nama level areaKm2 centroid geometry(simplifyMeters: 20) parent { kode nama } indicator(code: "STUNTING", period: "2023") { value numerator denominator }',
        ),
      ],
    ];
    const variants = all.filter(
      ([name], index) => index === 0 || !values.only || name.includes(values.only),
    );
    const server = createServer(config());
    await server.start();
    const viewer = { role: 'ANALYST' as const, scope: [], subject: 'bench-breakdown' };
    const run = async (query: string) => {
      const response = await server.executeOperation(
        { query },
        { contextValue: createContext({ viewer }) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      if (response.body.singleResult.errors) {
        throw new Error(JSON.stringify(response.body.singleResult.errors));
      }
      return stringifyResponse(response.body.singleResult).length;
    };
    console.log(
      `${repeats} requests per variant, one at a time, kabupaten ${kabupaten}, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`,
    );
    // Warm every variant first, so the first one measured does not pay for the JIT.
    for (let i = 0; i < 50; i += 1) for (const [, query] of variants) await run(query);
    let baseline: number | undefined;
    for (const [name, query] of variants) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      let bytes = 0;
      for (let i = 0; i < repeats; i += 1) bytes = await run(query);
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000 / repeats;
      baseline ??= cpuMs;
      console.log(
        `${name.padEnd(34)} wall ${((performance.now() - t0) / repeats).toFixed(2).padStart(6)} ms` +
          `  cpu ${cpuMs.toFixed(2).padStart(6)} ms  ×${(cpuMs / baseline).toFixed(2)} baseline` +
          `  ${(bytes / 1024).toFixed(1)} KB`,
      );
    }
    await server.stop();
  } finally {
    await conn.close();
  }
  return 0;
}

runScript(main);
