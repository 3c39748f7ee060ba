/**
 * The floor of the benchmark: a minimal node:http server that answers each operation with ONE
 * hand-written SQL statement through `pg`, returning the JSON that petagizi returns for the
 * equivalent GraphQL query (PostgreSQL builds the JSON text; the handler passes it on). LISA is
 * the one exception to "SQL only": one statement fetches the values and the queen neighbour lists,
 * then the same pure statistics as the app (src/stats) run in process. Simplified boundaries are
 * read from the stored generalisation like the app reads them (region_generalised, computed only
 * for a tolerance off its ladder).
 *
 *   DATABASE_URL=postgresql://… PORT=4100 node --import tsx scripts/bench/floor.ts
 *
 * POST /op/<name> with the operation's variables as a JSON body; GET /tiles/desa/{z}/{x}/{y}.mvt;
 * GET /healthz.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { benjaminiHochberg } from '../../src/stats/benjaminiHochberg.ts';
import { localGStar } from '../../src/stats/localGStar.ts';
import { localMoran } from '../../src/stats/localMoran.ts';
import { localMoranPermutation } from '../../src/stats/localMoranPermutation.ts';
import { moranGlobal } from '../../src/stats/moranGlobal.ts';

const metresPerDegree = 111_320;

/** The served desa value: the source with the largest denominator (what the app picks). */
const desaValue = `
  LEFT JOIN LATERAL (
    SELECT (100.0 * v.numerator / v.denominator)::float8 AS value, v.numerator, v.denominator
    FROM indicator_value v
    WHERE v.region_kode = r.kode AND v.indicator_code = $2 AND v.period = $3
      AND v.numerator IS NOT NULL AND v.denominator > 0
    ORDER BY v.denominator DESC, v.source LIMIT 1) AS v ON true`;

const inKabupaten = `r.level = 'DESA' AND r.kode >= $1 || '.' AND r.kode < $1 || '/'`;

/**
 * The boundary simplified by $4 degrees as the app serves it: the stored generalisation
 * (region_generalised, migration 0015) when $4 is on its ladder, computed otherwise.
 */
const generalised = `
  LEFT JOIN region_generalised g
    ON g.kode = r.kode AND g.tolerance = $4::float8 AND g.geom_version = r.geom_version`;
const simplified = 'COALESCE(g.geom, ST_SimplifyPreserveTopology(r.geom, $4::float8))';

const sql = {
  choropleth: `
    SELECT json_build_object('data', json_build_object('regions', json_build_object(
      'totalCount', count(*),
      'nodes', COALESCE(json_agg(json_build_object(
        'kode', r.kode, 'nama', r.nama,
        'geometry', ST_AsGeoJSON(ST_Multi(${simplified}), 5)::json,
        'indicator', CASE WHEN v.value IS NULL THEN NULL ELSE json_build_object('value', v.value) END
      ) ORDER BY r.kode), '[]'::json))))::text AS body
    FROM region r ${desaValue} ${generalised}
    WHERE ${inKabupaten}`,
  choroplethField: `
    WITH u AS (
      SELECT r.kode, r.nama, ${simplified} AS geom, v.value
      FROM region r ${desaValue} ${generalised} WHERE ${inKabupaten}
    ), b AS (
      SELECT COALESCE(percentile_cont(ARRAY[0, 0.2, 0.4, 0.6, 0.8, 1]::float8[])
               WITHIN GROUP (ORDER BY value), '{}') AS breaks
      FROM u WHERE value IS NOT NULL
    )
    SELECT json_build_object('data', json_build_object('choropleth', json_build_object(
      'breaks', b.breaks,
      'featureCollection', json_build_object('type', 'FeatureCollection', 'features',
        COALESCE(json_agg(json_build_object(
          'type', 'Feature', 'id', u.kode,
          'properties', json_build_object('kode', u.kode, 'nama', u.nama, 'value', u.value,
            'classIndex', CASE WHEN u.value IS NULL THEN NULL
                          ELSE LEAST(width_bucket(u.value, b.breaks) - 1, 4) END),
          'geometry', ST_AsGeoJSON(ST_Multi(u.geom), 5)::json
        ) ORDER BY u.kode), '[]'::json)))))::text AS body
    FROM u, b GROUP BY b.breaks`,
  // The choropleth without boundaries: breaks, the legend's classes and every value and class.
  choroplethValues: `
    WITH u AS (
      SELECT r.kode, v.value FROM region r ${desaValue} WHERE ${inKabupaten}
    ), b AS (
      SELECT COALESCE(percentile_cont(ARRAY[0, 0.2, 0.4, 0.6, 0.8, 1]::float8[])
               WITHIN GROUP (ORDER BY value), '{}') AS breaks
      FROM u WHERE value IS NOT NULL
    ), c AS MATERIALIZED (
      SELECT u.kode, u.value, CASE WHEN u.value IS NULL THEN NULL
                              ELSE LEAST(width_bucket(u.value, b.breaks) - 1, 4) END AS class
      FROM u, b
    )
    SELECT json_build_object('data', json_build_object('choropleth', json_build_object(
      'breaks', b.breaks,
      'classes', COALESCE((SELECT json_agg(json_build_object('index', i - 1, 'lower', b.breaks[i],
                   'upper', b.breaks[i + 1], 'count', (SELECT count(*) FROM c WHERE c.class = i - 1))
                   ORDER BY i)
                 FROM generate_series(1, cardinality(b.breaks) - 1) AS i), '[]'::json),
      'regions', (SELECT COALESCE(json_agg(json_build_object('kode', c.kode, 'value', c.value,
                   'classIndex', c.class) ORDER BY c.kode), '[]'::json) FROM c))))::text AS body
    FROM b`,
  detail: `
    SELECT json_build_object('data', json_build_object('region', CASE WHEN r.kode IS NULL THEN NULL
      ELSE json_build_object(
        'kode', r.kode, 'nama', r.nama, 'level', r.level, 'areaKm2', r.area_km2,
        'centroid', ST_AsGeoJSON(r.label_point, 7)::json,
        'geometry', ST_AsGeoJSON(ST_Multi(${simplified}), 6)::json,
        'parent', json_build_object('kode', p.kode, 'nama', p.nama),
        'indicator', CASE WHEN v.value IS NULL THEN NULL ELSE json_build_object(
          'value', v.value, 'numerator', v.numerator, 'denominator', v.denominator) END)
      END))::text AS body
    FROM (SELECT $1::text AS kode) AS k
    LEFT JOIN region r ON r.kode = k.kode
    LEFT JOIN region p ON p.kode = r.parent_kode
    ${desaValue} ${generalised}`,
  point: `
    SELECT json_build_object('data', json_build_object('regionAt', (
      SELECT json_build_object('kode', r.kode, 'nama', r.nama,
                               'parent', json_build_object('kode', p.kode, 'nama', p.nama))
      FROM region r LEFT JOIN region p ON p.kode = r.parent_kode
      WHERE r.level = 'DESA'
        AND ST_Covers(r.geom, ST_SetSRID(ST_MakePoint($1::float8, $2::float8), 4326))
      ORDER BY r.kode LIMIT 1)))::text AS body`,
  areaStats: `
    WITH d AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) AS g),
    o AS (
      SELECT r.kode, r.area_km2 * ST_Area(ST_Intersection(r.geom, d.g)) / ST_Area(r.geom) AS km2,
             ST_Area(ST_Intersection(r.geom, d.g)) / ST_Area(r.geom) AS share,
             v.value, v.numerator, v.denominator
      FROM d JOIN region r ON r.level = 'DESA' AND r.geom && d.g AND ST_Intersects(r.geom, d.g)
      ${desaValue}
    ),
    s AS (
      SELECT sum(share * numerator) FILTER (WHERE value IS NOT NULL) AS num,
             sum(share * denominator) FILTER (WHERE value IS NOT NULL) AS den,
             sum(km2) FILTER (WHERE value IS NOT NULL) AS data_km2,
             sum(km2 * value) FILTER (WHERE value IS NOT NULL) AS weighted,
             COALESCE(sum(km2), 0) AS covered,
             COALESCE(json_agg(json_build_object('kode', kode, 'share', share, 'overlapKm2', km2,
               'value', value) ORDER BY kode) FILTER (WHERE share > 0), '[]'::json) AS regions
      FROM o WHERE share > 0
    ),
    w AS (
      SELECT s.*, (SELECT ST_Area(g::geography) / 1e6 FROM d) AS drawn_km2,
             s.weighted / NULLIF(s.data_km2, 0) AS value, round(s.den) AS n
      FROM s
    ),
    ci AS (
      SELECT w.*, z.p, 1.959963984540054 AS q FROM w,
        LATERAL (SELECT LEAST(w.n, GREATEST(0, round(w.value / 100 * w.n))) / NULLIF(w.n, 0) AS p) z
    )
    SELECT json_build_object('data', json_build_object('areaStats', json_build_object(
      'value', value, 'numerator', num, 'denominator', den,
      'ciLow', 100 * ((p + q * q / (2 * n)) - q * sqrt(p * (1 - p) / n + q * q / (4 * n * n)))
               / (1 + q * q / n),
      'ciHigh', 100 * ((p + q * q / (2 * n)) + q * sqrt(p * (1 - p) / n + q * q / (4 * n * n)))
                / (1 + q * q / n),
      'areaKm2', drawn_km2, 'coveredAreaKm2', covered,
      'dataShare', CASE WHEN drawn_km2 > 0 THEN LEAST(1, COALESCE(data_km2, 0) / drawn_km2) ELSE 0 END,
      'regions', regions)))::text AS body
    FROM ci`,
  lisa: `
    SELECT r.kode, v.value,
           ARRAY(SELECT b.kode FROM region b
                 WHERE b.level = 'DESA' AND b.kode >= $1 || '.' AND b.kode < $1 || '/'
                   AND b.kode <> r.kode AND b.geom && ST_Expand(r.geom, $4::float8)
                   AND ST_DWithin(b.geom, r.geom, $4::float8)
                 ORDER BY b.kode) AS neighbours
    FROM region r ${desaValue}
    WHERE ${inKabupaten}
    ORDER BY r.kode`,
  tile: `
    SELECT ST_AsMVT(t, 'desa', 4096, 'geom') AS tile FROM (
      SELECT r.kode, r.nama,
             ST_AsMVTGeom(ST_Transform(r.geom, 3857), ST_TileEnvelope($1, $2, $3), 4096, 64, true) AS geom
      FROM region r
      WHERE r.level = 'DESA'
        AND r.geom && ST_Transform(ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096), 4326)
    ) AS t`,
};

type Variables = Record<string, unknown>;

const str = (v: Variables, key: string) => String(v[key] ?? '');
const num = (v: Variables, key: string) => Number(v[key]);
const tolerance = (v: Variables) => num(v, 'simplifyMeters') / metresPerDegree;

/** One statement per operation; returns the JSON body. */
const handlers: Record<string, (pool: pg.Pool, v: Variables) => Promise<string>> = {
  choropleth: (pool, v) =>
    body(pool, sql.choropleth, [
      str(v, 'kode'),
      str(v, 'indicator'),
      str(v, 'period'),
      tolerance(v),
    ]),
  choroplethField: (pool, v) =>
    body(pool, sql.choroplethField, [
      str(v, 'kode'),
      str(v, 'indicator'),
      str(v, 'period'),
      tolerance(v),
    ]),
  choroplethValues: (pool, v) =>
    body(pool, sql.choroplethValues, [str(v, 'kode'), str(v, 'indicator'), str(v, 'period')]),
  detail: (pool, v) =>
    body(pool, sql.detail, [str(v, 'kode'), str(v, 'indicator'), str(v, 'period'), tolerance(v)]),
  point: (pool, v) => body(pool, sql.point, [num(v, 'longitude'), num(v, 'latitude')]),
  areaStats: (pool, v) =>
    body(pool, sql.areaStats, [JSON.stringify(v.geometry), str(v, 'indicator'), str(v, 'period')]),
  lisa: async (pool, v) => {
    const { rows } = await pool.query<{ kode: string; value: number | null; neighbours: string[] }>(
      sql.lisa,
      [str(v, 'kode'), str(v, 'indicator'), str(v, 'period'), 1 / metresPerDegree],
    );
    return JSON.stringify({ data: { spatialAutocorrelation: lisa(rows, num(v, 'seed')) } });
  },
};

async function body(pool: pg.Pool, text: string, params: unknown[]): Promise<string> {
  const { rows } = await pool.query<{ body: string }>(text, params);
  return rows[0]?.body ?? 'null';
}

/** Moran, LISA with 999 conditional permutations, Gi* and BH as the app computes them. */
function lisa(rows: { kode: string; value: number | null; neighbours: string[] }[], seed: number) {
  const used = rows.flatMap((row, i) => (row.value === null ? [] : [i]));
  const position = new Map(used.map((index, p) => [rows[index]?.kode as string, p]));
  const x = used.map((i) => rows[i]?.value as number);
  const graph = used.map((i) =>
    (rows[i]?.neighbours ?? []).flatMap((kode) => {
      const p = position.get(kode);
      return p === undefined ? [] : [p];
    }),
  );
  const moran = moranGlobal(x, { neighbours: graph });
  const local = localMoran(x, { neighbours: graph });
  const permuted = localMoranPermutation(x, { neighbours: graph }, { permutations: 999, seed });
  const gStar = localGStar(x, graph);
  const { significant } = benjaminiHochberg(
    permuted.map((r) => r.pSim),
    0.05,
  );
  return {
    moran: { i: moran.I, z: moran.z, p: moran.p },
    regions: rows.map((row) => {
      const p = position.get(row.kode);
      const alone = p === undefined || (graph[p] ?? []).length === 0;
      return {
        kode: row.kode,
        localI: alone ? null : (local[p]?.ii ?? null),
        pseudoP: alone ? null : (permuted[p]?.pSim ?? null),
        quadrant: alone ? null : (local[p]?.quadrant ?? null),
        significant: alone ? null : (significant[p] ?? false),
        giStarZ: alone ? null : (gStar[p] ?? null),
      };
    }),
  };
}

async function handle(pool: pg.Pool, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://floor');
  if (url.pathname === '/healthz') return send(res, 200, '{"status":"ok"}');
  const tile = url.pathname.match(/^\/tiles\/desa\/(\d+)\/(\d+)\/(\d+)\.mvt$/);
  if (tile && req.method === 'GET') {
    const { rows } = await pool.query<{ tile: Buffer }>(sql.tile, tile.slice(1, 4).map(Number));
    res.writeHead(200, { 'content-type': 'application/vnd.mapbox-vector-tile' });
    res.end(rows[0]?.tile ?? Buffer.alloc(0));
    return;
  }
  const op = url.pathname.match(/^\/op\/(\w+)$/)?.[1];
  const handler = op ? handlers[op] : undefined;
  if (!handler || req.method !== 'POST') return send(res, 404, '{"error":"no such operation"}');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const variables = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Variables;
  send(res, 200, await handler(pool, variables));
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(text);
}

function main(): void {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = createServer((req, res) => {
    handle(pool, req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: String(error) }));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1', () =>
    console.log(`floor listening on ${process.env.PORT}`),
  );
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main();
