import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Point } from 'geojson';
import type { Context } from '../../context.ts';
import { db } from '../../db/client.ts';
import type { Facility, Prisma } from '../../generated/prisma/client.ts';
import type { FacilityKind } from '../../generated/prisma/enums.ts';
import { facilityLocations } from './facility.sql.ts';

/** The Prisma selection Pothos plans for a field returning facilities (`query` of prismaField). */
export interface FacilityQuery {
  include?: Prisma.FacilityInclude;
  select?: Prisma.FacilitySelect;
}

/** Per-request loaders of the facility module: one statement per batch, results in key order. */
export interface FacilityLoaders {
  /** Location of a facility by id. */
  location: DataLoader<string, Point | null>;
  /** Facilities by id with the relations a field's selection asks for. */
  byId(query: FacilityQuery): DataLoader<string, Facility | null>;
  /**
   * Facilities inside a region (a desa, or every desa under a kecamatan, kabupaten or provinsi),
   * of one kind or all, ordered by id: one statement per batch, selection and kind.
   */
  inRegion(query: FacilityQuery, kind: FacilityKind | null): DataLoader<string, Facility[]>;
}

/** The facility loaders of a request, kept with its context (Pothos context cache). */
export const facilityLoaders = createContextCache(
  (_ctx: Context): FacilityLoaders => createFacilityLoaders(),
);

/** Fresh facility loaders. */
export function createFacilityLoaders(): FacilityLoaders {
  const byId = new Map<string, DataLoader<string, Facility | null>>();
  const inRegion = new Map<string, DataLoader<string, Facility[]>>();
  return {
    location: new DataLoader(async (ids) => {
      const found = new Map((await facilityLocations(ids)).map((r) => [r.id, r.location]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    byId(query) {
      const key = JSON.stringify(query);
      let loader = byId.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const rows = await db.facility.findMany({
            ...withKeys(query),
            where: { id: { in: [...ids] } },
          });
          const found = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => found.get(id) ?? null);
        });
        byId.set(key, loader);
      }
      return loader;
    },
    inRegion(query, kind) {
      const key = `${kind ?? ''}|${JSON.stringify(query)}`;
      let loader = inRegion.get(key);
      if (!loader) {
        loader = new DataLoader(async (kodes) => {
          const rows = await db.facility.findMany({
            ...withKeys(query),
            where: {
              ...(kind ? { kind } : {}),
              OR: kodes.flatMap((kode) => [
                { desaKode: kode },
                { desaKode: { startsWith: `${kode}.` } },
              ]),
            },
            orderBy: { id: 'asc' },
          });
          return kodes.map((kode) =>
            rows.filter((r) => r.desaKode === kode || r.desaKode.startsWith(`${kode}.`)),
          );
        });
        inRegion.set(key, loader);
      }
      return loader;
    },
  };
}

/** @private The selection plus the id and desa kode, needed to put rows in key order. */
function withKeys(query: FacilityQuery): FacilityQuery {
  return query.select ? { select: { ...query.select, id: true, desaKode: true } } : query;
}
