import type { Feature, Point, Position } from 'geojson';
import { geodesicDistance } from './geodesicDistance.ts';

/**
 * k-nearest-neighbour lists (spdep `knn2nb(knearneigh(coords, k, longlat = TRUE))`), by geodesic
 * distance on the WGS 84 ellipsoid between the points (see {@link geodesicDistance}; spdep uses
 * great-circle distance, which can order two nearly equidistant points differently). Row i lists
 * the k points nearest to point i, excluding i, ordered by index; ties in distance are broken by
 * the lower index. The relation is not symmetric: j may be among i's k nearest while i is not
 * among j's. A missing point (null) gets an empty row (an island) and is nobody's neighbour.
 *
 * @param points one point per region (a Point, Feature<Point> or [longitude, latitude] in degrees),
 *   null where a region has none
 * @param k neighbours per point, an integer from 1 to (number of points present − 1)
 * @returns neighbours[i] = ascending 0-based indices of the k points nearest to point i
 * @example
 * knnNeighbours([[0, 0], [0, 1], [0, 3], [0, 7]], 1);
 * //=> [[1], [0], [1], [2]]
 */
export function knnNeighbours(
  points: (Feature<Point> | Point | Position | null)[],
  k: number,
): number[][] {
  if (!Array.isArray(points)) throw new Error('points is required');
  const present = points.flatMap((p, i) => (p === null ? [] : [i]));
  if (!Number.isInteger(k) || k < 1) throw new Error('k must be a positive integer');
  if (k > present.length - 1) {
    throw new Error(`k must be at most ${present.length - 1} (points present minus one)`);
  }
  return points.map((from, i) => {
    if (from === null) return [];
    const candidates: { j: number; d: number }[] = [];
    for (const j of present) {
      if (j === i) continue;
      candidates.push({ j, d: geodesicDistance(from, points[j] as Position) });
    }
    candidates.sort((a, b) => a.d - b.d || a.j - b.j);
    return candidates
      .slice(0, k)
      .map((c) => c.j)
      .sort((a, b) => a - b);
  });
}
