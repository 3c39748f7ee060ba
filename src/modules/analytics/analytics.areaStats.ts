import { area } from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import { assertPeriod } from '../../args/period.ts';
import { config } from '../../config.ts';
import type { Context } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import { overlapShare } from '../../geo/overlapShare.ts';
import { polygonProblems } from '../../geo/polygonProblems.ts';
import { wilsonInterval } from '../../stats/wilsonInterval.ts';
import { drawnGeometryCandidates } from './analytics.sql.ts';
import { regionValues } from './analytics.values.ts';

/** How desa contribute to the rate of a drawn area. */
export type AreaWeighting = 'AREA' | 'POPULATION';

export interface AreaShareShape {
  kode: string;
  share: number;
  overlapKm2: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export interface AreaStatsShape {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  areaKm2: number;
  coveredAreaKm2: number;
  dataShare: number;
  regions: AreaShareShape[];
}

export interface AreaStatsArgs {
  geometry: object;
  indicator: string;
  period: string;
  weighting: AreaWeighting;
}

/**
 * Indicator figures for a client-drawn (multi)polygon from the desa it overlaps. Candidates come
 * from PostGIS (GiST `&&`, then `ST_Intersects`); a desa wholly inside the drawing
 * (`ST_CoveredBy`) has share 1, and each desa on its edge has its share of area inside computed
 * in process with Turf. Counts are apportioned by share (uniform density inside a desa):
 * numerator = Σ share·numerator, denominator = Σ share·denominator over the desa with data.
 *
 * - POPULATION: each desa weighs by the children it contributes (its denominator density ×
 *   overlap area = share·denominator), so value = numerator/denominator.
 * - AREA: each desa weighs by its overlap area, value = Σ overlap·rate / Σ overlap.
 *
 * The interval is the 95% Wilson interval as if round(denominator) children had been measured
 * and round(value·that) found stunted (apportioned counts are not integers).
 */
export async function computeAreaStats(ctx: Context, args: AreaStatsArgs): Promise<AreaStatsShape> {
  assertPeriod('period', args.period);
  const drawn = checkGeometry(args.geometry);
  const candidates = await drawnGeometryCandidates(JSON.stringify(drawn));
  if (!candidates.valid) {
    throw badUserInput('geometry', candidates.reason, 'geometry is not a valid (multi)polygon');
  }
  const touched = candidates.desa
    .map((desa) => {
      // Wholly inside (PostGIS ST_CoveredBy): share 1, no intersection to compute.
      if (desa.inside) return { kode: desa.kode, share: 1, overlapKm2: desa.areaKm2 };
      const share = overlapShare(desa.geometry, drawn);
      const areaKm2 = desa.areaKm2 ?? area(desa.geometry) / 1e6;
      return { kode: desa.kode, share, overlapKm2: share * areaKm2 };
    })
    .filter((desa) => desa.share > 0);
  const values = await regionValues(
    ctx,
    touched.map((desa) => desa.kode),
    args.indicator,
    args.period,
  );
  const regions = touched.map((desa, i): AreaShareShape => {
    const v = values[i];
    const counted =
      v !== undefined && v.numerator !== null && v.denominator !== null && v.denominator > 0;
    return {
      ...desa,
      numerator: counted ? desa.share * (v.numerator ?? 0) : null,
      denominator: counted ? desa.share * (v.denominator ?? 0) : null,
      value: counted ? (100 * (v.numerator ?? 0)) / (v.denominator ?? 1) : null,
    };
  });
  const withData = regions.filter((r) => r.numerator !== null);
  const sum = (list: AreaShareShape[], f: (r: AreaShareShape) => number) =>
    list.reduce((total, r) => total + f(r), 0);
  const numerator = withData.length ? sum(withData, (r) => r.numerator ?? 0) : null;
  const denominator = withData.length ? sum(withData, (r) => r.denominator ?? 0) : null;
  const dataArea = sum(withData, (r) => r.overlapKm2);
  let value: number | null = null;
  if (numerator !== null && denominator !== null && denominator > 0) {
    value =
      args.weighting === 'POPULATION'
        ? (100 * numerator) / denominator
        : dataArea > 0
          ? sum(withData, (r) => r.overlapKm2 * (r.value ?? 0)) / dataArea
          : null;
  }
  const interval = value === null || denominator === null ? null : wilson(value, denominator);
  return {
    numerator,
    denominator,
    value,
    ciLow: interval ? interval[0] : null,
    ciHigh: interval ? interval[1] : null,
    areaKm2: candidates.areaKm2,
    coveredAreaKm2: sum(regions, (r) => r.overlapKm2),
    dataShare: candidates.areaKm2 > 0 ? Math.min(1, dataArea / candidates.areaKm2) : 0,
    regions,
  };
}

/**
 * Checks the drawn geometry's structure and size (a Feature is unwrapped); returns it typed.
 * @private
 */
function checkGeometry(input: object): Polygon | MultiPolygon {
  const geometry =
    (input as { type?: unknown }).type === 'Feature'
      ? (input as { geometry?: unknown }).geometry
      : input;
  const { maxPolygonParts, maxPolygonVertices } = config().limits;
  // Size first, before any walk over the positions or any SQL: parts, then extent.
  const parts = (geometry as { type?: unknown; coordinates?: unknown }).coordinates;
  if ((geometry as { type?: unknown }).type === 'MultiPolygon' && Array.isArray(parts)) {
    if (parts.length > maxPolygonParts) {
      throw badUserInput(
        'geometry',
        `MultiPolygon of ${parts.length} polygons`,
        `geometry may have at most ${maxPolygonParts} polygons`,
      );
    }
  }
  const problems = polygonProblems(geometry, { maxVertices: maxPolygonVertices });
  if (problems.length > 0) {
    throw badUserInput(
      'geometry',
      problems.slice(0, 3).join('; '),
      'geometry must be a GeoJSON Polygon or MultiPolygon',
    );
  }
  const drawn = flatten(geometry as Polygon | MultiPolygon);
  const [west, south, east, north] = extent(drawn);
  if (east - west > maxDrawnDegrees || north - south > maxDrawnDegrees) {
    throw badUserInput(
      'geometry',
      `${(east - west).toFixed(1)}° × ${(north - south).toFixed(1)}°`,
      `a drawn area may span at most ${maxDrawnDegrees}° of longitude and of latitude (Indonesia spans 46° × 17°)`,
    );
  }
  return drawn;
}

/** Widest drawn area accepted, in degrees each way: all of Indonesia fits, the world does not. */
export const maxDrawnDegrees = 60;

/**
 * The geometry in two dimensions: RFC 7946 allows an altitude as a third value; areas are
 * computed on the ground, so it is dropped (PostGIS would otherwise mix 2D and 3D).
 * @private
 */
function flatten(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (positions: number[][]) => positions.map((p) => [p[0] as number, p[1] as number]);
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map(ring) };
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)),
  };
}

/** [west, south, east, north] of the positions. @private */
function extent(geometry: Polygon | MultiPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [180, 90, -180, -90];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring) {
        box[0] = Math.min(box[0], lon as number);
        box[1] = Math.min(box[1], lat as number);
        box[2] = Math.max(box[2], lon as number);
        box[3] = Math.max(box[3], lat as number);
      }
    }
  }
  return box;
}

/** Wilson interval in percent on rounded apportioned counts. @private */
function wilson(value: number, denominator: number): [number, number] | null {
  const trials = Math.round(denominator);
  if (trials < 1) return null;
  const successes = Math.min(trials, Math.max(0, Math.round((value / 100) * trials)));
  const [low, high] = wilsonInterval(successes, trials);
  return [100 * low, 100 * high];
}
