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
