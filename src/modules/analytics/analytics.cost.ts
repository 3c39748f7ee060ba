import type { RegionLevel } from '../../generated/prisma/enums.ts';

const depth: Record<RegionLevel, number> = { PROVINSI: 1, KABUPATEN: 2, KECAMATAN: 3, DESA: 4 };

/**
 * Regions one level down, rounded up from Indonesia's figures (BPS 2023: 38 provinsi, 514
 * kabupaten/kota, 7,277 kecamatan, 83,763 desa): ~30 kabupaten per provinsi, ~25 kecamatan per
 * kabupaten, ~12 desa per kecamatan.
 */
const fanOut = [38, 30, 25, 12];

/** How many regions of `level` a parent kode (e.g. "32.16") holds, as an upper estimate. */
export function regionsUnder(level: RegionLevel, parentKode: string): number {
  const parentDepth = parentKode.split('.').length;
  let n = 1;
  for (let d = parentDepth; d < depth[level]; d += 1) n *= fanOut[d] ?? 1;
  return n;
}

/**
 * Complexity of a LISA request: its CPU is permutations × regions (× neighbours, ~6), so
 * 50 + permutations × regions / 2000. 999 permutations over a kabupaten's 300 (estimated) desa
 * cost 200; 9999 cost 1550, so a dozen of those in one request are over the default 20,000.
 */
export function permutationCost(level: RegionLevel, parentKode: string, permutations: number) {
  const perms = Math.max(0, Math.min(9999, Number.isFinite(permutations) ? permutations : 9999));
  return 50 + Math.ceil((perms * regionsUnder(level, parentKode)) / 2000);
}
