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
  type ProvinceValueRows,
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
   * Every key's candidates read so far in this request, by `candidates`, `candidateList` or a
   * province's table, so none reads a key twice.
   */
  read: ReadValues;
}

/**
 * Candidates read in one request, per indicator and period, then per region: a province's table
 * holds 26,000 keys, and a map per (indicator, period) needs no key string per region.
 */
export class ReadValues {
  readonly #tables = new Map<string, Map<string, ReadIndicatorValue[] | null>>();

  /** The regions' candidates of one indicator and period (created empty). */
  table(code: string, period: string): Map<string, ReadIndicatorValue[] | null> {
    const key = `${code}|${period}`;
    let table = this.#tables.get(key);
    if (!table) {
      table = new Map();
      this.#tables.set(key, table);
    }
    return table;
  }

  has(key: IndicatorKey): boolean {
    return this.table(key.code, key.period).has(key.kode);
  }

  get(key: IndicatorKey): ReadIndicatorValue[] | null | undefined {
    return this.table(key.code, key.period).get(key.kode);
  }

  set(key: IndicatorKey, values: ReadIndicatorValue[] | null): void {
    this.table(key.code, key.period).set(key.kode, values);
  }
}

/** The indicator loaders of a request, kept with its context (Pothos context cache). */
export const indicatorLoaders = createContextCache(
  (_ctx: Context): IndicatorLoaders => createIndicatorLoaders(),
);

/** Fresh indicator loaders: one statement per batch, results in key order. */
export function createIndicatorLoaders(): IndicatorLoaders {
  const read = new ReadValues();
  return {
    read,
    candidates: new DataLoader(
      async (asked) => {
        const keys = asked.filter((key) => !read.has(key));
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
            key,
            values === null ? null : resolveSources(values ?? [], priorities.get(key.code) ?? []),
          );
        }
        return asked.map((key) => read.get(key) ?? null);
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
  const read = loaders.read.table(code, period);
  const missing = kodes.filter((kode) => kode.length === 13 && !read.has(kode));
  const above = kodes.filter((kode) => kode.length !== 13).map((kode) => ({ kode, code, period }));
  const [desa] = await Promise.all([
    missing.length > 0 ? desaValueRows(missing, code, period) : null,
    above.length > 0 ? loaders.candidates.loadMany(above) : null,
  ]);
  if (desa) recordDesaCandidates(loaders, missing, code, period, desa);
  return kodes.map((kode) => {
    const values = read.get(kode);
    if (values === undefined)
      throw new Error(`candidates of ${kode}|${code}|${period} were not read`);
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
  const read = loaders.read.table(code, period);
  const byKode = new Map<string, ReadIndicatorValue[]>();
  for (const row of desa.rows) {
    const shape = toShape(row as IndicatorCandidateRow & { source: string });
    const list = byKode.get(row.kode);
    if (list) list.push(shape);
    else byKode.set(row.kode, [shape]);
  }
  for (const kode of kodes) {
    const values = byKode.get(kode);
    read.set(
      kode,
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
 * Records the candidates of every region of a province for `codes` and `period` — what
 * `candidates.loadMany` gives for those keys — from the values stored in the province
 * (`provinceValueRows`, one statement), adding the desa's counts up to every region above them
 * here, once, instead of one sum per region in SQL (a province's disclosure table has 6,612
 * regions). The sums follow `indicatorCandidates`: per source, over the desa below the region
 * with a numerator, numerators and denominators summed exactly (integers, below 2^53), the
 * number of such desa (`reportingRegions`), the number of desa below (`expectedRegions`), and
 * synthetic when any row is. Keys this request has read already keep what was read.
 *
 * @param regions every region of the province (the province itself included)
 */
export function recordProvinceCandidates(
  loaders: IndicatorLoaders,
  regions: readonly { kode: string; parentKode?: string | null }[],
  period: string,
  stored: ProvinceValueRows,
): void {
  // The regions above each region, nearest first, by the tree's parent links when given.
  const parentOf = new Map<string, string | null>();
  for (const r of regions) parentOf.set(r.kode, r.parentKode ?? parentByKode(r.kode));
  const ancestors = new Map<string, string[]>();
  const ancestorsOf = (kode: string): string[] => {
    let found = ancestors.get(kode);
    if (!found) {
      found = [];
      for (let p = parentOf.get(kode) ?? null; p !== null; p = parentOf.get(p) ?? null)
        found.push(p);
      ancestors.set(kode, found);
    }
    return found;
  };
  const desaBelow = new Map<string, number>();
  for (const { kode } of regions) {
    if (kode.length !== 13) continue;
    for (const above of ancestorsOf(kode)) desaBelow.set(above, (desaBelow.get(above) ?? 0) + 1);
  }
  type Sum = {
    source: string;
    numerator: number;
    denominator: number | null;
    reporting: number;
    synthetic: boolean;
  };
  // Per code: the candidates of each region, and the sums per region and source.
  const lists = new Map<string, Map<string, ReadIndicatorValue[]>>();
  const sums = new Map<string, Map<string, Map<string, Sum>>>();
  for (const code of stored.summed.keys()) {
    lists.set(code, new Map());
    sums.set(code, new Map());
  }
  for (const row of stored.rows) {
    const byKode = lists.get(row.code);
    if (row.source === null || !byKode) continue;
    const shape = toShape(row as IndicatorCandidateRow & { source: string });
    const list = byKode.get(row.kode);
    if (list) list.push(shape);
    else byKode.set(row.kode, [shape]);
    if (row.kode.length !== 13 || row.numerator === null || !stored.summed.get(row.code)) continue;
    const sumsOfCode = sums.get(row.code) as Map<string, Map<string, Sum>>;
    for (const above of ancestorsOf(row.kode)) {
      let bySource = sumsOfCode.get(above);
      if (!bySource) {
        bySource = new Map();
        sumsOfCode.set(above, bySource);
      }
      const sum = bySource.get(row.source);
      if (sum) {
        sum.numerator += row.numerator;
        if (row.denominator !== null) sum.denominator = (sum.denominator ?? 0) + row.denominator;
        sum.reporting += 1;
        sum.synthetic ||= row.synthetic;
      } else {
        bySource.set(row.source, {
          source: row.source,
          numerator: row.numerator,
          denominator: row.denominator,
          reporting: 1,
          synthetic: row.synthetic,
        });
      }
    }
  }
  for (const [code, sumsOfCode] of sums) {
    const byKode = lists.get(code) as Map<string, ReadIndicatorValue[]>;
    for (const [kode, bySource] of sumsOfCode) {
      const list = byKode.get(kode) ?? [];
      byKode.set(kode, list);
      for (const sum of bySource.values()) {
        list.push(
          toShape({
            kode,
            code,
            period,
            source: sum.source,
            numerator: sum.numerator,
            denominator: sum.denominator,
            value: null,
            ci_low: null,
            ci_high: null,
            se: null,
            method: null,
            aggregated: true,
            reporting: sum.reporting,
            expected: desaBelow.get(kode) ?? 0,
            synthetic: sum.synthetic,
            priority: null,
          }),
        );
      }
    }
  }
  const none: ReadIndicatorValue[] = [];
  for (const [code, byKode] of lists) {
    const priority = stored.priorities.get(code) ?? [];
    const read = loaders.read.table(code, period);
    for (const { kode } of regions) {
      if (read.has(kode)) continue;
      const list = byKode.get(kode);
      read.set(
        kode,
        list === undefined
          ? none.slice()
          : list.length === 1
            ? list
            : resolveSources(list, priority),
      );
    }
  }
}

/** @private The parent kode a kode's shape implies ('32.16.01' → '32.16'; a province → null). */
function parentByKode(kode: string): string | null {
  const at = kode.lastIndexOf('.');
  return at > 0 ? kode.slice(0, at) : null;
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
