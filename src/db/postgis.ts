import type { Geometry, MultiPolygon, Point } from 'geojson';
import { Prisma } from '../generated/prisma/client.ts';
import type { RegionLevel } from '../generated/prisma/enums.ts';
import { metresPerDegree, simplifiedGeom, simplifiedGeomText } from './generalised.ts';

/** Derived geometry facts of one region, read in one statement for a batch of regions. */
export interface RegionGeometryInfo {
  kode: string;
  /** region.geom_version these facts were derived from. */
  geomVersion: number;
  hasGeometry: boolean;
  areaKm2: number | null;
  /** A point guaranteed inside the polygon (ST_PointOnSurface). */
  centroid: Point | null;
  /** [west, south, east, north] */
  bbox: [number, number, number, number] | null;
}

export interface GeometryOptions {
  /** Douglas–Peucker tolerance in metres (converted at the equator, 1° ≈ 111,320 m); 0 keeps all. */
  simplifyMeters?: number;
  /** Decimal digits of coordinates (6 ≈ 0.1 m). */
  precision?: number;
}

export interface GeometryText {
  kode: string;
  /** region.geom_version of the boundary the text was made from. */
  geomVersion: number;
  geojson: string;
}

export interface GeometryInput {
  kode: string;
  geometry: Geometry;
}

export interface GeometryCheck {
  kode: string;
  valid: boolean;
  reason: string | null;
  /** ST_GeometryType after repair and extraction of the polygonal part. */
  polygonal: boolean;
}

/**
 * PostGIS, reached only through these named functions. Every statement is a parameterised tagged
 * template; geometry crosses the boundary as GeoJSON text with [longitude, latitude] coordinates.
 */
export const postgisExtension = Prisma.defineExtension((client) =>
  client.$extends({
    name: 'postgis',
    model: {
      region: {
        /** Area, inner point and bbox for each kode (missing kodes are absent from the result). */
        async geometryInfo(kodes: readonly string[]): Promise<RegionGeometryInfo[]> {
          const ctx = Prisma.getExtensionContext(this);
          const rows = await ctx.$parent.$queryRaw<GeometryInfoRow[]>`
            SELECT kode, geom_version, geom IS NOT NULL AS has_geometry, area_km2,
                   ST_AsGeoJSON(label_point, 7) AS centroid,
                   ST_XMin(geom) AS xmin, ST_YMin(geom) AS ymin,
                   ST_XMax(geom) AS xmax, ST_YMax(geom) AS ymax
            FROM region WHERE kode = ANY(${[...kodes]}::text[])`;
          return rows.map(geometryInfoOf);
        },

        /** Boundaries as GeoJSON MultiPolygons, optionally simplified and rounded. */
        async geometryGeoJSON(
          kodes: readonly string[],
          options: GeometryOptions = {},
        ): Promise<{ kode: string; geometry: MultiPolygon }[]> {
          const ctx = Prisma.getExtensionContext(this);
          const rows = await geometryTextQuery(ctx.$parent, kodes, options);
          return rows.map((row) => ({
            kode: row.kode,
            geometry: JSON.parse(row.geojson) as MultiPolygon,
          }));
        },

        /**
         * Boundaries as GeoJSON text exactly as PostGIS wrote it (to pass straight into a
         * response), each with the geometry version it was made from.
         */
        async geometryText(
          kodes: readonly string[],
          options: GeometryOptions = {},
        ): Promise<GeometryText[]> {
          const ctx = Prisma.getExtensionContext(this);
          return geometryTextQuery(ctx.$parent, kodes, options);
        },

        /**
         * The region of `level` covering the point. A point on a boundary shared by several
         * regions belongs to the one with the smallest kode.
         */
        async kodeAt(
          longitude: number,
          latitude: number,
          level: RegionLevel,
        ): Promise<string | null> {
          const ctx = Prisma.getExtensionContext(this);
          const rows = await ctx.$parent.$queryRaw<{ kode: string }[]>`
            SELECT kode FROM region
            WHERE level = ${level}::"RegionLevel" AND geom IS NOT NULL
              AND ST_Covers(geom, ST_SetSRID(ST_MakePoint(${longitude}::float8, ${latitude}::float8), 4326))
            ORDER BY kode LIMIT 1`;
          return rows[0]?.kode ?? null;
        },

        /** Validity of each input geometry, and whether repair leaves a polygonal part. */
        async checkGeometries(inputs: readonly GeometryInput[]): Promise<GeometryCheck[]> {
          const ctx = Prisma.getExtensionContext(this);
          const rows = await ctx.$parent.$queryRaw<
            { kode: string; valid: boolean; reason: string | null; polygonal: boolean }[]
          >`
            WITH input AS (
              SELECT u.kode, ST_SetSRID(ST_GeomFromGeoJSON(u.geojson), 4326) AS g, u.ord
              FROM unnest(${inputs.map((i) => i.kode)}::text[],
                          ${inputs.map((i) => JSON.stringify(i.geometry))}::text[])
                   WITH ORDINALITY AS u(kode, geojson, ord)
            )
            SELECT kode, ST_IsValid(g) AS valid,
                   CASE WHEN ST_IsValid(g) THEN NULL ELSE ST_IsValidReason(g) END AS reason,
                   NOT ST_IsEmpty(ST_CollectionExtract(ST_MakeValid(g), 3)) AS polygonal
            FROM input ORDER BY ord`;
          return rows;
        },

        /**
         * Sets boundaries: repaired with ST_MakeValid, reduced to their polygonal part and
         * promoted to MultiPolygon. Returns the number of regions updated.
         */
        async setGeometries(inputs: readonly GeometryInput[], source: string): Promise<number> {
          const ctx = Prisma.getExtensionContext(this);
          return ctx.$parent.$executeRaw`
            UPDATE region AS r
            SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(
                         ST_SetSRID(ST_GeomFromGeoJSON(u.geojson), 4326)), 3)),
                geom_source = ${source},
                updated_at = now()
            FROM unnest(${inputs.map((i) => i.kode)}::text[],
                        ${inputs.map((i) => JSON.stringify(i.geometry))}::text[]) AS u(kode, geojson)
            WHERE r.kode = u.kode`;
        },
      },
    },
  }),
);

/** A row of `geometryInfo`'s statement. */
export interface GeometryInfoRow {
  kode: string;
  geom_version: number;
  has_geometry: boolean;
  area_km2: number | null;
  centroid: string | null;
  xmin: number | null;
  ymin: number | null;
  xmax: number | null;
  ymax: number | null;
}

/** The facts of a row of `geometryInfo`'s columns (named as there). */
export function geometryInfoOf(row: GeometryInfoRow): RegionGeometryInfo {
  return {
    kode: row.kode,
    geomVersion: row.geom_version,
    hasGeometry: row.has_geometry,
    areaKm2: row.area_km2,
    centroid: row.centroid ? (JSON.parse(row.centroid) as Point) : null,
    bbox:
      row.xmin === null || row.ymin === null || row.xmax === null || row.ymax === null
        ? null
        : [row.xmin, row.ymin, row.xmax, row.ymax],
  };
}

/**
 * SQL text (for `readRows`) of what `geometryInfo` reads of the region row `r`, in its order:
 * has_geometry, area_km2, centroid, xmin, ymin, xmax, ymax.
 */
export const geometryInfoColumns = `r.geom IS NOT NULL, r.area_km2, ST_AsGeoJSON(r.label_point, 7),
  ST_XMin(r.geom), ST_YMin(r.geom), ST_XMax(r.geom), ST_YMax(r.geom)`;

/**
 * SQL text (for `readRows`) of what `geometryText` reads for the region row `r`, the tolerance in
 * degrees and the precision in the given parameters: its statement's expression.
 */
export function geometryTextColumn(tolerance: string, precision: string): string {
  return `ST_AsGeoJSON(
             CASE WHEN ${tolerance}::float8 > 0
               THEN ST_Multi(${simplifiedGeomText(tolerance)})
               ELSE r.geom END,
             ${precision}::int)`;
}

/**
 * @private One statement: simplified (the stored generalisation when the tolerance is on its
 * ladder), rounded GeoJSON text per kode with a boundary.
 */
function geometryTextQuery(
  client: { $queryRaw: <T>(query: TemplateStringsArray, ...values: unknown[]) => Promise<T> },
  kodes: readonly string[],
  options: GeometryOptions,
): Promise<GeometryText[]> {
  const tolerance = (options.simplifyMeters ?? 0) / metresPerDegree;
  const precision = options.precision ?? 6;
  return client.$queryRaw<GeometryText[]>`
    SELECT r.kode, r.geom_version AS "geomVersion",
           ST_AsGeoJSON(
             CASE WHEN ${tolerance}::float8 > 0
               THEN ST_Multi(${simplifiedGeom(tolerance)})
               ELSE r.geom END,
             ${precision}::int) AS geojson
    FROM region r WHERE r.kode = ANY(${[...kodes]}::text[]) AND r.geom IS NOT NULL`;
}
