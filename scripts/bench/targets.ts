import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { freePort, onCleanup, repoRoot, sleep, startServer } from '../load/server.ts';

/** The three servers measured on the same database. */
/**
 * petagizi as deployed (whole-answer cache on); "uncached", the same server with
 * RESPONSE_CACHE_MB=0, so every request runs its resolvers or its plan (boundaries still come
 * from the geometry cache once read); "unplanned", uncached with COMPILED_QUERIES=off (every
 * field through graphql-js: the baseline of the region-page plans); the floor; the peer.
 */
export const targetNames = ['petagizi', 'uncached', 'unplanned', 'floor', 'peer'] as const;
export type TargetName = (typeof targetNames)[number];

/** Both petagizi targets answer the same requests with the same token. */
export const isPetagizi = (name: TargetName): boolean =>
  name === 'petagizi' || name === 'uncached' || name === 'unplanned';

export interface Target {
  name: TargetName;
  pid: number;
  baseUrl: string;
  logTail(): string;
  stop(): Promise<void>;
}

export const peerDir = path.join(repoRoot, 'scripts/bench/peer');

/**
 * Starts one target on a free port against `databaseUrl` and waits until `ready` answers.
 * petagizi runs through the load scripts' startServer (same child, same environment handling).
 */
export async function startTarget(
  name: TargetName,
  databaseUrl: string,
  options: { jwtSecret: string; ready: (baseUrl: string) => Promise<boolean> },
): Promise<Target> {
  const port = await freePort();
  let target: Target;
  if (isPetagizi(name)) {
    const child = startServer(
      port,
      {
        DATABASE_URL: databaseUrl,
        JWT_SECRET: options.jwtSecret,
        RATE_LIMIT_PER_MINUTE: '0',
        SEED_ON_START: 'false',
        // As deployed: production skips development checks (README, NODE_ENV).
        NODE_ENV: 'production',
        RESPONSE_CACHE_MB: name === 'petagizi' ? undefined : '0',
        COMPILED_QUERIES: name === 'unplanned' ? 'off' : undefined,
      },
      'build',
    );
    target = {
      name,
      pid: child.pid,
      baseUrl: child.baseUrl,
      logTail: child.logTail,
      stop: child.stop,
    };
  } else {
    const args =
      name === 'floor'
        ? ['--import', 'tsx', 'scripts/bench/floor.ts']
        : [path.join(peerDir, 'server.mjs')];
    target = spawnTarget(name, args, port, { DATABASE_URL: databaseUrl });
  }
  const started = Date.now();
  while (!(await options.ready(target.baseUrl))) {
    if (Date.now() - started > 120_000) {
      await target.stop();
      throw new Error(`${name} not ready after 120 s:\n${target.logTail()}`);
    }
    await sleep(200);
  }
  return target;
}

/** @private A node child on `port` (its pid is the server's, for RSS). */
function spawnTarget(
  name: TargetName,
  args: string[],
  port: number,
  env: Record<string, string>,
): Target {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  onCleanup(stop);
  return {
    name,
    pid: child.pid ?? -1,
    baseUrl: `http://127.0.0.1:${port}`,
    logTail: () => tail.join('\n'),
    stop,
  };
}

/**
 * Installs the peer's dependencies into scripts/bench/peer/node_modules on first use (npm, from
 * its own package.json and lock file). Returns why the peer is unavailable, or undefined.
 */
export function ensurePeerInstalled(log: (message: string) => void): string | undefined {
  if (existsSync(path.join(peerDir, 'node_modules/postgraphile/package.json'))) return undefined;
  log('installing the peer (PostGraphile v4 + @graphile/postgis) into scripts/bench/peer …');
  const lock = existsSync(path.join(peerDir, 'package-lock.json'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    [lock ? 'ci' : 'install', '--no-audit', '--no-fund', '--omit=dev'],
    { cwd: peerDir, encoding: 'utf8', timeout: 300_000 },
  );
  if (result.status === 0) return undefined;
  const output = `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n');
  return `npm ${lock ? 'ci' : 'install'} failed: ${output.slice(-3).join(' | ')}`;
}

/**
 * What a PostGraphile user would add for the equivalent queries: a computed column for
 * simplified GeoJSON and a point-lookup query function (PostGraphile exposes both). Created in
 * the bench database only; the app never reads them.
 */
export async function createPeerFunctions(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`
      CREATE OR REPLACE FUNCTION region_bench_geojson(r region, simplify_meters float8, digits int)
      RETURNS json LANGUAGE sql STABLE AS $$
        SELECT ST_AsGeoJSON(ST_Multi(ST_SimplifyPreserveTopology(r.geom, simplify_meters / 111320)),
                            digits)::json
      $$;
      CREATE OR REPLACE FUNCTION bench_region_at(longitude float8, latitude float8)
      RETURNS region LANGUAGE sql STABLE AS $$
        SELECT * FROM region
        WHERE level = 'DESA' AND ST_Covers(geom, ST_SetSRID(ST_MakePoint(longitude, latitude), 4326))
        ORDER BY kode LIMIT 1
      $$;`);
  } finally {
    await client.end();
  }
}

/** Field names of the peer's schema, found by type through introspection (its inflection). */
export interface PeerNames {
  byKode: string;
  at: string;
  children: string;
  parent: string;
  values: string;
  geojson: string;
  labelPoint: string;
}

interface IntrospectedField {
  name: string;
  args: { name: string }[];
  type: { name: string | null; ofType: { name: string | null } | null };
}

export async function discoverPeerNames(baseUrl: string): Promise<PeerNames> {
  const fields = async (type: string): Promise<IntrospectedField[]> => {
    const res = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($t: String!) { __type(name: $t) { fields {
          name args { name } type { name ofType { name } } } } }`,
        variables: { t: type },
      }),
    });
    const body = (await res.json()) as { data?: { __type?: { fields?: IntrospectedField[] } } };
    return body.data?.__type?.fields ?? [];
  };
  const typeName = (f: IntrospectedField) => f.type.name ?? f.type.ofType?.name ?? '';
  const find = (
    list: IntrospectedField[],
    what: string,
    test: (f: IntrospectedField) => boolean,
  ) => {
    const found = list.find(test)?.name;
    if (!found) throw new Error(`the peer schema has no field for ${what}`);
    return found;
  };
  const query = await fields('Query');
  const region = await fields('Region');
  const argNames = (f: IntrospectedField) => f.args.map((a) => a.name).join(',');
  return {
    byKode: find(
      query,
      'region by kode',
      (f) => typeName(f) === 'Region' && argNames(f) === 'kode',
    ),
    at: find(
      query,
      'regionAt',
      (f) => typeName(f) === 'Region' && argNames(f).includes('latitude'),
    ),
    children: find(region, 'child regions', (f) => typeName(f) === 'RegionsConnection'),
    parent: find(region, 'parent region', (f) => typeName(f) === 'Region'),
    values: find(region, 'indicator values', (f) => typeName(f) === 'IndicatorValuesConnection'),
    geojson: find(region, 'simplified GeoJSON', (f) => argNames(f).includes('simplifyMeters')),
    labelPoint: find(region, 'label point', (f) => typeName(f).startsWith('GeometryPoint')),
  };
}
