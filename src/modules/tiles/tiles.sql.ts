import { db } from '../../db/client.ts';
import { simplifiedGeom } from '../../db/generalised.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { type TileAddress, tileBuffer, tileExtent } from './tiles.math.ts';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export interface RegionScope {
  level: RegionLevel;
  /** Only regions inside this one (any depth); null: every region of the level. */
  parentKode: string | null;
}

/** Kodes of the regions whose boundary meets `bounds` (the buffered tile), in kode order. */
export async function regionKodesIn(scope: RegionScope, bounds: Bounds): Promise<string[]> {
  const rows = await db.$queryRaw<{ kode: string }[]>`
    SELECT kode FROM region
    WHERE ${scopeFilter(scope)}
      AND geom && ST_MakeEnvelope(${bounds[0]}::float8, ${bounds[1]}::float8, ${bounds[2]}::float8, ${bounds[3]}::float8, 4326)
      AND ST_Intersects(geom, ST_MakeEnvelope(${bounds[0]}::float8, ${bounds[1]}::float8, ${bounds[2]}::float8, ${bounds[3]}::float8, 4326))
    ORDER BY kode`;
  return rows.map((row) => row.kode);
}

/**
 * The regions whose boundary meets `bounds` as GeoJSON in degrees, simplified by
 * `toleranceDegrees` (stored for the zooms of the generalisation ladder) and cut to `clip` (a box larger than `bounds`, so the encoder's own clipping
 * decides the edge): the input of the in-process tile encoder.
 */
export async function regionShapesIn(
  scope: RegionScope,
  bounds: Bounds,
  clip: Bounds,
  toleranceDegrees: number,
  precision: number,
): Promise<{ kode: string; nama: string; geojson: string }[]> {
  return db.$queryRaw<{ kode: string; nama: string; geojson: string }[]>`
    SELECT r.kode, r.nama,
           ST_AsGeoJSON(
             ST_ClipByBox2D(
               ${simplifiedGeom(toleranceDegrees)},
               ST_MakeEnvelope(${clip[0]}::float8, ${clip[1]}::float8, ${clip[2]}::float8, ${clip[3]}::float8, 4326)),
             ${precision}::int) AS geojson
    FROM region r
    WHERE ${scopeFilter(scope, Prisma.sql`r.`)}
      AND r.geom && ST_MakeEnvelope(${bounds[0]}::float8, ${bounds[1]}::float8, ${bounds[2]}::float8, ${bounds[3]}::float8, 4326)
      AND ST_Intersects(r.geom, ST_MakeEnvelope(${bounds[0]}::float8, ${bounds[1]}::float8, ${bounds[2]}::float8, ${bounds[3]}::float8, 4326))
    ORDER BY r.kode`;
}

/** Per-feature values of a tile, parallel arrays by kode (null: no value, no class). */
export interface TileProperties {
  kodes: string[];
  values: (number | null)[];
  suppressed: boolean[];
  classes: (number | null)[];
}

/**
 * A Mapbox Vector Tile cut by PostGIS (ST_AsMVTGeom + ST_AsMVT; PostgreSQL only): one layer
 * named `layer`, extent 4096, buffer 64, feature id from the kode digits, properties kode and
 * nama and, with `properties`, value, suppressed and class. The same regions as
 * {@link regionShapesIn} (boundary meeting `bounds`), simplified alike. Empty: no bytes.
 */
export async function mvtTile(
  scope: RegionScope,
  tile: TileAddress,
  layer: string,
  bounds: Bounds,
  toleranceDegrees: number,
  properties: TileProperties | null,
): Promise<Uint8Array> {
  const p = properties ?? { kodes: [], values: [], suppressed: [], classes: [] };
  const columns = properties
    ? Prisma.sql`f.id, f.kode, f.nama, f.value, f.suppressed, f."class", f.geom`
    : Prisma.sql`f.id, f.kode, f.nama, f.geom`;
  const rows = await db.$queryRaw<{ tile: Uint8Array | null }[]>`
    WITH p AS (
      SELECT * FROM unnest(${p.kodes}::text[], ${p.values}::float8[], ${p.suppressed}::bool[],
                           ${p.classes}::int[]) AS p(kode, value, suppressed, "class")
    ),
    f AS (
      SELECT replace(r.kode, '.', '')::bigint AS id, r.kode, r.nama, p.value, p.suppressed,
             p."class",
             ST_AsMVTGeom(
               ST_Transform(${simplifiedGeom(toleranceDegrees)}, 3857),
               ST_TileEnvelope(${tile.z}::int, ${tile.x}::int, ${tile.y}::int),
               ${tileExtent}::int, ${tileBuffer}::int, true) AS geom
      FROM region r LEFT JOIN p ON p.kode = r.kode
      WHERE ${scopeFilter(scope, Prisma.sql`r.`)}
        AND r.geom && ST_MakeEnvelope(${bounds[0]}::float8, ${bounds[1]}::float8, ${bounds[2]}::float8, ${bounds[3]}::float8, 4326)
        AND ST_Intersects(r.geom, ST_MakeEnvelope(${bounds[0]}::float8, ${bounds[1]}::float8, ${bounds[2]}::float8, ${bounds[3]}::float8, 4326))
    )
    SELECT ST_AsMVT(t.*, ${layer}::text, ${tileExtent}::int, 'geom', 'id') AS tile
    FROM (SELECT ${columns} FROM f WHERE f.geom IS NOT NULL ORDER BY f.kode) AS t`;
  return rows[0]?.tile ?? new Uint8Array();
}

/** Bounding box of the boundaries of a scope, or null when none is loaded. */
export async function scopeBounds(scope: RegionScope): Promise<Bounds | null> {
  const rows = await db.$queryRaw<
    { w: number | null; s: number | null; e: number | null; n: number | null }[]
  >`
    SELECT ST_XMin(x) AS w, ST_YMin(x) AS s, ST_XMax(x) AS e, ST_YMax(x) AS n
    FROM (SELECT ST_Extent(geom)::box2d AS x FROM region WHERE ${scopeFilter(scope)}) AS b`;
  const row = rows[0];
  if (!row || row.w === null || row.s === null || row.e === null || row.n === null) return null;
  return [row.w, row.s, row.e, row.n];
}

/**
 * The boundaries of a scope for a GeoJSON FeatureCollection, in kode order, at most `limit`:
 * simplified by `toleranceDegrees` (0: as stored), rounded to `precision` digits, with exterior
 * rings counter-clockwise and holes clockwise as RFC 7946 §3.1.6 asks (ST_ForcePolygonCCW).
 */
export async function scopeShapes(
  scope: RegionScope,
  toleranceDegrees: number,
  precision: number,
  limit: number,
): Promise<{ kode: string; nama: string; geojson: string }[]> {
  return db.$queryRaw<{ kode: string; nama: string; geojson: string }[]>`
    SELECT r.kode, r.nama,
           ST_AsGeoJSON(
             ST_ForcePolygonCCW(
               CASE WHEN ${toleranceDegrees}::float8 > 0
                 THEN ST_Multi(${simplifiedGeom(toleranceDegrees)})
                 ELSE r.geom END),
             ${precision}::int) AS geojson
    FROM region r
    WHERE ${scopeFilter(scope, Prisma.sql`r.`)} AND r.geom IS NOT NULL
    ORDER BY r.kode
    LIMIT ${limit}::int`;
}

/** @private The level and parent condition (the kode range is served by the primary key). */
function scopeFilter(scope: RegionScope, alias: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`${alias}level = ${scope.level}::"RegionLevel"
    AND (${scope.parentKode}::text IS NULL
         OR (${alias}kode >= ${scope.parentKode}::text || '.'
             AND ${alias}kode < ${scope.parentKode}::text || '/'))`;
}
