import { area } from '@turf/area';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

const GEOJSON_TYPES = new Set([
  'Feature',
  'FeatureCollection',
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/**
 * Geodesic area of the (multi)polygons in a GeoJSON object, in square kilometres (spherical
 * Earth, Turf's radius 6371008.8 m). Points and lines contribute 0.
 *
 * @param {Feature|Geometry|FeatureCollection} geojson input GeoJSON, coordinates in degrees
 *   [longitude, latitude]
 * @returns {number} area in km²
 * @example
 * const square = { type: 'Polygon', coordinates: [[[107, -6.3], [107.1, -6.3], [107.1, -6.2],
 *   [107, -6.2], [107, -6.3]]] };
 * areaKm2(square); //=> ~122.91
 */
export function areaKm2(geojson: Feature | Geometry | FeatureCollection): number {
  if (!geojson) throw new Error('geojson is required');
  const type = (geojson as { type?: unknown }).type;
  if (typeof geojson !== 'object' || typeof type !== 'string' || !GEOJSON_TYPES.has(type)) {
    throw new Error('geojson must be a Feature, FeatureCollection or Geometry');
  }
  return area(geojson) / 1e6;
}
