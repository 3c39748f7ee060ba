import { db } from '../../db/client.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { type RegionPageRow, regionPageRows } from './region.sql.ts';

export type { RegionLevel };

/** The regions of one level, inside `parentKode` at any depth or everywhere (null). */
export interface RegionListing {
  level: RegionLevel;
  parentKode: string | null;
}

/** @private */
function listingWhere(listing: RegionListing) {
  return {
    level: listing.level,
    ...(listing.parentKode === null ? {} : { kode: { startsWith: `${listing.parentKode}.` } }),
  };
}

/** How many regions a listing holds (one statement). */
export function countRegions(listing: RegionListing): Promise<number> {
  return db.region.count({ where: listingWhere(listing) });
}

/** The regions of a listing with their names and parents, in kode order (one statement). */
export function listRegions(
  listing: RegionListing,
): Promise<{ kode: string; nama: string; parentKode: string | null }[]> {
  return db.region.findMany({
    where: listingWhere(listing),
    select: { kode: true, nama: true, parentKode: true },
    orderBy: { kode: 'asc' },
  });
}

export type { RegionPageRow } from './region.sql.ts';
export { regionPageColumns, regionPageFrom, regionPageRowOf } from './region.sql.ts';

/**
 * A page of regions with their parents' columns (one statement): a listing's first `limit` in
 * kode order, or the one region `kode` (no row when unknown).
 */
export function regionPage(
  where: RegionListing | { kode: string },
  limit: number,
): Promise<RegionPageRow[]> {
  return regionPageRows(where, limit);
}
