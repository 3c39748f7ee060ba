import { assertKode } from '../../args/kode.ts';
import { assertPeriod } from '../../args/period.ts';
import type { Context } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { annualRateOfReduction } from '../../stats/annualRateOfReduction.ts';
import { outlierFlags } from '../../stats/outlierFlags.ts';
import type { OutlierMethod } from '../../stats/types.ts';
import { indicatorLoaders } from '../indicator/indicator.loaders.ts';
import { servedValue } from '../indicator/indicator.served.ts';
import { checkParent } from './analytics.args.ts';
import { loadUniverse } from './analytics.universe.ts';
import { assertIndicator, regionValues, type Smoothing, smoothValues } from './analytics.values.ts';

export interface OutlierRegionShape {
  kode: string;
  value: number | null;
  score: number | null;
  flagged: boolean;
}

/**
 * Outlier scores of the regions of one level inside a parent for one period (z or modified z,
 * see outlierFlags), on global-EB-smoothed values when asked. Regions without data (or
 * suppressed for this viewer) get no score and are never flagged.
 */
export async function computeOutliers(
  ctx: Context,
  args: {
    level: RegionLevel;
    parentKode: string | number;
    indicator: string;
    period: string;
    method: OutlierMethod;
    threshold?: number | null;
    smoothing: Exclude<Smoothing, 'SPATIAL_EMPIRICAL_BAYES'>;
  },
): Promise<OutlierRegionShape[]> {
  const parentKode = checkParent(args.level, args.parentKode);
  assertPeriod('period', args.period);
  if (args.threshold != null && !(args.threshold > 0 && Number.isFinite(args.threshold))) {
    throw badUserInput('threshold', args.threshold, 'threshold must be a positive number');
  }
  const universe = await loadUniverse(ctx, args.level, parentKode);
  const values = await regionValues(ctx, universe.kodes, args.indicator, args.period);
  const { smoothed } = smoothValues(values, args.smoothing, null);
  if (smoothed.filter((v) => v !== null).length < 2) {
    throw badUserInput('parentKode', parentKode, 'outliers need at least two regions with data');
  }
  const { scores, flags } = outlierFlags(smoothed, {
    method: args.method,
    ...(args.threshold == null ? {} : { threshold: args.threshold }),
  });
  return universe.kodes.map((kode, i) => ({
    kode,
    value: smoothed[i] ?? null,
    score: scores[i] ?? null,
    flagged: flags[i] ?? false,
  }));
}

export interface TrendPointShape {
  period: string;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  source: string | null;
}

export interface TrendShape {
  kode: string;
  points: TrendPointShape[];
  absoluteChange: number | null;
  relativeChange: number | null;
  annualRateOfReduction: number | null;
}

/**
 * A region's series of one indicator over the periods that hold values (yearly "YYYY" periods, or
 * monthly "YYYY-MM" ones), oldest first, with the change from the first to the last value and
 * UNICEF's average annual rate of reduction (log-linear fit over all points; months enter at
 * year + (month − ½)/12). The changes are null with fewer than two points with data, the AARR
 * also when a value is 0.
 */
export async function computeTrend(
  ctx: Context,
  args: { kode: string | number; indicator: string; monthly: boolean; source?: string | null },
): Promise<TrendShape> {
  const kode = String(args.kode);
  assertKode('kode', kode);
  const periods = (await indicatorLoaders(ctx).periods.load(args.indicator))
    .filter((period) => (period.length === 7) === args.monthly)
    .sort();
  if (periods.length === 0) await assertIndicator(ctx, args.indicator);
  const served = await Promise.all(
    periods.map((period) =>
      servedValue(ctx, { kode, code: args.indicator, period, source: args.source ?? null }),
    ),
  );
  const points = periods.map((period, i) => ({
    period,
    value: served[i]?.value ?? null,
    ciLow: served[i]?.ciLow ?? null,
    ciHigh: served[i]?.ciHigh ?? null,
    source: served[i]?.source ?? null,
  }));
  const observed = points.flatMap((p) =>
    p.value === null ? [] : [{ year: decimalYear(p.period), value: p.value }],
  );
  const first = observed[0];
  const last = observed[observed.length - 1];
  if (observed.length < 2 || !first || !last) {
    return {
      kode,
      points,
      absoluteChange: null,
      relativeChange: null,
      annualRateOfReduction: null,
    };
  }
  return {
    kode,
    points,
    absoluteChange: last.value - first.value,
    relativeChange: first.value === 0 ? null : ((last.value - first.value) / first.value) * 100,
    annualRateOfReduction: observed.every((o) => o.value > 0)
      ? annualRateOfReduction(observed).aarr
      : null,
  };
}

/** "2023" → 2023, "2023-08" → 2023.625. @private */
function decimalYear(period: string): number {
  const year = Number(period.slice(0, 4));
  return period.length === 7 ? year + (Number(period.slice(5, 7)) - 0.5) / 12 : year;
}
