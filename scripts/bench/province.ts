/**
 * Province scale, uncached, one request at a time: the questions of a provincial dashboard over
 * Jawa Barat (`npm run bench:data -- --scale jabar`: 27 kabupaten/kota, 627 kecamatan, 5,957
 * desa), run through the real HTTP server as deployed (the bundle of `npm run build`,
 * NODE_ENV=production) with the answer cache off (RESPONSE_CACHE_MB=0).
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:province -- \
 *     [--database-url URL] [--repeats 20] [--lisa-repeats 10] [--writes] [--only lisa]
 *
 * Per operation it prints p50/p95 wall milliseconds and the size of the answer; for the
 * choropleth, the floor (floor.ts `choroplethField`: ONE SQL statement returning the same breaks,
 * values, classes and boundaries), the ratio of the two p50s and whether both answers agree; for
 * LISA, the latency of GET /healthz (p50/max) sampled every 10 ms while LISA runs. `--writes`
 * also measures the public choropleth as the first request after a data change: before each
 * request an UPDATE rewrites one desa value with itself (no number changes, but the data version
 * of STUNTING 2023 grows, as with any import), so the disclosure decisions are built again. It
 * writes to the database: use a copy of your own, not a shared one.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { percentile } from '../load/report.ts';
import {
  assertLocalUrl,
  buildServer,
  intArg,
  postGraphql,
  runScript,
  signToken,
  sleep,
} from '../load/server.ts';
import { countRows, databaseName, ensureDatabase, loadScale, withDatabase } from './dataset.ts';
import { startTarget, type Target } from './targets.ts';

const usage = `Province-scale uncached bench (Jawa Barat, 5,957 desa) through the HTTP server.

  npm run bench:province -- [--database-url URL] [--repeats 20] [--lisa-repeats 10] [--writes]

  --database-url  the jabar dataset (loaded when empty); default petagizi_bench_jabar on
                  DATABASE_URL's server
  --repeats       measured requests per operation (after 3 unmeasured ones)
  --lisa-repeats  measured LISA requests
  --writes        also measure the public choropleth right after a data change (rewrites one
                  value with itself before each request: use your own copy of the dataset)
  --only          comma-separated parts to run: choropleth, lisa, kecamatan (default all)`;

const province = '32';
const jwtSecret = 'petagizi-bench-secret';
const indicator = 'STUNTING';
const period = '2023';

const queries = {
  choroplethValues: `query ProvinceChoroplethValues($kode: ID!) {
  choropleth(level: DESA, parentKode: $kode, indicator: "${indicator}", period: "${period}") {
    breaks classes { index lower upper count } regions { kode value classIndex }
  }
}`,
  choroplethField: `query ProvinceChoropleth($kode: ID!) {
  choropleth(level: DESA, parentKode: $kode, indicator: "${indicator}", period: "${period}") {
    breaks featureCollection(simplifyMeters: 50, precision: 5)
  }
}`,
  lisa: `query ProvinceLisa($kode: ID!) {
  spatialAutocorrelation(level: DESA, parentKode: $kode, indicator: "${indicator}",
                         period: "${period}", permutations: 999, seed: 42) {
    moran { i z p }
    regions { kode localI pseudoP quadrant significant giStarZ }
  }
}`,
  kecamatan: `query ProvinceKecamatan($kode: ID!, $after: String) {
  regions(level: KECAMATAN, parentKode: $kode, first: 500, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      kode nama geometry(simplifyMeters: 50, precision: 5)
      indicator(code: "${indicator}", period: "${period}") { value ciLow ciHigh }
    }
  }
}`,
};

interface Timing {
  ms: number[];
  bytes: number;
}

interface Row {
  name: string;
  timing: Timing;
  extra?: string;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      repeats: { type: 'string' },
      'lisa-repeats': { type: 'string' },
      writes: { type: 'boolean' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const repeats = intArg(values.repeats, 'repeats', 20, 1000);
  const lisaRepeats = intArg(values['lisa-repeats'], 'lisa-repeats', 10, 1000);
  const writes = values.writes === true;
  const parts = ['choropleth', 'lisa', 'kecamatan'];
  const only = values.only ? values.only.split(',').map((part) => part.trim()) : parts;
  const unknown = only.filter((part) => !parts.includes(part));
  if (unknown.length > 0) throw new Error(`--only: unknown part ${unknown.join(', ')}\n\n${usage}`);
  const server = values['database-url'] || process.env.DATABASE_URL;
  if (!server) throw new Error(`DATABASE_URL or --database-url is required\n\n${usage}`);
  assertLocalUrl(server, 'database URL');
  const url = values['database-url'] ?? withDatabase(server, 'petagizi_bench_jabar');
  await ensureDatabase(url);
  if (!(await countRows(url)).DESA) {
    console.log(`loading jabar into ${databaseName(url)} (empty database) …`);
    await loadScale(url, 'jabar');
  }
  const counts = await countRows(url);
  console.log(
    `database ${databaseName(url)}: ${counts.KABUPATEN ?? 0} kabupaten, ${counts.KECAMATAN ?? 0} kecamatan, ` +
      `${counts.DESA ?? 0} desa; ${counts.indicator_value ?? 0} values`,
  );

  buildServer();
  const token = await signToken(jwtSecret, 'ANALYST', 'bench-province');
  const ready = async (baseUrl: string) => {
    try {
      const reply = await postGraphql(baseUrl, token, '{ indicators { code } }', {}, 5_000);
      return reply.status === 200 && !reply.errors;
    } catch {
      return false;
    }
  };
  const app = await startTarget('uncached', url, { jwtSecret, ready });
  const floor = await startTarget('floor', url, {
    jwtSecret,
    ready: async (baseUrl) => {
      try {
        return (await fetch(`${baseUrl}/healthz`)).status === 200;
      } catch {
        return false;
      }
    },
  });
  console.log(
    `petagizi: bundle, NODE_ENV=production, RESPONSE_CACHE_MB=0; ${repeats} requests per ` +
      `operation one at a time after 3 unmeasured (LISA: ${lisaRepeats})\n`,
  );

  const rows: Row[] = [];
  const floorOp = (op: string, extra: Record<string, unknown> = {}): Request => ({
    path: `/op/${op}`,
    body: JSON.stringify({ kode: province, indicator, period, ...extra }),
  });

  let valuesAgree = 'not run';
  let fieldAgree = 'not run';
  if (only.includes('choropleth')) {
    // The goal: breaks, values and classes of the province's desa (no boundaries), against ONE
    // statement computing the same.
    const valuesQuery = graphql(queries.choroplethValues, { kode: province });
    const valuesPair = await pair(
      app,
      valuesQuery,
      token,
      floor,
      floorOp('choroplethValues'),
      repeats,
    );
    rows.push({ name: 'choropleth values · analyst', timing: valuesPair.app });
    rows.push({ name: 'floor: values, one statement', timing: valuesPair.floor });
    valuesAgree = compareChoropleths(valuesPair.appBody, valuesPair.floorBody);
    rows.push({
      name: 'choropleth values · public (decisions warm)',
      timing: await measure(app, valuesQuery, undefined, repeats),
    });
    if (writes) {
      rows.push({
        name: 'choropleth values · public, first after a write',
        timing: await afterWrites(url, app, valuesQuery, Math.min(repeats, 10)),
      });
    }

    // The same with every boundary as a FeatureCollection (the map's whole answer).
    const field = graphql(queries.choroplethField, { kode: province });
    const fieldPair = await pair(
      app,
      field,
      token,
      floor,
      floorOp('choroplethField', { simplifyMeters: 50 }),
      repeats,
    );
    rows.push({ name: 'choropleth + boundaries · analyst', timing: fieldPair.app });
    rows.push({ name: 'floor: + boundaries, one statement', timing: fieldPair.floor });
    fieldAgree = compareChoropleths(fieldPair.appBody, fieldPair.floorBody);
  }

  if (only.includes('lisa')) {
    // LISA, with /healthz sampled one request at a time while it runs.
    const lisa = graphql(queries.lisa, { kode: province });
    for (let i = 0; i < 2; i += 1) await timed(app, lisa, token);
    const lisaTiming: Timing = { ms: [], bytes: 0 };
    const health: number[] = [];
    for (let i = 0; i < lisaRepeats; i += 1) {
      let running = true;
      const sampler = (async () => {
        while (running) {
          const t0 = performance.now();
          const res = await fetch(`${app.baseUrl}/healthz`);
          await res.text();
          if (running) health.push(performance.now() - t0);
          await sleep(10);
        }
      })();
      const reply = await timed(app, lisa, token);
      running = false;
      await sampler;
      lisaTiming.ms.push(reply.ms);
      lisaTiming.bytes = reply.body.length;
    }
    const sortedHealth = [...health].sort((a, b) => a - b);
    rows.push({
      name: 'LISA 999 permutations, 5,957 desa · analyst',
      timing: lisaTiming,
      extra: `/healthz meanwhile: p50 ${fixed(percentile(sortedHealth, 50))} ms, max ${fixed(
        sortedHealth.at(-1) ?? Number.NaN,
      )} ms (${health.length} samples)`,
    });
  }

  if (only.includes('kecamatan')) {
    // 627 kecamatan with geometry and CI: two pages of at most 500.
    const kecamatan: Timing = { ms: [], bytes: 0 };
    for (let i = 0; i < repeats + 3; i += 1) {
      const t0 = performance.now();
      let after: string | null = null;
      let bytes = 0;
      for (;;) {
        const reply = await timed(
          app,
          graphql(queries.kecamatan, { kode: province, after }),
          token,
        );
        bytes += reply.body.length;
        const page = JSON.parse(reply.body) as {
          data?: { regions?: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
        };
        const info = page.data?.regions?.pageInfo;
        if (!info?.hasNextPage) break;
        after = info.endCursor;
      }
      if (i < 3) continue;
      kecamatan.ms.push(performance.now() - t0);
      kecamatan.bytes = bytes;
    }
    rows.push({ name: '627 kecamatan + geometry + CI · analyst (2 pages)', timing: kecamatan });
  }

  await app.stop();
  await floor.stop();
  report(rows, { values: valuesAgree, boundaries: fieldAgree });
  return 0;
}

/** Measured in turns (petagizi, floor, petagizi, …), so both see the same machine load. */
async function pair(
  app: Target,
  appRequest: Request,
  token: string,
  floor: Target,
  floorRequest: Request,
  repeats: number,
): Promise<{ app: Timing; floor: Timing; appBody: string; floorBody: string }> {
  const result = {
    app: { ms: [] as number[], bytes: 0 },
    floor: { ms: [] as number[], bytes: 0 },
    appBody: '',
    floorBody: '',
  };
  for (let i = 0; i < repeats + 3; i += 1) {
    const a = await timed(app, appRequest, token);
    const f = await timed(floor, floorRequest);
    result.appBody = a.body;
    result.floorBody = f.body;
    if (i < 3) continue;
    result.app.ms.push(a.ms);
    result.app.bytes = a.body.length;
    result.floor.ms.push(f.ms);
    result.floor.bytes = f.body.length;
  }
  return result;
}

/**
 * The public answer as the first request after a data change: before each request one desa value
 * of the indicator is rewritten with itself (its data version grows, nothing else changes).
 */
async function afterWrites(
  url: string,
  app: Target,
  request: Request,
  repeats: number,
): Promise<Timing> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const desa = (
      await client.query<{ kode: string }>(
        `SELECT region_kode AS kode FROM indicator_value
         WHERE indicator_code = $1 AND period = $2 AND region_kode LIKE $3 || '.%'
           AND length(region_kode) = 13 ORDER BY region_kode LIMIT 1`,
        [indicator, period, province],
      )
    ).rows[0]?.kode;
    if (!desa) throw new Error('no desa value to rewrite');
    const timing: Timing = { ms: [], bytes: 0 };
    for (let i = 0; i < repeats + 1; i += 1) {
      await client.query(
        `UPDATE indicator_value SET numerator = numerator
         WHERE region_kode = $1 AND indicator_code = $2 AND period = $3`,
        [desa, indicator, period],
      );
      const reply = await timed(app, request);
      if (i === 0) continue;
      timing.ms.push(reply.ms);
      timing.bytes = reply.body.length;
    }
    return timing;
  } finally {
    await client.end();
  }
}

interface Request {
  path: string;
  body: string;
}

function graphql(query: string, variables: Record<string, unknown>): Request {
  return { path: '/graphql', body: JSON.stringify({ query, variables }) };
}

/** One request; throws unless the answer is 200 without errors. */
async function timed(
  target: Target,
  request: Request,
  token?: string,
): Promise<{ ms: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(`${target.baseUrl}${request.path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: request.body,
    signal: AbortSignal.timeout(60_000),
  });
  const body = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
    throw new Error(`${target.name} ${request.path}: HTTP ${res.status} ${body.slice(0, 300)}`);
  }
  return { ms, body };
}

async function measure(
  target: Target,
  request: Request,
  token: string | undefined,
  repeats: number,
): Promise<Timing> {
  const timing: Timing = { ms: [], bytes: 0 };
  for (let i = 0; i < repeats + 3; i += 1) {
    const reply = await timed(target, request, token);
    if (i < 3) continue;
    timing.ms.push(reply.ms);
    timing.bytes = reply.body.length;
  }
  return timing;
}

interface ChoroplethAnswer {
  data: {
    choropleth: {
      breaks: number[];
      classes?: { index: number; lower: number; upper: number; count: number }[];
      regions?: { kode: string; value: number | null; classIndex: number | null }[];
      featureCollection?: {
        features: { id: string; properties: { value: number | null; classIndex: number | null } }[];
      };
    };
  };
}

/**
 * Whether petagizi and the floor give the same breaks, classes, values and class indices, in the
 * same kode order (numbers by relative difference: the floor divides in numeric, petagizi in
 * float8).
 */
function compareChoropleths(appBody: string, floorBody: string): string {
  const a = (JSON.parse(appBody) as ChoroplethAnswer).data.choropleth;
  const f = (JSON.parse(floorBody) as ChoroplethAnswer).data.choropleth;
  let worst = 0;
  let mismatches = 0;
  const diff = (x: number | null | undefined, y: number | null | undefined) => {
    if (x == null || y == null) return (x ?? null) === (y ?? null) ? 0 : Number.POSITIVE_INFINITY;
    return Math.abs(x - y) / Math.max(1e-300, Math.abs(x), Math.abs(y));
  };
  if (a.breaks.length !== f.breaks.length) return 'breaks differ in number';
  a.breaks.forEach((b, i) => {
    worst = Math.max(worst, diff(b, f.breaks[i]));
  });
  if (a.classes || f.classes) {
    const fc = f.classes ?? [];
    (a.classes ?? []).forEach((c, i) => {
      const o = fc[i];
      if (!o || o.index !== c.index || o.count !== c.count) mismatches += 1;
      worst = Math.max(worst, diff(c.lower, o?.lower), diff(c.upper, o?.upper));
    });
    if ((a.classes ?? []).length !== fc.length) mismatches += 1;
  }
  const rows = (c: ChoroplethAnswer['data']['choropleth']) =>
    c.regions ??
    (c.featureCollection?.features ?? []).map((feature) => ({
      kode: feature.id,
      value: feature.properties.value,
      classIndex: feature.properties.classIndex,
    }));
  const ra = rows(a);
  const rf = rows(f);
  if (ra.length !== rf.length) return `regions differ: ${ra.length} vs ${rf.length}`;
  ra.forEach((region, i) => {
    const other = rf[i];
    if (!other || other.kode !== region.kode || other.classIndex !== region.classIndex) {
      mismatches += 1;
      return;
    }
    worst = Math.max(worst, diff(region.value, other.value));
  });
  return `${ra.length} regions, ${mismatches} mismatched classes or kodes, largest relative difference of numbers ${worst.toExponential(1)}`;
}

const fixed = (value: number, digits = 1) => (Number.isNaN(value) ? '–' : value.toFixed(digits));

function report(rows: Row[], agreement: { values: string; boundaries: string }): void {
  console.log('\n## Province (Jawa Barat), uncached, one request at a time');
  const table = [['operation', 'p50 ms', 'p95 ms', 'min ms', 'max ms', 'KB']];
  for (const row of rows) {
    const sorted = [...row.timing.ms].sort((a, b) => a - b);
    table.push([
      row.name,
      fixed(percentile(sorted, 50)),
      fixed(percentile(sorted, 95)),
      fixed(sorted[0] ?? Number.NaN),
      fixed(sorted.at(-1) ?? Number.NaN),
      fixed(row.timing.bytes / 1024, 0),
    ]);
  }
  const widths = table[0]?.map((_, i) => Math.max(...table.map((r) => r[i]?.length ?? 0))) ?? [];
  for (const r of table) {
    console.log(
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    );
  }
  const p50 = (name: string) => {
    const row = rows.find((r) => r.name === name);
    return row
      ? percentile(
          [...row.timing.ms].sort((a, b) => a - b),
          50,
        )
      : Number.NaN;
  };
  const ratio = (name: string, floorName: string) => fixed(p50(name) / p50(floorName), 2);
  console.log("\np50 over the floor's p50 (goal for the values: ≤ 100 ms and ≤ 2×):");
  const floorValues = 'floor: values, one statement';
  for (const name of [
    'choropleth values · analyst',
    'choropleth values · public (decisions warm)',
    'choropleth values · public, first after a write',
  ]) {
    if (rows.some((r) => r.name === name)) console.log(`  ${name}: ${ratio(name, floorValues)}`);
  }
  if (rows.some((r) => r.name === 'choropleth + boundaries · analyst')) {
    console.log(
      `  choropleth + boundaries · analyst: ${ratio('choropleth + boundaries · analyst', 'floor: + boundaries, one statement')}`,
    );
  }
  console.log(`analyst answers against the floor's: values ${agreement.values}`);
  console.log(`  with boundaries ${agreement.boundaries}`);
  for (const row of rows) if (row.extra) console.log(`${row.name}: ${row.extra}`);
  console.log(
    '  note: the floor sees every value (no suppression), so it is compared with the analyst\n' +
      '  answer; a public answer also builds (after a write) or reads the disclosure decisions of\n' +
      '  the province table. Boundaries come from the geometry cache once read.',
  );
}

runScript(main);
