import type { Geometry } from 'geojson';

/**
 * Structural problems of a Polygon or MultiPolygon that no repair can fix: wrong type, missing or
 * non-numeric coordinates, positions outside the WGS 84 range, rings with fewer than four
 * positions or not closed. Topological faults (self-intersections) are not reported here: PostGIS
 * finds and repairs those.
 *
 * @param geometry a GeoJSON geometry (RFC 7946, [longitude, latitude] in degrees)
 * @param options.maxVertices reject geometries with more positions than this (default 1,000,000)
 * @returns human-readable problems, empty when the geometry is well-formed
 * @example
 * polygonProblems({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 1]]] });
 * // ['ring 0 of polygon 0 has 3 positions, needs at least 4']
 */
export function polygonProblems(
  geometry: unknown,
  options: { maxVertices?: number } = {},
): string[] {
  const maxVertices = options.maxVertices ?? 1_000_000;
  if (typeof geometry !== 'object' || geometry === null) return ['geometry is required'];
  const { type, coordinates } = geometry as Partial<Geometry> & { coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return [`geometry type must be Polygon or MultiPolygon, got ${JSON.stringify(type)}`];
  }
  if (!Array.isArray(coordinates)) return ['coordinates must be an array'];
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  if (polygons.length === 0) return ['geometry has no polygons'];
  const problems: string[] = [];
  let vertices = 0;
  polygons.forEach((polygon: unknown, p) => {
    if (!Array.isArray(polygon) || polygon.length === 0) {
      problems.push(`polygon ${p} has no rings`);
      return;
    }
    polygon.forEach((ring: unknown, r) => {
      const where = `ring ${r} of polygon ${p}`;
      if (!Array.isArray(ring)) {
        problems.push(`${where} is not an array`);
        return;
      }
      vertices += ring.length;
      if (ring.length < 4) {
        problems.push(`${where} has ${ring.length} positions, needs at least 4`);
        return;
      }
      const bad = ring.findIndex((position) => !isPosition(position));
      if (bad >= 0) {
        problems.push(
          `${where}: position ${bad} must be [longitude −180..180, latitude −90..90], got ${JSON.stringify(ring[bad])}`,
        );
        return;
      }
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        problems.push(`${where} is not closed (first and last positions differ)`);
      }
    });
  });
  if (vertices > maxVertices) {
    problems.unshift(`geometry has ${vertices} positions, more than the limit of ${maxVertices}`);
  }
  return problems;
}

/** @private */
function isPosition(position: unknown): boolean {
  if (!Array.isArray(position) || position.length < 2 || position.length > 3) return false;
  const [lon, lat] = position as unknown[];
  return (
    typeof lon === 'number' &&
    typeof lat === 'number' &&
    Number.isFinite(lon) &&
    Number.isFinite(lat) &&
    lon >= -180 &&
    lon <= 180 &&
    lat >= -90 &&
    lat <= 90
  );
}
