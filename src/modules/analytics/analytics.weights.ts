import type { MultiPolygon } from 'geojson';
import type { Context } from '../../context.ts';
import { db } from '../../db/client.ts';
import { LruCache } from '../../lru.ts';
import { budgetOf, type StatsBudget, statsPool } from '../../workers/statsPool.ts';
import type { Universe } from './analytics.universe.ts';

/** How neighbours are defined. */
export type WeightsKind = 'QUEEN' | 'ROOK' | 'KNN';

/** Boundaries closer than this count as touching (digitising slivers and overlaps). */
export const contiguityToleranceMeters = 1;

/**
 * Neighbour lists shared by all requests of this process, keyed on the universe's freshness
 * stamp: a write to a region of the level changes the stamp, so stale weights are never served
 * and simply age out. Bounded by entry count (a universe per kabupaten, kind and k); named, so
 * `/metrics` shows its entries, hits and misses.
 */
const cache = new LruCache<Promise<number[][]>>(64, Number.POSITIVE_INFINITY, () => 0, 'weights');

/** The weights cache, for tests that count its hits and misses. */
export function weightsCacheStats() {
  return cache.stats;
}

/** Empties the weights cache (tests that measure a cold start). */
export function clearWeightsCache(): void {
  cache.clear();
}

/**
 * Neighbour lists of a universe, parallel to `universe.kodes`: QUEEN or ROOK contiguity with a
 * 1 m tolerance, or the k nearest area centroids on the ellipsoid. Computed once per (level,
 * parent, kind, k) and data stamp of the level (src/db/freshness.ts) and kept in process memory.
 * Regions without a boundary are islands. The graph is computed in the statistics worker pool
 * (src/workers/statsPool.ts), off the event loop, charged to the budget of the request that
 * asks first; requests arriving meanwhile share that computation (and its outcome: a
 * `STATS_BUSY` or `STATS_BUDGET_EXCEEDED` refusal is not cached, the next request tries again).
 */
export function universeWeights(
  ctx: Context,
  universe: Universe,
  kind: WeightsKind,
  k: number | null,
): Promise<number[][]> {
  const key = [
    universe.stamp,
    universe.level,
    universe.parentKode ?? '',
    kind,
    kind === 'KNN' ? k : '',
  ].join('|');
  const cached = cache.get(key);
  if (cached) return cached;
  const neighbours = computeWeights(universe, kind, k, budgetOf(ctx));
  cache.set(key, neighbours);
  neighbours.catch(() => {
    // A failed computation is not kept (another request may still be sharing the promise).
    cache.delete(key);
  });
  return neighbours;
}

/** @private */
async function computeWeights(
  universe: Universe,
  kind: WeightsKind,
  k: number | null,
  budget: StatsBudget,
): Promise<number[][]> {
  const withGeometry = universe.kodes.filter((_, i) => universe.hasGeometry[i]);
  const rows =
    withGeometry.length === 0
      ? []
      : await db.region.geometryGeoJSON(withGeometry, { simplifyMeters: 0, precision: 9 });
  const byKode = new Map<string, MultiPolygon>(rows.map((row) => [row.kode, row.geometry]));
  const geometries = universe.kodes.map((kode) => byKode.get(kode) ?? null);
  return statsPool().run(
    { kind: 'weights', weights: kind, geometries, k, toleranceMeters: contiguityToleranceMeters },
    budget,
  );
}
