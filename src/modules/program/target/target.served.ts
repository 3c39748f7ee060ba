import { assertKode } from '../../../args/kode.ts';
import type { Context } from '../../../context.ts';
import { badUserInput } from '../../../errors.ts';
import { indicatorLoaders } from '../../indicator/indicator.loaders.ts';
import { servedValue } from '../../indicator/indicator.served.ts';
import { programLoaders } from '../loaders.ts';
import { type TargetProgressResult, targetProgress } from './target.progress.ts';

export interface TargetProgressShape extends TargetProgressResult {
  kode: string;
  indicator: string;
  year: number;
  targetValue: number;
  source: string;
  /** Source of the actual value used. */
  actualSource: string | null;
}

/**
 * A stored target with its progress: the actuals are the indicator's yearly values ("YYYY"
 * periods) up to the target year, as this viewer may see them (survey estimates as stored,
 * routine rates summed from the desa; a suppressed value counts as no data). Null when no target
 * is stored. Throws BAD_USER_INPUT for an unknown indicator or a year outside 1900–2100.
 */
export async function servedTarget(
  ctx: Context,
  args: { kode: string; indicator: string; year: number; asOfYear?: number | null },
): Promise<TargetProgressShape | null> {
  assertKode('kode', args.kode);
  if (!Number.isInteger(args.year) || args.year < 1900 || args.year > 2100) {
    throw badUserInput('year', args.year, 'year must be between 1900 and 2100');
  }
  if (args.asOfYear != null && (!Number.isInteger(args.asOfYear) || args.asOfYear < 1900)) {
    throw badUserInput('asOfYear', args.asOfYear, 'asOfYear must be a year from 1900');
  }
  const row = await programLoaders(ctx).targets.load({
    kode: args.kode,
    indicator: args.indicator,
    year: args.year,
  });
  if (row?.polarity == null) {
    throw badUserInput('indicator', args.indicator, 'unknown indicator code; see Query.indicators');
  }
  if (row.value === null || row.source === null) return null;
  const years = (await indicatorLoaders(ctx).periods.load(args.indicator))
    .filter((period) => /^\d{4}$/.test(period) && Number(period) <= args.year)
    .sort();
  const served = await Promise.all(
    years.map((period) => servedValue(ctx, { kode: args.kode, code: args.indicator, period })),
  );
  const actuals = years.flatMap((period, i) => {
    const value = served[i]?.value;
    return value == null
      ? []
      : [{ year: Number(period), value, source: served[i]?.source ?? null }];
  });
  const progress = targetProgress({
    year: args.year,
    target: row.value,
    polarity: row.polarity,
    actuals,
    ...(args.asOfYear != null ? { asOfYear: args.asOfYear } : {}),
  });
  return {
    kode: args.kode,
    indicator: args.indicator,
    year: args.year,
    targetValue: row.value,
    source: row.source,
    actualSource: actuals.find((a) => a.year === progress.actualYear)?.source ?? null,
    ...progress,
  };
}
