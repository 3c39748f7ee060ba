import { centerOfMass } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import { db } from '../../db/client.ts';
import { contiguityNeighbours } from '../../geo/contiguityNeighbours.ts';
import { knnNeighbours } from '../../geo/knnNeighbours.ts';
import type { Universe } from './analytics.universe.ts';

/** How neighbours are defined. */
export type WeightsKind = 'QUEEN' | 'ROOK' | 'KNN';

/** Boundaries closer than this count as touching (digitising slivers and overlaps). */
export const contiguityToleranceMeters = 1;

const cache = new Map<string, { version: string; neighbours: Promise<number[][]> }>();
const maxCacheEntries = 64;

/**
 * Neighbour lists of a universe, parallel to `universe.kodes`: QUEEN or ROOK contiguity with a
 * 1 m tolerance, or the k nearest area centroids on the ellipsoid. Computed once per (level,
 * parent, kind, k) and kept in process memory until a region of the universe changes (the
 * universe's version: latest `updated_at`, which every geometry write bumps, and the counts).
 * Regions without a boundary are islands.
 */
export function universeWeights(
  universe: Universe,
  kind: WeightsKind,
  k: number | null,
): Promise<number[][]> {
  const key = `${universe.level}|${universe.parentKode ?? ''}|${kind}|${kind === 'KNN' ? k : ''}`;
  const cached = cache.get(key);
  if (cached && cached.version === universe.version) return cached.neighbours;
  const neighbours = computeWeights(universe, kind, k);
  cache.delete(key);
  cache.set(key, { version: universe.version, neighbours });
  if (cache.size > maxCacheEntries) cache.delete(cache.keys().next().value as string);
  neighbours.catch(() => {
    if (cache.get(key)?.neighbours === neighbours) cache.delete(key);
  });
  return neighbours;
}

/** @private */
async function computeWeights(
  universe: Universe,
  kind: WeightsKind,
  k: number | null,
): Promise<number[][]> {
  const withGeometry = universe.kodes.filter((_, i) => universe.hasGeometry[i]);
  const rows =
    withGeometry.length === 0
      ? []
      : await db.region.geometryGeoJSON(withGeometry, { simplifyMeters: 0, precision: 9 });
  const byKode = new Map<string, MultiPolygon>(rows.map((row) => [row.kode, row.geometry]));
  const geometries = universe.kodes.map((kode) => byKode.get(kode) ?? null);
  if (kind === 'KNN') {
    const centroids = geometries.map((geometry): Position | null =>
      geometry === null ? null : centerOfMass(geometry).geometry.coordinates,
    );
    return knnNeighbours(centroids, k ?? 1);
  }
  return contiguityNeighbours(geometries, { kind, toleranceMeters: contiguityToleranceMeters });
}
