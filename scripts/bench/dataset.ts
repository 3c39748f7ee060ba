import type { Polygon } from 'geojson';
import { getRegencies } from 'idn-area-data';
import pg from 'pg';
import { type Connection, closeConnection, openConnection } from '../../src/db/client.ts';
import { nestedPartition, type PartitionNode } from '../../src/geo/nestedPartition.ts';
import { outcomeIndicators } from '../../src/modules/indicator/indicator.catalog.ts';
import {
  type IndicatorValueRow,
  upsertIndicators,
  upsertIndicatorValues,
} from '../../src/modules/indicator/indicator.sql.ts';
import { regionsFromIdnArea } from '../../src/modules/region/region.import.ts';
import { upsertRegions } from '../../src/modules/region/region.sql.ts';
import { mulberry32 } from '../../src/random/mulberry32.ts';
import { prepareDatabase } from '../../src/startup.ts';

/**
 * Benchmark datasets. `bekasi` is the app's own demo seed (seedDemo). `national` is every region
 * of idn-area-data (38 provinsi, 514 kabupaten/kota, 7,277 kecamatan, 83,763 desa) with synthetic
 * nested rectangles and routine counts; `jabar` is the same generator restricted to the 27
 * kabupaten/kota of Jawa Barat (a subset for slow machines). Deterministic: same seed, same rows.
 */
export const scales = ['bekasi', 'jabar', 'national'] as const;
export type Scale = (typeof scales)[number];

/** Indonesia's extent [west, south, east, north]; provinces and kabupaten tile it. */
const indonesia: [number, number, number, number] = [95.0, -11.0, 141.0, 6.0];
const benchSeed = 3216;
export const benchGeometrySource = 'synthetic bench geometry (not real boundaries)';
export const benchValueSource = 'synthetic bench (e-PPGBM-like counts)';
/** Periods and indicators of the synthetic counts (the bench reads STUNTING 2023). */
const periods = ['2022', '2023', '2024'] as const;
const level: Record<string, number> = { 2022: 0.21, 2023: 0.19, 2024: 0.17 };

export function parseScale(raw: string | undefined, fallback: Scale): Scale {
  const value = raw ?? fallback;
  if (!(scales as readonly string[]).includes(value)) {
    throw new Error(`--scale must be one of ${scales.join(', ')}, got "${value}"`);
  }
  return value as Scale;
}

/** `url` with another database name. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
}

/** Creates the database named by `url` on its server unless it exists; true when created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name "${name}"`);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await admin.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await admin.end();
  }
}

export interface LoadReport {
  scale: Scale;
  seconds: number;
  steps: { step: string; seconds: number }[];
  counts: Record<string, number>;
}

/** Regions per level and indicator values stored in the database at `url`. */
export async function countRows(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('region') IS NOT NULL AS ok`);
    if (!exists.rows[0]?.ok) return {};
    const regions = await client.query<{ level: string; n: number; g: number }>(
      'SELECT level::text, count(*)::int AS n, count(geom)::int AS g FROM region GROUP BY level',
    );
    const values = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM indicator_value',
    );
    const counts: Record<string, number> = {};
    for (const row of regions.rows) {
      counts[row.level] = row.n;
      counts[`${row.level} with geometry`] = row.g;
    }
    counts.indicator_value = values.rows[0]?.n ?? 0;
    return counts;
  } finally {
    await client.end();
  }
}

/**
 * Loads `scale` into the (empty or new) database at `url` through the app's module functions:
 * migrations (prepareDatabase), then upsertRegions, region.setGeometries, upsertIndicators and
 * upsertIndicatorValues in batches. Refuses a database that already holds regions.
 */
export async function loadScale(
  url: string,
  scale: Scale,
  log: (message: string) => void = console.log,
): Promise<LoadReport> {
  const before = await countRows(url);
  if ((before.DESA ?? 0) + (before.KABUPATEN ?? 0) > 0) {
    throw new Error(`${databaseName(url)} already holds regions; load into an empty database`);
  }
  const started = performance.now();
  const steps: LoadReport['steps'] = [];
  const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await fn();
    const seconds = (performance.now() - t0) / 1000;
    steps.push({ step: name, seconds });
    log(`  ${name}: ${seconds.toFixed(1)} s`);
    return result;
  };
  const conn = openConnection({ databaseUrl: url, pgliteDir: 'memory://' });
  try {
    if (scale === 'bekasi') {
      await step('migrations + seedDemo', () => prepareDatabase(conn, { seed: true }));
    } else {
      await step('migrations', () => prepareDatabase(conn, { seed: false }));
      await generate(conn, scale, step);
    }
    await step('ANALYZE', () => conn.db.$executeRaw`ANALYZE`);
  } finally {
    await closeConnection();
  }
  return {
    scale,
    seconds: (performance.now() - started) / 1000,
    steps,
    counts: await countRows(url),
  };
}

type Step = <T>(name: string, fn: () => Promise<T>) => Promise<T>;

/** @private The synthetic national (or Jawa Barat) dataset. */
async function generate(conn: Connection, scale: Scale, step: Step): Promise<void> {
  const regencies = (await getRegencies())
    .map((r) => r.code)
    .filter((code) => scale === 'national' || code.startsWith('32.'))
    .sort();
  const regions = await step(`regionsFromIdnArea (${regencies.length} kabupaten/kota)`, () =>
    regionsFromIdnArea(regencies),
  );
  const polygons = await step('nestedPartition', async () => layout(regions.map((r) => r.kode)));
  const db = conn.db;
  await step(`upsertRegions (${regions.length} rows)`, async () => {
    // Parents before children: the batches follow the level order of the rows.
    const ordered = [...regions].sort(
      (a, b) => a.kode.length - b.kode.length || (a.kode < b.kode ? -1 : 1),
    );
    for (const batch of chunks(ordered, 10_000)) await upsertRegions(db, batch);
  });
  await step(`region.setGeometries (${polygons.size} polygons)`, async () => {
    const inputs = [...polygons].map(([kode, geometry]) => ({ kode, geometry }));
    for (const batch of chunks(inputs, 5_000)) {
      await db.region.setGeometries(batch, benchGeometrySource);
    }
  });
  await step('upsertIndicators', () => upsertIndicators(db, outcomeIndicators));
  const desa = regions.filter((r) => r.level === 'DESA').map((r) => r.kode);
  const rows = syntheticCounts(desa, polygons);
  await step(`upsertIndicatorValues (${rows.length} rows)`, async () => {
    for (const batch of chunks(rows, 20_000)) await upsertIndicatorValues(db, batch);
  });
}

/**
 * @private Rectangles for every region: provinsi and kabupaten tile Indonesia's extent (one
 * nestedPartition, weighted by desa count so desa have similar sizes everywhere), then kecamatan
 * and desa tile each kabupaten (one nestedPartition per kabupaten with its own seed).
 */
function layout(kodes: readonly string[]): Map<string, Polygon> {
  const byParent = new Map<string, string[]>();
  for (const kode of kodes) {
    const parent = kode.length === 2 ? 'ID' : kode.slice(0, kode.lastIndexOf('.'));
    const list = byParent.get(parent) ?? [];
    list.push(kode);
    byParent.set(parent, list);
  }
  const leaves = (kode: string): number =>
    kode.length === 13
      ? 1
      : (byParent.get(kode) ?? []).reduce((sum, child) => sum + leaves(child), 0) || 1;
  const top: PartitionNode = {
    id: 'ID',
    children: (byParent.get('ID') ?? []).sort().map((provinsi) => ({
      id: provinsi,
      weight: leaves(provinsi),
      children: (byParent.get(provinsi) ?? [])
        .sort()
        .map((kabupaten) => ({ id: kabupaten, weight: leaves(kabupaten) })),
    })),
  };
  const result = nestedPartition(indonesia, top, { seed: benchSeed, jitter: 0.1 });
  result.delete('ID');
  const kabupaten = kodes.filter((k) => k.length === 5).sort();
  kabupaten.forEach((kab, index) => {
    const tree: PartitionNode = {
      id: kab,
      children: (byParent.get(kab) ?? []).sort().map((kecamatan) => ({
        id: kecamatan,
        children: (byParent.get(kecamatan) ?? []).sort().map((id) => ({ id })),
      })),
    };
    const cell = bboxOf(result.get(kab) as Polygon);
    for (const [kode, polygon] of nestedPartition(cell, tree, { seed: benchSeed + index + 1 })) {
      result.set(kode, polygon);
    }
  });
  return result;
}

/**
 * @private Routine counts per desa, period and outcome indicator: a heavy-tailed number of
 * children measured, a risk surface of a few hotspots per kabupaten (so LISA finds clusters),
 * binomial counts by the normal approximation, and about 4% of desa missing in each period.
 */
function syntheticCounts(desa: readonly string[], polygons: Map<string, Polygon>) {
  const random = mulberry32(benchSeed + 7);
  const normal = () => {
    const u = 1 - random();
    const v = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const binomial = (n: number, p: number) =>
    Math.min(n, Math.max(0, Math.round(n * p + Math.sqrt(n * p * (1 - p)) * normal())));
  const hotspots = new Map<string, { x: number; y: number; r: number; w: number }[]>();
  const rows: IndicatorValueRow[] = [];
  for (const kode of desa) {
    const kab = kode.slice(0, 5);
    let spots = hotspots.get(kab);
    if (!spots) {
      const [west, south, east, north] = bboxOf(polygons.get(kab) as Polygon);
      spots = Array.from({ length: 3 }, () => ({
        x: west + random() * (east - west),
        y: south + random() * (north - south),
        r: 0.2 * Math.max(east - west, north - south),
        w: 0.6 + random() * 0.6,
      }));
      hotspots.set(kab, spots);
    }
    const [west, south, east, north] = bboxOf(polygons.get(kode) as Polygon);
    const x = (west + east) / 2;
    const y = (south + north) / 2;
    const surface = spots.reduce(
      (sum, h) => sum + h.w * Math.exp(-((x - h.x) ** 2 + (y - h.y) ** 2) / (2 * h.r ** 2)),
      0,
    );
    const risk = Math.exp(0.9 * surface + 0.15 * normal()) / 1.6;
    const children = Math.min(
      4000,
      Math.max(8, Math.round(Math.exp(Math.log(400) + 0.7 * normal()))),
    );
    for (const period of periods) {
      if (random() < 0.04) continue;
      const n = Math.max(1, Math.round(children * 0.85 * (0.85 + 0.3 * random())));
      const stunted = binomial(n, Math.min(0.9, (level[period] ?? 0.2) * risk));
      const counts: [string, number][] = [
        ['STUNTING', stunted],
        ['SEVERE_STUNTING', binomial(stunted, 0.3)],
        ['WASTING', binomial(n, Math.min(0.5, 0.07 * risk))],
        ['UNDERWEIGHT', binomial(n, Math.min(0.6, 0.8 * (level[period] ?? 0.2) * risk))],
      ];
      for (const [code, numerator] of counts) {
        rows.push({
          kode,
          code,
          period,
          source: benchValueSource,
          numerator,
          denominator: n,
          value: null,
          ciLow: null,
          ciHigh: null,
          se: null,
          method: null,
        });
      }
    }
  }
  return rows;
}

/** @private [west, south, east, north] of an axis-aligned rectangle. */
function bboxOf(polygon: Polygon): [number, number, number, number] {
  const ring = polygon.coordinates[0] ?? [];
  const xs = ring.map((p) => p[0] ?? 0);
  const ys = ring.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** @private */
function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
