import type { Context } from '../../context.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { analyticsLoaders } from './analytics.loaders.ts';

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
  /**
   * Freshness stamp of the universe's level (the sum of the `data_version` counters of src/db/freshness.ts `regionScopes`): changes
   * whenever a region of the level is written, its boundary included. Cached weights key on it.
   */
  stamp: string;
}

/** Loads a universe (one statement per request and universe). */
export async function loadUniverse(
  ctx: Context,
  level: RegionLevel,
  parentKode: string | null,
): Promise<Universe> {
  const { rows, stamp } = await analyticsLoaders(ctx).universe.load({ level, parentKode });
  return {
    level,
    parentKode,
    kodes: rows.map((row) => row.kode),
    names: rows.map((row) => row.nama),
    hasGeometry: rows.map((row) => row.hasGeometry),
    geomVersions: rows.map((row) => row.geomVersion),
    stamp,
  };
}
