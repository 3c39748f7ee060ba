import { area } from '@turf/area';
import { bbox } from '@turf/bbox';
import { bboxClip } from '@turf/bbox-clip';
import { feature, featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/**
 * Share of a region's area that lies inside another (multi)polygon, from 0 to 1: the area of
 * their intersection (Turf `intersect`, polyclip) over the region's area, both on Turf's sphere
 * (radius 6371008.8 m). The ratio of two areas on the sphere agrees with the ratio on the WGS 84
 * ellipsoid to about 1e-5 for regions a few kilometres across. A large `other` geometry is first
 * clipped to the region's bounding box (widened by 1%), which changes nothing inside the box and
 * keeps the intersection linear in the size of `other`.
 *
 * @param region the region, a Polygon or MultiPolygon (or a Feature of one), degrees
 * @param other the geometry to overlap with, a Polygon or MultiPolygon (or a Feature of one)
 * @returns the share of `region`'s area inside `other`, 0 when they only touch or are disjoint
 * @example
 * const square = (w, s, e, n) => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
 * overlapShare(square(100, 0, 100.1, 0.1), square(100, 0, 100.15, 0.05)); //=> ~0.5
 */
export function overlapShare(
  region: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon,
  other: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon,
): number {
  const a = polygonal(region, 'region');
  const b = polygonal(other, 'other');
  const regionArea = area(a);
  if (!(regionArea > 0)) return 0;
  const box = bbox(a);
  const padX = (box[2] - box[0]) * 0.01 + 1e-9;
  const padY = (box[3] - box[1]) * 0.01 + 1e-9;
  const clipped =
    positions(b) > 1000 ? clip(b, [box[0] - padX, box[1] - padY, box[2] + padX, box[3] + padY]) : b;
  if (clipped === null) return 0;
  const common = intersect(featureCollection([feature(a), feature(clipped)]));
  if (common === null) return 0;
  return Math.min(1, area(common) / regionArea);
}

/** @private */
function polygonal(
  input: Feature<Polygon | MultiPolygon> | Polygon | MultiPolygon,
  name: string,
): Polygon | MultiPolygon {
  if (!input) throw new Error(`${name} is required`);
  const geometry = input.type === 'Feature' ? input.geometry : input;
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    throw new Error(`${name} must be a Polygon or MultiPolygon`);
  }
  return geometry;
}

/** The parts of `geometry` inside `box`; null when nothing is left. @private */
function clip(
  geometry: Polygon | MultiPolygon,
  box: [number, number, number, number],
): MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const parts = polygons
    .map((rings) => bboxClip(feature({ type: 'Polygon', coordinates: rings }), box).geometry)
    .filter((part) => part.type === 'Polygon' && part.coordinates.length > 0)
    .map((part) => part.coordinates as Polygon['coordinates']);
  return parts.length === 0 ? null : { type: 'MultiPolygon', coordinates: parts };
}

/** @private */
function positions(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let count = 0;
  for (const polygon of polygons) for (const ring of polygon) count += ring.length;
  return count;
}
