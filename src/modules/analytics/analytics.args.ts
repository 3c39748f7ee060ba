import { checkInteger } from '../../args/integer.ts';
import { assertKode, levelOfKode } from '../../args/kode.ts';
import { badUserInput } from '../../errors.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import type { WeightsKind } from './analytics.weights.ts';

const depth: Record<RegionLevel, number> = { PROVINSI: 1, KABUPATEN: 2, KECAMATAN: 3, DESA: 4 };

/** Checks `parentKode` and that `level` lies below it; returns the kode as a string. */
export function checkParent(level: RegionLevel, parentKode: string | number): string {
  const kode = String(parentKode);
  assertKode('parentKode', kode);
  if (depth[levelOfKode(kode)] >= depth[level]) {
    throw badUserInput('parentKode', kode, `parentKode must be a region above level ${level}`);
  }
  return kode;
}

/**
 * The k of KNN weights: required with KNN, 1 to min(50, regions with a boundary − 1); ignored
 * (null) for contiguity.
 */
export function checkK(
  kind: WeightsKind,
  k: number | null | undefined,
  regions: number,
): number | null {
  if (kind !== 'KNN') return null;
  if (k == null) throw badUserInput('k', k ?? null, 'k is required with weights: KNN');
  if (regions < 2)
    throw badUserInput('weights', kind, 'KNN needs at least 2 regions with a boundary');
  return checkInteger('k', k, 1, Math.max(1, Math.min(50, regions - 1)));
}
