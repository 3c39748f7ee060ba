import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../context.ts';
import { wilsonInterval } from '../../stats/wilsonInterval.ts';
import { compareSources } from './indicator.sources.ts';
import {
  type DesaValueRows,
  desaValueRows,
  type IndicatorCandidateRow,
  type IndicatorKey,
  indicatorCandidates,
  periodsByIndicator,
} from './indicator.sql.ts';

/** The value of an indicator for one region and period, as served. */
export interface IndicatorValueShape {
  code: string;
  period: string;
  source: string;
  numerator: number | null;
  denominator: number | null;
  /** Percent for rates. */
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  standardError: number | null;
  method: string | null;
  aggregated: boolean;
  reportingRegions: number | null;
  expectedRegions: number | null;
  /** Written by the demo seed (any row behind a sum). */
  synthetic: boolean;
}

/**
 * A value as read, with nothing hidden yet: already in the served shape, so a viewer who may see
 * it whole is served the very object (indicator.served.ts hides copies). Never mutated.
 */
export interface ReadIndicatorValue extends IndicatorValueShape {
  suppressed: false;
  suppressionReason: null;
}

export interface IndicatorRequest extends IndicatorKey {
  /** Restrict to one source; without it the source rule of indicator.sources.ts chooses. */
  source?: string | null;
}

export interface IndicatorLoaders {
  /** Every source's value for each key, best first; null when the indicator is not in the catalog. */
  candidates: DataLoader<IndicatorKey, ReadIndicatorValue[] | null, string>;
  periods: DataLoader<string, string[]>;
  /**
   * Every key's candidates read so far in this request, by either `candidates` or
   * `desaCandidateList`, so neither reads a key twice.
   */
  read: Map<string, ReadIndicatorValue[] | null>;
}

/** The indicator loaders of a request, kept with its context (Pothos context cache). */
export const indicatorLoaders = createContextCache(
  (_ctx: Context): IndicatorLoaders => createIndicatorLoaders(),
);

/** Fresh indicator loaders: one statement per batch, results in key order. */
export function createIndicatorLoaders(): IndicatorLoaders {
  const read = new Map<string, ReadIndicatorValue[] | null>();
  return {
    read,
    candidates: new DataLoader(
      async (asked) => {
        const keys = asked.filter((key) => !read.has(keyOf(key)));
        const rows = await indicatorCandidates(keys);
        const byKey = new Map<string, ReadIndicatorValue[] | null>();
        const priorities = new Map<string, readonly string[]>();
        for (const row of rows) {
          if (row.priority !== null) priorities.set(row.code, row.priority);
          if (row.source === null) {
            byKey.set(keyOf(row), null);
            continue;
          }
          const list = byKey.get(keyOf(row)) ?? [];
          list.push(toShape(row as IndicatorCandidateRow & { source: string }));
          byKey.set(keyOf(row), list);
        }
        for (const key of keys) {
          const values = byKey.get(keyOf(key));
          read.set(
            keyOf(key),
            values === null ? null : resolveSources(values ?? [], priorities.get(key.code) ?? []),
          );
        }
        return asked.map((key) => read.get(keyOf(key)) ?? null);
      },
      { cacheKeyFn: keyOf },
    ),
    periods: new DataLoader(async (codes) => {
      const rows = await periodsByIndicator(codes);
      const byCode = new Map(rows.map((row) => [row.code, row.periods]));
      return codes.map((code) => byCode.get(code) ?? []);
    }),
  };
}

/**
 * The candidates of many desa for one indicator and period — what `candidates.loadMany` gives for
 * their keys, best first, null for an indicator not in the catalog — in one statement without a
 * DataLoader key, promise and priority array per desa (a province's choropleth asks for 5,957).
 * Kodes above desa level go through `candidates` (their values are sums). Keys this request has
 * already read are not read again.
 */
export async function candidateList(
  loaders: IndicatorLoaders,
  kodes: readonly string[],
  code: string,
  period: string,
): Promise<(ReadIndicatorValue[] | null)[]> {
  const suffix = `|${code}|${period}`;
  const missing = kodes.filter((kode) => kode.length === 13 && !loaders.read.has(kode + suffix));
  const above = kodes.filter((kode) => kode.length !== 13).map((kode) => ({ kode, code, period }));
  const [desa] = await Promise.all([
    missing.length > 0 ? desaValueRows(missing, code, period) : null,
    above.length > 0 ? loaders.candidates.loadMany(above) : null,
  ]);
  if (desa) recordDesaCandidates(loaders, missing, code, period, desa);
  return kodes.map((kode) => {
    const values = loaders.read.get(kode + suffix);
    if (values === undefined) throw new Error(`candidates of ${kode + suffix} were not read`);
    return values;
  });
}

/**
 * Records what `desaValueRows` read for `kodes` as their candidates in this request (best first,
 * by the rule of `candidates`; null for an indicator not in the catalog), so they are not read
 * again.
 */
export function recordDesaCandidates(
  loaders: IndicatorLoaders,
  kodes: readonly string[],
  code: string,
  period: string,
  desa: DesaValueRows,
): void {
  const suffix = `|${code}|${period}`;
  const byKode = new Map<string, ReadIndicatorValue[]>();
  for (const row of desa.rows) {
    const shape = toShape(row as IndicatorCandidateRow & { source: string });
    const list = byKode.get(row.kode);
    if (list) list.push(shape);
    else byKode.set(row.kode, [shape]);
  }
  for (const kode of kodes) {
    const values = byKode.get(kode);
    loaders.read.set(
      kode + suffix,
      desa.priority === null
        ? null
        : values === undefined
          ? []
          : values.length === 1
            ? values
            : resolveSources(values, desa.priority),
    );
  }
}

/**
 * Picks the value to serve from the candidates of one key (already ordered by the source rule of
 * indicator.sources.ts): the requested source, or else the first.
 */
export function pickValue<V extends IndicatorValueShape>(
  candidates: readonly V[],
  source?: string | null,
): V | null {
  if (source != null) return candidates.find((c) => c.source === source) ?? null;
  return candidates[0] ?? null;
}

/**
 * @private Stored values win over sums of the same source; the rest ordered by the source rule
 * (real before synthetic, then the catalog's priority, then by name).
 */
function resolveSources(
  values: ReadIndicatorValue[],
  priority: readonly string[],
): ReadIndicatorValue[] {
  const storedSources = new Set(values.filter((v) => !v.aggregated).map((v) => v.source));
  return values
    .filter((v) => !v.aggregated || !storedSources.has(v.source))
    .sort((a, b) => compareSources(a, b, priority));
}

/** @private */
function keyOf(key: IndicatorKey): string {
  return `${key.kode}|${key.code}|${key.period}`;
}

/** @private Rates from counts are percentages with a 95% Wilson interval; estimates as stored. */
function toShape(row: IndicatorCandidateRow & { source: string }): ReadIndicatorValue {
  const counted = row.numerator !== null && row.denominator !== null && row.denominator > 0;
  const interval = counted ? wilsonInterval(row.numerator ?? 0, row.denominator ?? 0) : null;
  return {
    code: row.code,
    period: row.period,
    source: row.source,
    numerator: row.numerator,
    denominator: row.denominator,
    value: counted ? (100 * (row.numerator ?? 0)) / (row.denominator ?? 1) : row.value,
    ciLow: interval ? 100 * interval[0] : row.ci_low,
    ciHigh: interval ? 100 * interval[1] : row.ci_high,
    standardError: row.se,
    method: counted ? 'count' : row.method,
    aggregated: row.aggregated,
    reportingRegions: row.reporting,
    expectedRegions: row.expected,
    synthetic: row.synthetic,
    suppressed: false,
    suppressionReason: null,
  };
}
