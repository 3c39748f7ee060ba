import { centerOfMass } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import type { Context } from '../../context.ts';
import { db } from '../../db/client.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { contiguityNeighbours } from '../../geo/contiguityNeighbours.ts';
import { knnNeighbours } from '../../geo/knnNeighbours.ts';
import { analyticsLoaders } from './analytics.loaders.ts';

/** How neighbours are defined. */
export type WeightsKind = 'QUEEN' | 'ROOK' | 'KNN';

/** Boundaries closer than this count as touching (digitising slivers and overlaps). */
export const contiguityToleranceMeters = 1;

/** The regions of one level inside one region: what a statistic is computed over. */
export interface Universe {
  level: RegionLevel;
  parentKode: string | null;
  /** In kode order; indices of neighbour lists refer to this order. */
  kodes: string[];
  names: string[];
  hasGeometry: boolean[];
  /** region.geom_version of each region, for the geometry caches. */
  geomVersions: number[];
  /** Changes whenever a region of the universe is written (its geometry included). */
  version: string;
}

/** Loads a universe (one statement per request and universe). */
export async function loadUniverse(
  ctx: Context,
  level: RegionLevel,
  parentKode: string | null,
): Promise<Universe> {
  const rows = await analyticsLoaders(ctx).universe.load({ level, parentKode });
  let latest = 0;
  let boundaryWrites = 0;
  for (const row of rows) {
    latest = Math.max(latest, row.updatedAt.getTime());
    boundaryWrites += row.geomVersion;
  }
  return {
    level,
    parentKode,
    kodes: rows.map((row) => row.kode),
    names: rows.map((row) => row.nama),
    hasGeometry: rows.map((row) => row.hasGeometry),
    geomVersions: rows.map((row) => row.geomVersion),
    // updated_at has millisecond precision; the sum of geometry versions grows with every
    // boundary write, so two writes within one millisecond still change the version.
    version: `${latest}|${rows.length}|${rows.filter((row) => row.hasGeometry).length}|${boundaryWrites}`,
  };
}

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
