import type { MultiPolygon } from 'geojson';
import { db, readRows } from '../../db/client.ts';
import { regionScopes } from '../../db/freshness.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';

/** One region of an analysis universe (the regions of one level inside one region). */
export interface UniverseRow {
  kode: string;
  nama: string;
  hasGeometry: boolean;
  /** Grows whenever the boundary is written (migration 0008). */
  geomVersion: number;
}

/** The regions of a universe and the freshness stamp of their level, read together. */
export interface UniverseRows {
  rows: UniverseRow[];
  /**
   * The data-version stamp of the level's regions (the sum of the counters of `regionScopes`, src/db/freshness.ts):
   * changes with every write to a region of the level, boundaries and membership included.
   * 'empty' when the universe has no region (its weights are then empty whatever the stamp).
   */
  stamp: string;
}

/**
 * The regions of `level` inside `parentKode` (all of them when null), ordered by kode, with the
 * stamp of the level's data version in the same statement (one snapshot): enough to list the
 * universe and to key cached spatial weights. The kode range ('32.16.' <= kode < '32.16/') is
 * served by the "C"-collated primary key.
 */
export async function universeRows(
  level: RegionLevel,
  parentKode: string | null,
): Promise<UniverseRows> {
  // Read below Prisma: a province's desa universe is 5,957 rows (issue 15).
  // The stamp: the sum of the level's counters, read in the same snapshot as the rows.
  const where = parentKode === null ? '' : `AND kode >= $3 || '.' AND kode < $3 || '/'`;
  const rows = await readRows(
    `SELECT kode, nama, geom IS NOT NULL, geom_version,
            (SELECT coalesce(sum(version), 0)::text FROM data_version WHERE scope = ANY($2::text[]))
     FROM region WHERE level = $1::"RegionLevel" ${where} ORDER BY kode`,
    parentKode === null ? [level, regionScopes(level)] : [level, regionScopes(level), parentKode],
  );
  return {
    rows: rows.map((row) => ({
      kode: row[0] as string,
      nama: row[1] as string,
      hasGeometry: row[2] as boolean,
      geomVersion: row[3] as number,
    })),
    stamp: (rows[0]?.[4] as string | undefined) ?? 'empty',
  };
}

/** A drawn geometry as PostGIS sees it, with the desa it touches. */
export interface DrawnGeometryCandidates {
  valid: boolean;
  /** ST_IsValidReason when not valid. */
  reason: string | null;
  /** Geodesic area of the drawn geometry on the WGS 84 ellipsoid, km². */
  areaKm2: number;
  /**
   * Desa wholly inside the drawing (ST_CoveredBy) come without their boundary: their share is 1
   * and nothing is left for Turf to intersect. The others carry their boundary.
   */
  desa: (
    | { kode: string; areaKm2: number; inside: true; geometry: null }
    | { kode: string; areaKm2: number | null; inside: false; geometry: MultiPolygon }
  )[];
}

/**
 * Checks a client-drawn (multi)polygon and finds the desa whose boundary intersects it, in one
 * statement: bounding boxes first (`&&`, served by the GiST index), then `ST_Intersects`. An
 * invalid geometry (self-intersection and the like) is reported and matched with nothing.
 */
export async function drawnGeometryCandidates(geojson: string): Promise<DrawnGeometryCandidates> {
  const rows = await db.$queryRaw<
    {
      valid: boolean;
      reason: string | null;
      drawn_km2: number;
      kode: string | null;
      area_km2: number | null;
      inside: boolean | null;
      geojson: string | null;
    }[]
  >`
    WITH drawn AS (
      SELECT g, ST_IsValid(g) AS valid
      FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${geojson}::text), 4326) AS g) AS input
    )
    SELECT d.valid, CASE WHEN d.valid THEN NULL ELSE ST_IsValidReason(d.g) END AS reason,
           ST_Area(d.g::geography) / 1e6 AS drawn_km2,
           r.kode, r.area_km2, r.inside,
           CASE WHEN r.inside THEN NULL ELSE ST_AsGeoJSON(r.geom, 9) END AS geojson
    FROM drawn d
    LEFT JOIN LATERAL (
      SELECT kode, area_km2, geom, area_km2 IS NOT NULL AND ST_CoveredBy(geom, d.g) AS inside
      FROM region
      WHERE d.valid AND level = 'DESA' AND geom && d.g AND ST_Intersects(geom, d.g)
    ) AS r ON true
    ORDER BY r.kode`;
  const first = rows[0];
  if (!first) throw new Error('the drawn geometry query returned no row');
  return {
    valid: first.valid,
    reason: first.reason,
    areaKm2: first.drawn_km2,
    desa: rows.flatMap((row): DrawnGeometryCandidates['desa'] => {
      if (row.kode === null) return [];
      if (row.inside && row.area_km2 !== null) {
        return [{ kode: row.kode, areaKm2: row.area_km2, inside: true, geometry: null }];
      }
      if (row.geojson === null) return [];
      return [
        {
          kode: row.kode,
          areaKm2: row.area_km2,
          inside: false,
          geometry: JSON.parse(row.geojson) as MultiPolygon,
        },
      ];
    }),
  };
}

/** A region and its geodesic distance from a point. */
export interface RegionDistanceRow {
  kode: string;
  /** Metres on the WGS 84 ellipsoid (PostGIS geography); 0 when the region contains the point. */
  meters: number;
}

/**
 * Regions of `level` whose boundary lies within `meters` of the point, nearest first (ties by
 * kode), at most `limit`. A box around the point (widened generously from metres to degrees)
 * lets the GiST index pick candidates; `ST_DWithin` on geography decides.
 */
export async function regionsWithinRows(
  longitude: number,
  latitude: number,
  meters: number,
  level: RegionLevel,
  limit: number,
): Promise<RegionDistanceRow[]> {
  const padY = meters / 110_000;
  const padX =
    meters / (111_000 * Math.cos((Math.min(89, Math.abs(latitude) + 1) * Math.PI) / 180));
  return db.$queryRaw<RegionDistanceRow[]>`
    WITH p AS (SELECT ST_SetSRID(ST_MakePoint(${longitude}::float8, ${latitude}::float8), 4326) AS pt)
    SELECT r.kode, ST_Distance(r.geom::geography, p.pt::geography) AS meters
    FROM region r, p
    WHERE r.level = ${level}::"RegionLevel" AND r.geom IS NOT NULL
      AND r.geom && ST_Expand(p.pt, ${padX}::float8, ${padY}::float8)
      AND ST_DWithin(r.geom::geography, p.pt::geography, ${meters}::float8)
    ORDER BY meters, r.kode
    LIMIT ${limit}::int`;
}

/**
 * The `k` regions of `level` nearest to the point by geodesic distance (ties by kode). The index
 * ordering `<->` (planar, in degrees) preselects 4k + 16 candidates, far more than the few
 * tenths of a percent by which degrees distort the order near the equator; geography decides.
 */
export async function nearestRegionRows(
  longitude: number,
  latitude: number,
  k: number,
  level: RegionLevel,
): Promise<RegionDistanceRow[]> {
  return db.$queryRaw<RegionDistanceRow[]>`
    WITH p AS (SELECT ST_SetSRID(ST_MakePoint(${longitude}::float8, ${latitude}::float8), 4326) AS pt),
    candidates AS (
      SELECT r.kode, r.geom FROM region r, p
      WHERE r.level = ${level}::"RegionLevel" AND r.geom IS NOT NULL
      ORDER BY r.geom <-> p.pt
      LIMIT ${4 * k + 16}::int
    )
    SELECT c.kode, ST_Distance(c.geom::geography, p.pt::geography) AS meters
    FROM candidates c, p
    ORDER BY meters, c.kode
    LIMIT ${k}::int`;
}
