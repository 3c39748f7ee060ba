/**
 * Memory and start time of the embedded server, and the PostgreSQL server's memory under load
 * (issue 15's targets, printed beside the figures; nothing is asserted).
 *
 *   npm run bench:memory                                   # embedded only
 *   npm run bench:memory -- --database-url postgresql://127.0.0.1/x   # also PostgreSQL under load
 *
 * Embedded: the server is started as `npm start` starts it (package.json's `start` script), on a
 * fresh PGLITE_DIR (cold: migrations, demo seed, real boundaries), stopped, and started again on
 * the same directory (warm); each time the seconds until `/readyz` answers 200 are printed. After
 * the warm start it serves what a visitor and an analyst ask for: the map page and its assets with
 * the GraphQL and TileJSON requests the page makes, the vector tiles of its three layers at zoom
 * 8–12 over the kabupaten, then every GraphQL operation in README.md's ```graphql blocks (as an
 * ANALYST; mutations are skipped). RSS is read from /proc and, with the heap and external
 * (ArrayBuffer, PGlite's WASM memory) split, from /metrics.
 *
 * PostgreSQL (with --database-url or DATABASE_URL): `npm run load` against that database, and its
 * "server RSS" line (peak during the load).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  assertLocalUrl,
  buildServer,
  freePort,
  intArg,
  onCleanup,
  postGraphql,
  procStatusKb,
  repoRoot,
  runScript,
  type ServerChild,
  type ServerEntry,
  signToken,
  sleep,
  startServer,
} from '../load/server.ts';

const targets = { rssMb: 500, coldS: 20, warmS: 6, postgresRssMb: 220 };
const secret = 'petagizi-bench-memory-secret';

const usage = `Embedded server: cold and warm start, RSS after the map page, its tiles and the README's
GraphQL examples. PostgreSQL (--database-url or DATABASE_URL): peak RSS under npm run load.

  npm run bench:memory -- [--repeat 1] [--database-url URL] [--load-duration 30] [--no-embedded]

  --repeat N          cold+warm rounds (default 1); every figure is printed, then the range
  --load-duration S   seconds of npm run load on PostgreSQL (default 30)
  --entry E           start (default: package.json's start script, as \`npm start\`), source
                      (src/server.ts under tsx) or build (\`npm run build\`, run as start:prod)
  --trace             RSS after each step of the map visit and each README operation
  --smaps             the server's largest memory mappings after the visit (/proc/<pid>/smaps)
  --no-embedded       only the PostgreSQL run`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      repeat: { type: 'string' },
      'database-url': { type: 'string' },
      'load-duration': { type: 'string' },
      'no-embedded': { type: 'boolean' },
      entry: { type: 'string' },
      trace: { type: 'boolean' },
      smaps: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const repeat = intArg(values.repeat, 'repeat', 1, 20);
  const loadDuration = intArg(values['load-duration'], 'load-duration', 30, 3600);
  const databaseUrl = values['database-url'] || process.env.DATABASE_URL || undefined;
  if (databaseUrl) assertLocalUrl(databaseUrl, 'database URL');

  const entry = (values.entry ?? 'start') as ServerEntry;
  if (!['start', 'source', 'build'].includes(entry)) {
    throw new Error(`--entry must be start, source or build, got "${entry}"`);
  }
  if (!values['no-embedded']) {
    if (entry === 'build') buildServer();
    console.log(
      entry === 'start'
        ? `## embedded server, started as \`npm start\` does (${startScript()})`
        : `## embedded server, ${entry === 'build' ? 'the bundle run as `npm run start:prod` does' : 'src/server.ts under tsx'}`,
    );
    const rounds: EmbeddedRound[] = [];
    for (let i = 0; i < repeat; i += 1)
      rounds.push(await embeddedRound(i + 1, entry, values.trace === true, values.smaps === true));
    if (repeat > 1) {
      const range = (pick: (r: EmbeddedRound) => number | undefined, digits: number) => {
        const xs = rounds.map(pick).filter((x): x is number => x !== undefined);
        if (xs.length === 0) return 'n/a';
        return `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;
      };
      console.log(`\nrange over ${repeat} rounds:`);
      console.log(`  cold start ${range((r) => r.coldS, 1)} s (target ≤ ${targets.coldS} s)`);
      console.log(`  warm start ${range((r) => r.warmS, 1)} s (target ≤ ${targets.warmS} s)`);
      console.log(
        `  RSS after map + examples ${range((r) => r.rssMb, 0)} MB, ${idleSeconds} s later ${range((r) => r.idleRssMb, 0)} MB (target ≤ ${targets.rssMb} MB)`,
      );
    }
  }
  if (databaseUrl) await postgresLoad(databaseUrl, loadDuration);
  else console.log('\n(PostgreSQL under load: pass --database-url or set DATABASE_URL)');
  return 0;
}

/** package.json's `start` script. */
function startScript(): string {
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = pkg.scripts.start;
  if (!script) throw new Error('package.json has no "start" script');
  return script;
}

interface EmbeddedRound {
  coldS?: number;
  warmS?: number;
  rssMb?: number;
  idleRssMb?: number;
}

const idleSeconds = 10;

async function embeddedRound(
  round: number,
  entry: ServerEntry,
  trace: boolean,
  smaps: boolean,
): Promise<EmbeddedRound> {
  const dir = mkdtempSync(path.join(tmpdir(), 'petagizi-bench-memory-'));
  onCleanup(async () => rmSync(dir, { recursive: true, force: true }));
  const result: EmbeddedRound = {};
  console.log(`\nround ${round} (PGLITE_DIR ${dir})`);
  for (const phase of ['cold', 'warm'] as const) {
    const port = await freePort();
    const started = performance.now();
    const child = startServer(
      port,
      { DATABASE_URL: undefined, PGLITE_DIR: dir, JWT_SECRET: secret, RATE_LIMIT_PER_MINUTE: '0' },
      entry,
    );
    const ms = await untilReady(child, started, 300_000);
    const readyRss = mb(procStatusKb(child.pid, 'VmRSS'));
    const cpu = cpuSeconds(child.pid);
    const seconds = ms / 1000;
    if (phase === 'cold') result.coldS = seconds;
    else result.warmS = seconds;
    const target = phase === 'cold' ? targets.coldS : targets.warmS;
    console.log(
      `  ${phase} start: ${seconds.toFixed(1)} s to /readyz (target ≤ ${target} s; the server used ${cpu?.toFixed(1) ?? 'n/a'} s of CPU), RSS ${fmt(readyRss)} MB when ready`,
    );
    if (phase === 'warm') {
      const served = await serveVisitor(child.baseUrl, (label) => {
        if (trace)
          console.log(`    RSS ${fmt(mb(procStatusKb(child.pid, 'VmRSS')))} MB after ${label}`);
      });
      const after = await memoryOf(child);
      result.rssMb = after.rss;
      if (smaps) console.log(largestMappings(child.pid));
      // A server between visits: V8 gives back its garbage after a few quiet seconds.
      await sleep(idleSeconds * 1000);
      const idle = await memoryOf(child);
      result.idleRssMb = idle.rss;
      console.log(
        `  the same after ${idleSeconds} s without requests: RSS ${fmt(idle.rss)} MB; heap used ${fmt(idle.heapUsed)} / total ${fmt(idle.heapTotal)} MB, external ${fmt(idle.external)} MB`,
      );
      console.log(
        `  served: ${served.assets} map assets, ${served.gql} map GraphQL requests, ${served.tiles} tiles (${served.tileBytes} bytes), ${served.examples} README operations (${served.exampleErrors} answered with errors)`,
      );
      console.log(
        `  after map + tiles + README examples: RSS ${fmt(after.rss)} MB (target ≤ ${targets.rssMb} MB), peak ${fmt(after.hwm)} MB; heap used ${fmt(after.heapUsed)} / total ${fmt(after.heapTotal)} MB, external ${fmt(after.external)} MB, PGlite WASM ${fmt(after.wasm)} MB`,
      );
    }
    await child.stop();
  }
  return result;
}

async function untilReady(child: ServerChild, started: number, timeoutMs: number) {
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode() !== 'running') {
      throw new Error(`server exited (${child.exitCode()}) before ready:\n${child.logTail()}`);
    }
    try {
      const res = await fetch(`${child.baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`not ready after ${timeoutMs} ms:\n${child.logTail()}`);
}

interface Served {
  assets: number;
  gql: number;
  tiles: number;
  tileBytes: number;
  examples: number;
  exampleErrors: number;
}

/** What the map page asks for on first load (src/http/map/map.js), then the README's examples. */
async function serveVisitor(
  baseUrl: string,
  mark: (label: string) => void = () => {},
): Promise<Served> {
  const served: Served = {
    assets: 0,
    gql: 0,
    tiles: 0,
    tileBytes: 0,
    examples: 0,
    exampleErrors: 0,
  };
  const get = async (url: string) => {
    const res = await fetch(`${baseUrl}${url}`, {
      headers: { 'accept-encoding': 'gzip, br' },
      signal: AbortSignal.timeout(60_000),
    });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200 && res.status !== 204) throw new Error(`GET ${url}: HTTP ${res.status}`);
    return body;
  };
  const page = (await get('/map')).toString('utf8');
  served.assets += 1;
  // The page's GraphQL operations, as its script sends them (the template literals it passes to
  // its graphql()), so the visit follows the page when it changes.
  const pageQueries: string[] = [];
  for (const [, url] of page.matchAll(/(?:href|src)="(\/[^"]+\.(?:css|js))"/g)) {
    const asset = (await get(url as string)).toString('utf8');
    served.assets += 1;
    if (url?.endsWith('.js')) {
      for (const [, query] of asset.matchAll(/graphql\(\s*`([^`]+)`/g))
        pageQueries.push(query as string);
    }
  }
  const pageQuery = (test: (query: string) => boolean, name: string): string => {
    const found = pageQueries.find(test);
    if (!found) throw new Error(`the map page's script has no ${name} query any more`);
    return found;
  };
  mark('map page and assets');
  // The page's own requests, without a token (a visitor).
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const reply = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
    served.gql += 1;
    if (res.status !== 200 || reply.errors) {
      throw new Error(`map GraphQL failed: HTTP ${res.status} ${JSON.stringify(reply.errors)}`);
    }
    return reply.data as Record<string, unknown>;
  };
  const startData = await gql(
    pageQuery((q) => q.includes('indicators {') && q.includes('KABUPATEN'), 'start'),
  );
  const kabupaten = (startData.regions as { nodes: { kode: string }[] }).nodes;
  const parentKode = kabupaten[0]?.kode ?? '32.16';
  const indicators = startData.indicators as { code: string; periods: string[] }[];
  const stunting = indicators.find((i) => i.code === 'STUNTING');
  const period = stunting?.periods.find((p) => p.length === 4) ?? stunting?.periods[0] ?? '2023';
  const tileJson = JSON.parse(
    (await get(`/tiles/desa.json?parentKode=${encodeURIComponent(parentKode)}`)).toString('utf8'),
  ) as { bounds: [number, number, number, number] };
  served.assets += 1;
  await gql(
    pageQuery((q) => q.trimStart().startsWith('query Levels('), 'Levels'),
    { parentKode, indicator: 'STUNTING', period },
  );
  mark('map GraphQL and TileJSON');
  // Tiles of the three layers over the kabupaten at the zooms a first look and a few zoom steps
  // ask for (the page fits the kabupaten, about zoom 10 on a laptop screen).
  const [west, south, east, north] = tileJson.bounds;
  for (let z = 8; z <= 12; z += 1) {
    const [x0, y0] = tileOf(west, north, z);
    const [x1, y1] = tileOf(east, south, z);
    for (const layer of ['desa', 'kecamatan', 'kabupaten']) {
      const search = new URLSearchParams();
      if (layer !== 'kabupaten') search.set('parentKode', parentKode);
      if (layer === 'desa') {
        search.set('indicator', 'STUNTING');
        search.set('period', period);
      }
      for (let x = x0; x <= x1; x += 1) {
        for (let y = y0; y <= y1; y += 1) {
          served.tileBytes += (await get(`/tiles/${layer}/${z}/${x}/${y}.mvt?${search}`)).length;
          served.tiles += 1;
        }
      }
    }
  }
  mark(`${served.tiles} tiles`);
  // A click on a desa.
  await gql(
    `query RegionDetails($kode: ID!, $indicator: String!, $period: String!) {
      region(kode: $kode) {
        kode nama level parent { nama level } areaKm2
        indicator(code: $indicator, period: $period) {
          value ciLow ciHigh numerator denominator suppressed suppressionReason source
        }
      }
    }`,
    { kode: '32.16.01.2001', indicator: 'STUNTING', period },
  );
  const token = await signToken(secret, 'ANALYST', 'bench-memory');
  for (const operation of readmeOperations()) {
    const reply = await postGraphql(baseUrl, token, operation, {}, 120_000);
    served.examples += 1;
    if (reply.status !== 200 || reply.errors) served.exampleErrors += 1;
    mark(`README ${operation.replace(/\s+/g, ' ').slice(0, 60)}`);
  }
  return served;
}

/** The slippy-map tile holding a point. */
function tileOf(longitude: number, latitude: number, z: number): [number, number] {
  const n = 2 ** z;
  const lat = (latitude * Math.PI) / 180;
  const x = Math.floor(((longitude + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * n);
  const clamp = (v: number) => Math.min(n - 1, Math.max(0, v));
  return [clamp(x), clamp(y)];
}

/** Every query operation in README.md's ```graphql blocks, comments removed; mutations skipped. */
export function readmeOperations(): string[] {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const operations: string[] = [];
  for (const [, block] of readme.matchAll(/```graphql\n([\s\S]*?)```/g)) {
    const text = (block as string).replace(/#[^\n]*/g, '');
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      if (text[i] === '{') depth += 1;
      else if (text[i] === '}') {
        depth -= 1;
        if (depth === 0) {
          const operation = text.slice(start, i + 1).trim();
          if (!/^mutation\b/.test(operation)) operations.push(operation);
          start = i + 1;
        }
      }
    }
  }
  return operations;
}

interface Memory {
  rss?: number;
  hwm?: number;
  heapUsed?: number;
  heapTotal?: number;
  external?: number;
  wasm?: number;
}

/** MB figures from /proc and the server's /metrics. */
async function memoryOf(child: ServerChild): Promise<Memory> {
  const memory: Memory = {
    rss: mb(procStatusKb(child.pid, 'VmRSS')),
    hwm: mb(procStatusKb(child.pid, 'VmHWM')),
  };
  try {
    const text = await (await fetch(`${child.baseUrl}/metrics`)).text();
    const metric = (name: string) => {
      const match = text.match(new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm'));
      return match?.[1] ? Number(match[1]) / 1024 / 1024 : undefined;
    };
    memory.heapUsed = metric('petagizi_nodejs_heap_size_used_bytes');
    memory.heapTotal = metric('petagizi_nodejs_heap_size_total_bytes');
    memory.external = metric('petagizi_nodejs_external_memory_bytes');
    memory.wasm = metric('petagizi_embedded_wasm_memory_bytes');
  } catch {
    // no metrics: the /proc figures stand alone
  }
  return memory;
}

/** `npm run load` on PostgreSQL; its own "server RSS" line carries the peak. */
async function postgresLoad(databaseUrl: string, duration: number): Promise<void> {
  console.log(`\n## PostgreSQL server under npm run load (${duration} s, 50 connections)`);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/load/index.ts', '--duration', String(duration)],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  onCleanup(async () => {
    if (child.exitCode === null) child.kill('SIGINT');
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const rssLine = out.split('\n').find((line) => line.startsWith('server RSS:'));
  const peak = rssLine?.match(/peak (\d+) MB/)?.[1];
  const total = out.split('\n').find((line) => line.startsWith('autocannon:'));
  if (code !== 0 || !peak) console.log(out.split('\n').slice(-30).join('\n'));
  console.log(`  ${total ?? 'no autocannon summary'}`);
  console.log(
    `  ${rssLine ?? 'no RSS line'}\n  peak RSS ${peak ?? 'n/a'} MB (target ≤ ${targets.postgresRssMb} MB); npm run load exit ${code}`,
  );
}

/** The largest resident mappings of a process, one line each (Linux). */
function largestMappings(pid: number, count = 12): string {
  try {
    const rows: { head: string; rss: number; size: number }[] = [];
    for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
      const range = /^([0-9a-f]+)-([0-9a-f]+) /.exec(line);
      if (range) {
        const size =
          (Number.parseInt(range[2] as string, 16) - Number.parseInt(range[1] as string, 16)) /
          1024;
        rows.push({ head: line.split(/\s+/).slice(1).join(' '), rss: 0, size });
      } else if (line.startsWith('Rss:')) {
        const last = rows[rows.length - 1];
        if (last) last.rss = Number(line.split(/\s+/)[1]);
      }
    }
    rows.sort((a, b) => b.rss - a.rss);
    return rows
      .slice(0, count)
      .map(
        (r) =>
          `    ${fmt(r.rss / 1024).padStart(5)} MB resident of ${fmt(r.size / 1024).padStart(5)} MB  ${r.head}`,
      )
      .join('\n');
  } catch {
    return '    (no /proc smaps)';
  }
}

/** User + system CPU seconds a process has used (Linux /proc), or undefined. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

const mb = (kb: number | undefined) => (kb === undefined ? undefined : kb / 1024);
const fmt = (x: number | undefined) => (x === undefined ? 'n/a' : x.toFixed(0));

runScript(main);
