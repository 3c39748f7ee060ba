import type { Context } from '../../context.ts';
import { badUserInput } from '../../errors.ts';
import { empiricalBayesGlobal } from '../../stats/empiricalBayesGlobal.ts';
import { empiricalBayesLocal } from '../../stats/empiricalBayesLocal.ts';
import { servedValue, servedValueList } from '../indicator/indicator.served.ts';

/** How rates are smoothed before they are classed or tested. */
export type Smoothing = 'NONE' | 'EMPIRICAL_BAYES' | 'SPATIAL_EMPIRICAL_BAYES';

/** The value of one region as this viewer may see it; null fields mean no data. */
export interface RegionValue {
  kode: string;
  /** Percent for rates, as served (null when missing or suppressed). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
}

/**
 * The served value of every kode (one statement for the whole list, `servedValueList`), with the
 * viewer's small-cell suppression applied: a suppressed cell comes back with null counts and
 * value, and every statistic built on these treats it as no data.
 */
export async function regionValues(
  ctx: Context,
  kodes: readonly string[],
  code: string,
  period: string,
): Promise<RegionValue[]> {
  if (kodes.length === 0) {
    await assertIndicator(ctx, code);
    return [];
  }
  const served = await servedValueList(ctx, kodes, code, period);
  return kodes.map((kode, i) => {
    const value = served[i];
    if (!value) return { kode, value: null, numerator: null, denominator: null, suppressed: false };
    return {
      kode,
      value: value.value,
      numerator: value.suppressed ? null : value.numerator,
      denominator: value.suppressed ? null : value.denominator,
      suppressed: value.suppressed,
    };
  });
}

/**
 * Throws BAD_USER_INPUT unless `code` is in the indicator catalog. For requests that may look up
 * no value at all (nothing drawn over, no periods): the values loader reports an unknown code
 * whatever the kode, so a kode that holds nothing costs no extra statement.
 */
export async function assertIndicator(ctx: Context, code: string): Promise<void> {
  await servedValue(ctx, { kode: '00', code, period: '2000' });
}

/**
 * Raw and smoothed values (percent), parallel to `values`. NONE: as served. EMPIRICAL_BAYES:
 * global EB (Marshall 1991, spdep `EBest`). SPATIAL_EMPIRICAL_BAYES: local EB over the
 * neighbourhood (spdep `EBlocal`), `neighbours` being the universe's lists. Smoothing uses only
 * regions with counts (numerator and a denominator above 0); neighbours without counts drop out
 * of a neighbourhood. Negative prior variances are set to 0 (full shrinkage), as spdep does.
 */
export function smoothValues(
  values: readonly RegionValue[],
  smoothing: Smoothing,
  neighbours: number[][] | null,
): { raw: (number | null)[]; smoothed: (number | null)[] } {
  const raw = values.map((v) => v.value);
  if (smoothing === 'NONE') return { raw, smoothed: raw };
  const withoutCounts = values.find((v) => v.value !== null && v.denominator === null);
  if (withoutCounts) {
    throw badUserInput(
      'smoothing',
      smoothing,
      `smoothing needs numerator and denominator counts, but ${withoutCounts.kode} has an estimate without counts`,
    );
  }
  const used = values.flatMap((v, i) =>
    v.numerator !== null && v.denominator !== null && v.denominator > 0 ? [i] : [],
  );
  const smoothed: (number | null)[] = values.map(() => null);
  if (used.length === 0) return { raw, smoothed };
  const numerators = used.map((i) => values[i]?.numerator ?? 0);
  const denominators = used.map((i) => values[i]?.denominator ?? 1);
  let rates: number[];
  if (smoothing === 'EMPIRICAL_BAYES') {
    rates = empiricalBayesGlobal(numerators, denominators).smoothed;
  } else {
    if (neighbours === null) throw new Error('spatial smoothing needs neighbour lists');
    rates = empiricalBayesLocal(numerators, denominators, subgraph(neighbours, used)).smoothed;
  }
  used.forEach((i, position) => {
    smoothed[i] = 100 * (rates[position] ?? 0);
  });
  return { raw, smoothed };
}

/**
 * The neighbour lists restricted to the regions `kept` (universe indices), renumbered to
 * positions in `kept`.
 */
export function subgraph(neighbours: number[][], kept: readonly number[]): number[][] {
  const position = new Map(kept.map((index, p) => [index, p]));
  return kept.map((index) =>
    (neighbours[index] ?? []).flatMap((j) => {
      const p = position.get(j);
      return p === undefined ? [] : [p];
    }),
  );
}
