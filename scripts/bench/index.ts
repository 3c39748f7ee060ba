import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { autocannon, type CannonContext, type CannonResult } from '../load/autocannon.ts';
import { percentile } from '../load/report.ts';
import {
  assertLocalUrl,
  buildServer,
  freePort,
  intArg,
  onCleanup,
  postGraphql,
  procStatusKb,
  runScript,
  signToken,
  sleep,
  startServer,
} from '../load/server.ts';
import {
  countRows,
  databaseName,
  ensureDatabase,
  loadScale,
  parseScale,
  type Scale,
  withDatabase,
} from './dataset.ts';
import {
  type BenchRequest,
  buildFixture,
  type Operation,
  operations,
  problemOf,
  requestsOf,
} from './operations.ts';
import { startStatementCounter } from './statementCounter.ts';
import {
  createPeerFunctions,
  discoverPeerNames,
  ensurePeerInstalled,
  isPetagizi,
  type PeerNames,
  startTarget,
  type Target,
  type TargetName,
  targetNames,
} from './targets.ts';

const usage = `Benchmarks petagizi against the SQL floor and PostGraphile on the same PostgreSQL.

  npm run bench -- [--scale bekasi|jabar|national] [--compare] [--duration 10] [--connections 10]
                   [--database-url URL] [--only NAME] [--no-peer] [--no-embedded]

  --database-url URL  the database to use (loaded with --scale when it holds no regions); without
                      it (or with --compare) petagizi_bench_<scale> on DATABASE_URL's server is used,
                      created and loaded when missing, kept for the next run
  --compare           run bekasi and national and print the national/bekasi cost ratios
  --only NAME[,NAME]  only operations whose name contains one of the NAMEs
  --no-peer           skip PostGraphile;  --no-embedded  skip the embedded start timings

Targets: petagizi as deployed (the bundle of \`npm run build\`, run as \`npm run start:prod\` does,
NODE_ENV=production); "uncached", petagizi with RESPONSE_CACHE_MB=0 (every request runs
its resolvers); the floor (one SQL statement through pg); the peer (PostGraphile v4).
Per operation and target: req/s, p50/p95/p99 (ms), SQL statements per request (counted on the
wire in a separate pass), peak RSS of the server process during the operation.`;

const kabupaten = '32.16';
const jwtSecret = 'petagizi-bench-secret';
const countRepeats = 5;

interface Row {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
  sample?: string;
  statements?: number;
  rssMb?: number;
  /** The first answer was wrong or timed out: not measured. */
  error?: string;
}

const emptyRow: Row = {
  requests: 0,
  rps: Number.NaN,
  p50: Number.NaN,
  p95: Number.NaN,
  p99: Number.NaN,
  failures: 0,
};

type Results = Map<string, Partial<Record<TargetName, Row>>>;

interface ScaleRun {
  scale: Scale;
  database: string;
  results: Results;
  ops: Operation[];
  notes: string[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      compare: { type: 'boolean' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      'database-url': { type: 'string' },
      only: { type: 'string' },
      'no-peer': { type: 'boolean' },
      'no-embedded': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const duration = intArg(values.duration, 'duration', 10, 600);
  const connections = intArg(values.connections, 'connections', 10, 500);
  const server = values['database-url'] || process.env.DATABASE_URL;
  if (!server)
    throw new Error(`DATABASE_URL or --database-url (PostgreSQL) is required\n\n${usage}`);
  assertLocalUrl(server, 'database URL');
  const scales: Scale[] = values.compare
    ? ['bekasi', 'national']
    : [parseScale(values.scale, 'bekasi')];

  let peerProblem: string | undefined = values['no-peer'] ? 'skipped (--no-peer)' : undefined;
  peerProblem ??= ensurePeerInstalled(console.log);
  if (peerProblem) console.log(`peer unavailable: ${peerProblem}`);

  // petagizi runs as deployed: the bundle from `npm run build`, started like `npm run start:prod`.
  buildServer();
  const token = await signToken(jwtSecret, 'ANALYST', 'bench-analyst');
  const runs: ScaleRun[] = [];
  for (const scale of scales) {
    const url =
      values['database-url'] && !values.compare
        ? values['database-url']
        : withDatabase(server, `petagizi_bench_${scale}`);
    runs.push(
      await runScale(scale, url, {
        token,
        duration,
        connections,
        only: values.only,
        peerProblem,
      }),
    );
  }
  for (const run of runs) report(run);
  if (runs.length === 2) compare(runs[0] as ScaleRun, runs[1] as ScaleRun);
  if (!values['no-embedded']) await embeddedStarts(token);
  return 0;
}

async function runScale(
  scale: Scale,
  url: string,
  options: {
    token: string;
    duration: number;
    connections: number;
    only: string | undefined;
    peerProblem: string | undefined;
  },
): Promise<ScaleRun> {
  console.log(`\n=== ${scale}: database ${databaseName(url)}`);
  await ensureDatabase(url);
  const counts = await countRows(url);
  if (!counts.DESA) {
    console.log(`loading ${scale} (empty database) …`);
    const loaded = await loadScale(url, scale);
    console.log(`loaded in ${loaded.seconds.toFixed(1)} s`);
  }
  const rows = await countRows(url);
  console.log(
    `regions: ${rows.PROVINSI ?? 0} provinsi, ${rows.KABUPATEN ?? 0} kabupaten, ` +
      `${rows.KECAMATAN ?? 0} kecamatan, ${rows.DESA ?? 0} desa; ${rows.indicator_value} values`,
  );
  const notes: string[] = [];
  let peerProblem = options.peerProblem;
  if (!peerProblem) await createPeerFunctions(url);
  const fixture = await buildFixture(url, kabupaten);
  if (!fixture.areas.some((a) => a.target === 1000)) {
    notes.push(`areaStats ~1000: skipped, only ${fixture.desa.length} desa in this dataset`);
  }

  // Pass 1: statements per request, each target connected through a counting proxy.
  const statementCounts = new Map<string, Partial<Record<TargetName, number>>>();
  const failed = new Map<string, string>();
  const available: TargetName[] = targetNames.filter((t) => t !== 'peer' || !peerProblem);
  let ops: Operation[] = [];
  let peerNames: PeerNames | undefined;
  let tiles = false;
  {
    const started: {
      target: Target;
      counter: Awaited<ReturnType<typeof startStatementCounter>>;
    }[] = [];
    for (const name of available) {
      const counter = await startStatementCounter(url);
      try {
        const target = await startTarget(name, counter.url, {
          jwtSecret,
          ready: readiness(name, options.token),
        });
        started.push({ target, counter });
      } catch (error) {
        await counter.close();
        if (name !== 'peer') throw error;
        peerProblem = `did not start: ${(error as Error).message.split('\n')[0]}`;
        console.log(`peer unavailable: ${peerProblem}`);
      }
    }
    const petagizi = started.find((s) => s.target.name === 'petagizi')?.target as Target;
    const tile = fixture.tiles[0];
    const tileStatus = tile
      ? (await fetch(`${petagizi.baseUrl}/tiles/desa/${tile.z}/${tile.x}/${tile.y}.mvt`)).status
      : 404;
    tiles = tileStatus === 200;
    if (!tiles) notes.push(`tiles: skipped, petagizi answers GET /tiles/desa/… with ${tileStatus}`);
    const peer = started.find((s) => s.target.name === 'peer');
    if (peer) peerNames = await discoverPeerNames(peer.target.baseUrl);
    ops = operations(fixture, { peer: peerNames, tiles }).filter(
      (op) => !options.only || options.only.split(',').some((name) => op.name.includes(name)),
    );
    for (const op of ops) {
      const perTarget: Partial<Record<TargetName, number>> = {};
      for (const { target, counter } of started) {
        const requests = requestsOf(op, target.name);
        if (!requests) continue;
        const auth = isPetagizi(target.name) ? options.token : undefined;
        try {
          await send(target.baseUrl, requests[0] as BenchRequest, auth);
        } catch (error) {
          // A wrong or timed-out answer: reported, and this target skips the operation.
          const message = (error as Error).message.slice(0, 200);
          failed.set(`${op.name}|${target.name}`, message);
          console.log(`${op.name} · ${target.name}: FAILED ${message}`);
          continue;
        }
        const before = counter.statements();
        for (let i = 0; i < countRepeats; i += 1) {
          await send(target.baseUrl, requests[i % requests.length] as BenchRequest, auth);
        }
        perTarget[target.name] = (counter.statements() - before) / countRepeats;
      }
      statementCounts.set(op.name, perTarget);
    }
    for (const { target, counter } of started) {
      await target.stop();
      await counter.close();
    }
  }

  // Pass 2: load, each target connected directly.
  const results: Results = new Map();
  const targets: Target[] = [];
  for (const name of available) {
    if (name === 'peer' && peerProblem) continue;
    targets.push(
      await startTarget(name, url, { jwtSecret, ready: readiness(name, options.token) }),
    );
  }
  for (const op of ops) {
    const perTarget: Partial<Record<TargetName, Row>> = {};
    for (const target of targets) {
      const requests = requestsOf(op, target.name);
      if (!requests) continue;
      const error = failed.get(`${op.name}|${target.name}`);
      if (error) {
        perTarget[target.name] = { ...emptyRow, error };
        continue;
      }
      const auth = isPetagizi(target.name) ? options.token : undefined;
      for (let i = 0; i < 3; i += 1) {
        await send(target.baseUrl, requests[i % requests.length] as BenchRequest, auth);
      }
      const row = await load(target, requests, auth, options);
      row.statements = statementCounts.get(op.name)?.[target.name];
      perTarget[target.name] = row;
      console.log(
        `${op.name} · ${target.name}: ${row.rps.toFixed(1)} req/s, p50 ${row.p50.toFixed(1)} ms` +
          (row.failures ? `, ${row.failures} failed (${row.sample})` : ''),
      );
    }
    results.set(op.name, perTarget);
  }
  for (const target of targets) await target.stop();
  if (peerProblem) notes.push(`peer unavailable: ${peerProblem}`);
  return { scale, database: databaseName(url), results, ops, notes };
}

/** When a target counts as ready: it answers a trivial GraphQL query (floor: /healthz). */
function readiness(name: TargetName, token: string) {
  return async (baseUrl: string): Promise<boolean> => {
    try {
      if (name === 'floor') return (await fetch(`${baseUrl}/healthz`)).status === 200;
      const query = name === 'peer' ? '{ __typename }' : '{ indicators { code } }';
      const reply = await postGraphql(baseUrl, token, query, {}, 5_000);
      return reply.status === 200 && !reply.errors;
    } catch {
      return false;
    }
  };
}

/** One request; throws with `what` when the answer is not correct. */
async function send(
  baseUrl: string,
  request: BenchRequest,
  token: string | undefined,
  what?: string,
): Promise<void> {
  const res = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: headers(token),
    ...(request.body ? { body: request.body } : {}),
    signal: AbortSignal.timeout(60_000),
  });
  const body = request.method === 'GET' ? '' : await res.text();
  if (request.method === 'GET') await res.arrayBuffer();
  const problem = problemOf(res.status, body, request);
  if (problem) throw new Error(`${what ?? request.path}: ${problem}`);
}

function headers(token: string | undefined): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/** autocannon on one operation and target; latencies per request, RSS sampled every 100 ms. */
async function load(
  target: Target,
  requests: BenchRequest[],
  token: string | undefined,
  options: { duration: number; connections: number },
): Promise<Row> {
  const latencies: number[] = [];
  let failures = 0;
  let sample: string | undefined;
  let next = 0;
  let rssPeak = procStatusKb(target.pid, 'VmRSS') ?? 0;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, procStatusKb(target.pid, 'VmRSS') ?? 0);
  }, 100);
  const started = performance.now();
  try {
    await new Promise<CannonResult>((resolve, reject) => {
      const instance = autocannon(
        {
          url: target.baseUrl,
          connections: options.connections,
          duration: options.duration,
          timeout: 30,
          headers: headers(token),
          requests: [
            {
              setupRequest: (request, context: CannonContext) => {
                const chosen = requests[next % requests.length] as BenchRequest;
                next += 1;
                context.request = chosen;
                context.t0 = performance.now();
                return {
                  ...request,
                  method: chosen.method,
                  path: chosen.path,
                  ...(chosen.body ? { body: chosen.body } : {}),
                };
              },
              onResponse: (status, body, context: CannonContext) => {
                latencies.push(performance.now() - (context.t0 as number));
                const problem = problemOf(status, body, context.request as BenchRequest);
                if (problem) {
                  failures += 1;
                  sample ??= problem;
                }
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
      const guard = setTimeout(() => instance.stop(), (options.duration + 60) * 1000);
      onCleanup(async () => {
        clearTimeout(guard);
        instance.stop();
      });
    });
  } finally {
    clearInterval(sampler);
  }
  const elapsed = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    rps: sorted.length / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    failures,
    ...(sample ? { sample } : {}),
    rssMb: rssPeak / 1024,
  };
}

function table(rows: string[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  for (const row of rows) {
    console.log(
      row
        .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    );
  }
}

const fixed = (value: number | undefined, digits = 1) =>
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);

function report(run: ScaleRun): void {
  console.log(`\n## ${run.scale} (database ${run.database}, kabupaten ${kabupaten})`);
  const rows = [
    [
      'operation',
      'target',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'stmts/req',
      'peak RSS MB',
      'failed',
    ],
  ];
  for (const op of run.ops) {
    for (const name of targetNames) {
      const row = run.results.get(op.name)?.[name];
      if (!row) continue;
      rows.push([
        op.name,
        name,
        fixed(row.rps),
        fixed(row.p50),
        fixed(row.p95),
        fixed(row.p99),
        fixed(row.statements),
        fixed(row.rssMb, 0),
        row.error ? 'not run' : String(row.failures),
      ]);
    }
  }
  table(rows);
  for (const op of run.ops) {
    for (const name of targetNames) {
      const error = run.results.get(op.name)?.[name]?.error;
      if (error) console.log(`  not run, ${op.name} · ${name}: ${error}`);
    }
  }
  console.log(
    '\nratios: p50 over the floor (goal ≤ 1.2 choropleth, ≤ 1.5 detail); ' +
      'req/s over the peer (goal ≥ 1.5); "uncached" runs every resolver or plan (RESPONSE_CACHE_MB=0), ' +
      '"unplanned" is uncached with COMPILED_QUERIES=off',
  );
  const ratios = [
    [
      'operation',
      '',
      'p50 petagizi/floor',
      'p50 uncached/floor',
      'p50 unplanned/floor',
      'req/s petagizi/peer',
      'req/s uncached/peer',
      'req/s unplanned/peer',
      'req/s uncached/unplanned',
    ],
  ];
  for (const op of run.ops) {
    const r = run.results.get(op.name);
    const p50 = (t: Row | undefined) => (t && r?.floor ? fixed(t.p50 / r.floor.p50, 2) : '–');
    const rps = (t: Row | undefined) => (t && r?.peer ? fixed(t.rps / r.peer.rps, 2) : '–');
    ratios.push([
      op.name,
      '',
      p50(r?.petagizi),
      p50(r?.uncached),
      p50(r?.unplanned),
      rps(r?.petagizi),
      rps(r?.uncached),
      rps(r?.unplanned),
      r?.uncached && r.unplanned ? fixed(r.uncached.rps / r.unplanned.rps, 2) : '–',
    ]);
  }
  table(ratios);
  for (const op of run.ops) for (const note of op.notes) console.log(`  note, ${op.name}: ${note}`);
  for (const note of run.notes) console.log(`  note: ${note}`);
}

function compare(small: ScaleRun, large: ScaleRun): void {
  console.log(
    `\n## ${large.scale} / ${small.scale} cost of the same per-kabupaten operation (p50; goal ≤ 1.3)`,
  );
  const rows = [['operation', '', 'petagizi', 'uncached', 'unplanned', 'floor', 'peer']];
  for (const op of large.ops) {
    if (!op.perKabupaten) continue;
    const a = small.results.get(op.name);
    const b = large.results.get(op.name);
    if (!a || !b) continue;
    const ratio = (t: TargetName) => {
      const x = a[t];
      const y = b[t];
      return x && y ? fixed(y.p50 / x.p50, 2) : '–';
    };
    rows.push([
      op.name,
      '',
      ratio('petagizi'),
      ratio('uncached'),
      ratio('unplanned'),
      ratio('floor'),
      ratio('peer'),
    ]);
  }
  table(rows);
  console.log('  (areaStats rows differ in the number of desa covered; compare within a scale)');
}

/** Embedded database: time from spawn to the first correct GraphQL answer, fresh then existing. */
async function embeddedStarts(token: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'petagizi-bench-pglite-'));
  onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
  console.log('\n## embedded (PGlite) start to first answer');
  for (const label of ['cold (fresh PGLITE_DIR: migrations + demo seed)', 'warm (existing dir)']) {
    const port = await freePort();
    const started = performance.now();
    const child = startServer(port, {
      DATABASE_URL: undefined,
      PGLITE_DIR: dir,
      JWT_SECRET: jwtSecret,
      RATE_LIMIT_PER_MINUTE: '0',
    });
    let ms: number | undefined;
    while (performance.now() - started < 180_000 && child.exitCode() === 'running') {
      try {
        const reply = await postGraphql(
          child.baseUrl,
          token,
          '{ region(kode: "32.16") { nama } }',
          {},
          5_000,
        );
        if (reply.status === 200 && reply.data?.region) {
          ms = performance.now() - started;
          break;
        }
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    const rss = procStatusKb(child.pid, 'VmRSS');
    await child.stop();
    console.log(
      `${label}: ${ms === undefined ? `no answer\n${child.logTail()}` : `${(ms / 1000).toFixed(1)} s`}` +
        (rss ? `, RSS ${(rss / 1024).toFixed(0)} MB` : ''),
    );
  }
}

runScript(main);
