import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { db } from '../../db/client.ts';
import type { Prisma, Region } from '../../generated/prisma/client.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { type UniverseRows, universeRows } from './analytics.sql.ts';

/** The Prisma selection Pothos plans for a field returning regions (`query` of prismaField). */
export interface RegionQuery {
  include?: Prisma.RegionInclude;
  select?: Prisma.RegionSelect;
}

export interface UniverseKey {
  level: RegionLevel;
  /** null: every region of the level. */
  parentKode: string | null;
}

/** Per-request loaders of the analytics module: one statement per batch, results in key order. */
export interface AnalyticsLoaders {
  /** The regions of a level inside a parent, with their level's data stamp (one statement per key). */
  universe: DataLoader<UniverseKey, UniverseRows, string>;
  /**
   * Region rows by kode with the relations a field's selection asks for (Pothos `query`), for
   * fields that return regions found by analytics: one statement per batch and selection.
   */
  regions(query: RegionQuery): DataLoader<string, Region | null>;
}

/**
 * The analytics loaders of a request, created on first use and kept with the request's context
 * (Pothos context cache), so the context needs no field of its own for them.
 */
export const analyticsLoaders = createContextCache(
  (_ctx: Context): AnalyticsLoaders => createAnalyticsLoaders(),
);

/** Fresh analytics loaders. */
export function createAnalyticsLoaders(): AnalyticsLoaders {
  const bySelection = new Map<string, DataLoader<string, Region | null>>();
  return {
    // A query names few universes (usually one); each is one cheap statement.
    universe: new DataLoader(
      (keys) => Promise.all(keys.map((key) => universeRows(key.level, key.parentKode))),
      { cacheKeyFn: (key) => `${key.level}|${key.parentKode ?? ''}` },
    ),
    regions(query) {
      const key = JSON.stringify(query);
      let loader = bySelection.get(key);
      if (!loader) {
        loader = new DataLoader(async (kodes) => {
          // the kode is needed to put rows in key order, whatever the selection
          const selection = query.select ? { select: { ...query.select, kode: true } } : query;
          const rows = (await db.region.findMany({
            ...selection,
            where: { kode: { in: [...kodes] } },
          })) as Region[];
          const byKode = new Map(rows.map((row) => [row.kode, row]));
          return kodes.map((kode) => byKode.get(kode) ?? null);
        });
        bySelection.set(key, loader);
      }
      return loader;
    },
  };
}
