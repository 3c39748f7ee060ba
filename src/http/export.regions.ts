import { assertPeriod } from '../args/period.ts';
import { checkParent } from '../modules/analytics/analytics.args.ts';
import { countRegions, listRegions, type RegionLevel } from '../modules/region/region.list.ts';
import { asHttpInput, badParameter, HttpError } from './respond.ts';

/** Most data rows (regions × periods) in one region export. */
export const maxExportRows = 50_000;
/** Most periods in one region export. */
export const maxExportPeriods = 24;

const levels: Record<string, RegionLevel> = {
  provinsi: 'PROVINSI',
  kabupaten: 'KABUPATEN',
  kecamatan: 'KECAMATAN',
  desa: 'DESA',
};

/** The `level` parameter of a region export (any case), or a 400 naming it. */
export function exportLevel(params: URLSearchParams): RegionLevel {
  const level = levels[(params.get('level') ?? '').toLowerCase()];
  if (!level) {
    throw badParameter(
      'level',
      params.get('level'),
      `level must be one of ${Object.keys(levels).join(', ')}`,
    );
  }
  return level;
}

/**
 * The rows of a region export (the indicator and coverage CSVs): the `periods` (or `period`)
 * parameter, 1 to 24 distinct periods; the regions of `level` inside `parentKode` (all when
 * absent), in kode order; at most 50,000 regions × periods, counted before anything is listed.
 * A bad parameter is a 400 naming it.
 */
export async function exportRegionsAndPeriods(params: URLSearchParams, level: RegionLevel) {
  const periods = [...new Set((params.get('periods') ?? params.get('period') ?? '').split(','))]
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (periods.length === 0 || periods.length > maxExportPeriods) {
    throw badParameter(
      'periods',
      params.get('periods'),
      `periods must list 1 to ${maxExportPeriods} periods, e.g. 2022,2023`,
    );
  }
  const parentKode = params.get('parentKode') || null;
  await asHttpInput(() => {
    for (const period of periods) assertPeriod('periods', period);
    if (parentKode !== null) checkParent(level, parentKode);
  });
  const listing = { level, parentKode };
  const count = await countRegions(listing);
  if (count * periods.length > maxExportRows) {
    throw new HttpError(
      400,
      'BAD_USER_INPUT',
      `the export would hold ${count * periods.length} rows, more than ${maxExportRows}; narrow it with parentKode or fewer periods`,
    );
  }
  return { periods, parentKode, regions: await listRegions(listing) };
}
