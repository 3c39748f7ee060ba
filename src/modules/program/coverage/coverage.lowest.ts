import { assertKode, levelOfKode } from '../../../args/kode.ts';
import { assertPeriod } from '../../../args/period.ts';
import type { Context } from '../../../context.ts';
import { db } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import { countRegions, listRegions } from '../../region/region.list.ts';
import { type CoverageShape, servedCoverage } from './coverage.served.ts';

/** Most desa one ranking reads (a province's worth); narrow `kode` beyond that. */
export const maxRankedDesa = 10_000;
/** Most desa one ranking returns. */
export const maxRankingLimit = 500;

export interface CoverageRankingQuery {
  kode: string;
  program: string;
  period: string;
  limit: number;
  belowTargetOnly: boolean;
}

export interface CoverageRankingShape {
  kode: string;
  intervention: string;
  period: string;
  items: CoverageShape[];
  rankedRegions: number;
  hiddenRegions: number;
  regionsWithoutData: number;
  belowTargetRegions: number | null;
}

/**
 * The desa at or below `kode` by coverage of one program in one period, lowest first (ties by
 * kode), as this viewer may see them: every desa's figure is `servedCoverage`'s (same
 * suppression); a desa whose coverage is hidden from this viewer is not ranked (its place would
 * tell its value) but counted in `hiddenRegions`. One batch of loader calls for all desa.
 */
export async function servedLowestCoverage(
  ctx: Context,
  q: CoverageRankingQuery,
): Promise<CoverageRankingShape> {
  assertKode('kode', q.kode);
  if (levelOfKode(q.kode) === 'DESA') {
    throw badUserInput('kode', q.kode, 'must be a region above the desa (kecamatan, kabupaten)');
  }
  assertPeriod('period', q.period);
  if (!Number.isInteger(q.limit) || q.limit < 1 || q.limit > maxRankingLimit) {
    throw badUserInput('limit', q.limit, `limit must be 1–${maxRankingLimit}`);
  }
  if ((await db.program.count({ where: { code: q.program } })) === 0) {
    throw badUserInput('intervention', q.program, 'unknown program code; see Query.programs');
  }
  const listing = { level: 'DESA' as const, parentKode: q.kode };
  const count = await countRegions(listing);
  if (count > maxRankedDesa) {
    throw badUserInput('kode', q.kode, `holds ${count} desa, more than ${maxRankedDesa}`);
  }
  const desa = await listRegions(listing);
  const served = await Promise.all(
    desa.map((d) => servedCoverage(ctx, { kode: d.kode, program: q.program, period: q.period })),
  );
  const withData = served.filter(
    (c): c is CoverageShape => c !== null && (c.suppressed || Boolean(c.targetPopulation)),
  );
  const ranked = withData
    .filter((c) => c.coverage !== null)
    .sort((a, b) => (a.coverage as number) - (b.coverage as number) || cmp(a.kode, b.kode));
  const targeted = ranked.filter((c) => c.belowTarget !== null);
  const below = ranked.filter((c) => c.belowTarget === true);
  return {
    kode: q.kode,
    intervention: q.program,
    period: q.period,
    items: (q.belowTargetOnly ? below : ranked).slice(0, q.limit),
    rankedRegions: ranked.length,
    hiddenRegions: withData.length - ranked.length,
    regionsWithoutData: desa.length - withData.length,
    belowTargetRegions: targeted.length > 0 ? below.length : null,
  };
}

/** @private Code-point order, as kode is sorted in the database ("C" collation). */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
