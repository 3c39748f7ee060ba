import { Prisma } from '../generated/prisma/client.ts';

/** Metres per degree at the equator, how `simplifyMeters` becomes a tolerance in degrees. */
export const metresPerDegree = 111_320;

/**
 * SQL for the boundary of the region row aliased `r`, simplified by `toleranceDegrees` with
 * ST_SimplifyPreserveTopology: the stored generalisation (region_generalised, migration 0015) when
 * the tolerance is a step of its ladder and the row is of the boundary's geom_version, else
 * computed here as before. Both give the same geometry, so callers wrap it exactly as they would
 * the computed one (ST_Multi, ring order, clipping, ST_AsGeoJSON precision).
 *
 * The ladder holds float8 tolerances computed like `simplifyMeters / metresPerDegree` and
 * `toleranceDegrees(z)`; a tolerance equal to one of them is served from it.
 */
export function simplifiedGeom(toleranceDegrees: number): Prisma.Sql {
  // simplifiedGeomText's expression, its parameter bound to the tolerance.
  const parts = simplifiedGeomText('\u0000').split('\u0000');
  return Prisma.sql(parts, ...parts.slice(1).map(() => toleranceDegrees));
}

/** `simplifiedGeom` as SQL text for `readRows`, the tolerance in degrees in `parameter` ("$4"). */
export function simplifiedGeomText(parameter: string): string {
  return `COALESCE(
    (SELECT g.geom FROM region_generalised g
     WHERE g.kode = r.kode AND g.tolerance = ${parameter}::float8
       AND g.geom_version = r.geom_version),
    ST_SimplifyPreserveTopology(r.geom, ${parameter}::float8))`;
}
