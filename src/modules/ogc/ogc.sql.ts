import { db } from '../../db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import type { Envelope } from './ogc.envelope.ts';

/** Which regions of one level a feature request selects; every condition is optional. */
export interface FeatureFilter {
  level: RegionLevel;
  /** Only this region (a single feature). */
  kode?: string | null;
  /** Equality on the region's parent (property `parentKode`). */
  parentKode?: string | null;
  /** Only regions inside this kabupaten (property `kabupatenKode`). */
  kabupatenKode?: string | null;
  /** DESA or KELURAHAN (property `jenis`). */
  jenis?: string | null;
  /** Boundary meets one of these boxes (two when a bbox crosses the antimeridian). */
  envelopes?: readonly Envelope[] | null;
}

/** One region as a feature: attributes and its boundary as GeoJSON text (null: none loaded). */
export interface FeatureRow {
  kode: string;
  nama: string;
  parentKode: string | null;
  jenis: string | null;
  areaKm2: number | null;
  geojson: string | null;
}

/**
 * One page of the regions a filter selects, in kode order, and how many it selects in all: one
 * statement (the count and the page read the same materialised selection; the bbox goes through
 * the GiST index with `&&` before the exact `ST_Intersects`). Boundaries are written as GeoJSON
 * with `precision` digits and RFC 7946 ring orientation. A page past the end still gets the count.
 */
export async function featurePage(
  filter: FeatureFilter,
  page: { limit: number; offset: number; precision: number },
): Promise<{ matched: number; rows: FeatureRow[] }> {
  const rows = await db.$queryRaw<
    {
      matched: number;
      kode: string | null;
      nama: string | null;
      parent_kode: string | null;
      jenis: string | null;
      area_km2: number | null;
      geojson: string | null;
    }[]
  >`
    WITH m AS MATERIALIZED (
      SELECT kode FROM region
      WHERE level = ${filter.level}::"RegionLevel"
        AND (${filter.kode ?? null}::text IS NULL OR kode = ${filter.kode ?? null}::text)
        AND (${filter.parentKode ?? null}::text IS NULL
             OR parent_kode = ${filter.parentKode ?? null}::text)
        AND (${filter.kabupatenKode ?? null}::text IS NULL
             OR (kode >= ${filter.kabupatenKode ?? null}::text || '.'
                 AND kode < ${filter.kabupatenKode ?? null}::text || '/'))
        AND (${filter.jenis ?? null}::text IS NULL OR jenis::text = ${filter.jenis ?? null}::text)
        AND ${envelopeCondition(filter.envelopes ?? null)}
    )
    SELECT c.matched, r.kode, r.nama, r.parent_kode, r.jenis, r.area_km2,
           ST_AsGeoJSON(ST_ForcePolygonCCW(r.geom), ${page.precision}::int) AS geojson
    FROM (SELECT count(*)::int AS matched FROM m) AS c
    LEFT JOIN LATERAL (
      SELECT region.kode, region.nama, region.parent_kode, region.jenis::text AS jenis,
             region.area_km2, region.geom
      FROM m JOIN region ON region.kode = m.kode
      ORDER BY region.kode
      LIMIT ${page.limit}::int OFFSET ${page.offset}::int
    ) AS r ON true
    ORDER BY r.kode`;
  const matched = rows[0]?.matched ?? 0;
  return {
    matched,
    rows: rows
      .filter((row) => row.kode !== null)
      .map((row) => ({
        kode: row.kode ?? '',
        nama: row.nama ?? '',
        parentKode: row.parent_kode,
        jenis: row.jenis,
        areaKm2: row.area_km2,
        geojson: row.geojson,
      })),
  };
}

/** The bounding box of the loaded boundaries of each level (one statement); absent: none. */
export async function levelExtents(
  levels: readonly RegionLevel[],
): Promise<Map<RegionLevel, Envelope>> {
  const rows = await db.$queryRaw<
    { level: RegionLevel; w: number; s: number; e: number; n: number }[]
  >`
    SELECT level::text AS level, ST_XMin(x) AS w, ST_YMin(x) AS s, ST_XMax(x) AS e, ST_YMax(x) AS n
    FROM (
      SELECT level, ST_Extent(geom)::box2d AS x FROM region
      WHERE level::text = ANY(${levels}::text[]) AND geom IS NOT NULL
      GROUP BY level
    ) AS b`;
  return new Map(rows.map((row) => [row.level, [row.w, row.s, row.e, row.n] as Envelope]));
}

/** @private `TRUE`, or the boundary meeting any of the boxes (index test, then exact). */
function envelopeCondition(envelopes: readonly Envelope[] | null): Prisma.Sql {
  if (!envelopes || envelopes.length === 0) return Prisma.sql`TRUE`;
  const tests = envelopes.map((e) => {
    const box = Prisma.sql`ST_MakeEnvelope(${e[0]}::float8, ${e[1]}::float8, ${e[2]}::float8, ${e[3]}::float8, 4326)`;
    return Prisma.sql`(geom && ${box} AND ST_Intersects(geom, ${box}))`;
  });
  return Prisma.sql`(${Prisma.join(tests, ' OR ')})`;
}
