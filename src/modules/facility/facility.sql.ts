import type { Point } from 'geojson';
import type { Db, Tx } from '../../db/client.ts';
import { db } from '../../db/client.ts';
import type { FacilityKind } from '../../generated/prisma/enums.ts';

/** A facility to write; `longitude`/`latitude` in degrees (WGS 84). */
export interface FacilityRow {
  id: string;
  kind: FacilityKind;
  name: string;
  registryCode: string | null;
  desaKode: string;
  /** The puskesmas of a posyandu; null for a puskesmas. */
  puskesmasId: string | null;
  rw: string | null;
  active: boolean;
  longitude: number;
  latitude: number;
  source: string;
}

/** A region in the work area of a puskesmas; dates are "YYYY-MM-DD", `validTo` exclusive. */
export interface ServiceAreaRow {
  puskesmasId: string;
  regionKode: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * A facility and its geodesic distance from a point, in metres rounded to the millimetre: the
 * ellipsoidal computation differs in the last bits between mirror-image points, so distances are
 * compared (and ties broken by id) at that resolution.
 */
export interface FacilityDistanceRow {
  id: string;
  meters: number;
}

/**
 * Inserts or updates facilities in one statement (puskesmas before posyandu, so a posyandu may
 * name a puskesmas of the same batch), then checks that every posyandu of the batch sits under
 * a puskesmas. Returns the number of rows written.
 */
export async function upsertFacilities(
  client: Db | Tx,
  rows: readonly FacilityRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const written = await client.$executeRaw`
    INSERT INTO facility
      (id, kind, name, registry_code, desa_kode, puskesmas_id, rw, active, location, source)
    SELECT u.id, u.kind::"FacilityKind", u.name, u.registry_code, u.desa_kode, u.puskesmas_id,
           u.rw, u.active, ST_SetSRID(ST_MakePoint(u.lon, u.lat), 4326), u.source
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.kind)}::text[],
                ${rows.map((r) => r.name)}::text[], ${rows.map((r) => r.registryCode)}::text[],
                ${rows.map((r) => r.desaKode)}::text[], ${rows.map((r) => r.puskesmasId)}::text[],
                ${rows.map((r) => r.rw)}::text[], ${rows.map((r) => r.active)}::boolean[],
                ${rows.map((r) => r.longitude)}::float8[], ${rows.map((r) => r.latitude)}::float8[],
                ${rows.map((r) => r.source)}::text[])
         AS u(id, kind, name, registry_code, desa_kode, puskesmas_id, rw, active, lon, lat, source)
    ORDER BY u.kind::"FacilityKind", u.id
    ON CONFLICT (id) DO UPDATE
      SET kind = EXCLUDED.kind, name = EXCLUDED.name, registry_code = EXCLUDED.registry_code,
          desa_kode = EXCLUDED.desa_kode, puskesmas_id = EXCLUDED.puskesmas_id, rw = EXCLUDED.rw,
          active = EXCLUDED.active, location = EXCLUDED.location, source = EXCLUDED.source,
          updated_at = now()`;
  const misplaced = await client.$queryRaw<{ id: string }[]>`
    SELECT f.id FROM facility f
    LEFT JOIN facility p ON p.id = f.puskesmas_id
    WHERE f.id = ANY(${rows.map((r) => r.id)}::text[])
      AND f.kind = 'POSYANDU' AND (p.id IS NULL OR p.kind <> 'PUSKESMAS')
    ORDER BY f.id
    LIMIT 5`;
  if (misplaced.length > 0) {
    throw new Error(
      `posyandu must sit under a puskesmas: ${misplaced.map((r) => r.id).join(', ')}`,
    );
  }
  return written;
}

/** Inserts or updates work-area rows in one statement; returns the number written. */
export async function upsertServiceAreas(
  client: Db | Tx,
  rows: readonly ServiceAreaRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  return client.$executeRaw`
    INSERT INTO facility_service_area (puskesmas_id, region_kode, valid_from, valid_to)
    SELECT u.puskesmas_id, u.region_kode, u.valid_from, u.valid_to
    FROM unnest(${rows.map((r) => r.puskesmasId)}::text[],
                ${rows.map((r) => r.regionKode)}::text[],
                ${rows.map((r) => r.validFrom)}::date[], ${rows.map((r) => r.validTo)}::date[])
         AS u(puskesmas_id, region_kode, valid_from, valid_to)
    ON CONFLICT (puskesmas_id, region_kode, valid_from) DO UPDATE
      SET valid_to = EXCLUDED.valid_to`;
}

/**
 * Facilities (of `kind`, or all when null) within `meters` of the point by geodesic distance on
 * the WGS 84 ellipsoid, nearest first, ties (to the millimetre) by id, at most `limit`. The GiST index on
 * `location::geography` picks the candidates.
 */
export async function facilitiesWithinRows(
  longitude: number,
  latitude: number,
  meters: number,
  kind: FacilityKind | null,
  limit: number,
): Promise<FacilityDistanceRow[]> {
  return db.$queryRaw<FacilityDistanceRow[]>`
    WITH p AS (
      SELECT ST_SetSRID(ST_MakePoint(${longitude}::float8, ${latitude}::float8), 4326)::geography AS g
    )
    SELECT f.id, round(ST_Distance(f.location::geography, p.g)::numeric, 3)::float8 AS meters
    FROM facility f, p
    WHERE (${kind}::text IS NULL OR f.kind = ${kind}::"FacilityKind")
      AND ST_DWithin(f.location::geography, p.g, ${meters}::float8)
    ORDER BY meters, f.id
    LIMIT ${limit}::int`;
}

/**
 * The `k` facilities (of `kind`, or all when null) nearest to the point by geodesic distance,
 * ties (to the millimetre) by id. The index order `<->` on geography measures on a sphere, which may rank a few
 * facilities differently from the ellipsoid; so its first k only set a radius r (the farthest of
 * them on the ellipsoid), and every facility within r is ranked again on the ellipsoid. The true
 * k nearest all lie within r, so the answer is exact.
 */
export async function nearestFacilityRows(
  longitude: number,
  latitude: number,
  k: number,
  kind: FacilityKind | null,
): Promise<FacilityDistanceRow[]> {
  return db.$queryRaw<FacilityDistanceRow[]>`
    WITH p AS (
      SELECT ST_SetSRID(ST_MakePoint(${longitude}::float8, ${latitude}::float8), 4326)::geography AS g
    ),
    candidates AS (
      SELECT f.location FROM facility f, p
      WHERE (${kind}::text IS NULL OR f.kind = ${kind}::"FacilityKind")
      ORDER BY f.location::geography <-> p.g
      LIMIT ${k}::int
    ),
    radius AS (
      SELECT max(ST_Distance(c.location::geography, p.g)) AS r FROM candidates c, p
    )
    SELECT f.id, round(ST_Distance(f.location::geography, p.g)::numeric, 3)::float8 AS meters
    FROM facility f, p, radius
    WHERE (${kind}::text IS NULL OR f.kind = ${kind}::"FacilityKind")
      AND radius.r IS NOT NULL
      -- a millimetre of slack: ST_DWithin and ST_Distance need not round alike
      AND ST_DWithin(f.location::geography, p.g, radius.r + 0.001)
    ORDER BY meters, f.id
    LIMIT ${k}::int`;
}

/** The location of each facility of `ids` as a GeoJSON Point (7 decimals, about 1 cm). */
export async function facilityLocations(
  ids: readonly string[],
): Promise<{ id: string; location: Point }[]> {
  const rows = await db.$queryRaw<{ id: string; geojson: string }[]>`
    SELECT id, ST_AsGeoJSON(location, 7) AS geojson
    FROM facility
    WHERE id = ANY(${[...ids]}::text[])`;
  return rows.map((row) => ({ id: row.id, location: JSON.parse(row.geojson) as Point }));
}
