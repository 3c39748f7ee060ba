import { type Db, db, readRows, type Tx } from '../../db/client.ts';
import {
  geometryInfoColumns,
  geometryInfoOf,
  geometryTextColumn,
  type RegionGeometryInfo,
} from '../../db/postgis.ts';
import {
  type RegionPageRow,
  regionPageColumns,
  regionPageFrom,
  regionPageRowOf,
} from '../region/region.list.ts';
import type { IndicatorDefinition } from './indicator.catalog.ts';

export interface IndicatorKey {
  kode: string;
  code: string;
  period: string;
}

/**
 * One stored value, or one sum over the desa below a region, for one key and one source; a row
 * with a null source marks a key whose indicator is not in the catalog.
 */
export interface IndicatorCandidateRow extends IndicatorKey {
  source: string | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  se: number | null;
  method: string | null;
  aggregated: boolean;
  reporting: number | null;
  expected: number | null;
  /** Any row behind this candidate was written by the demo seed. */
  synthetic: boolean;
  /** The indicator's source priority (catalog). */
  priority: string[] | null;
}

/**
 * Every candidate value for a batch of (kode, indicator, period) keys, in one statement:
 * values stored for the region itself, and for count-based indicators the sums of numerators and
 * denominators over the desa below it, per source; and a marker for unknown indicators. Desa below
 * a region are found by a kode range ('32.16.' <= kode < '32.16/'), which the "C"-collated primary
 * key serves. Sums are bigint in SQL (an int sum overflows past 2,147,483,647) and travel as
 * float8, exact to 2^53; imports keep every total within GraphQL's Int (indicator.import.ts).
 */
export async function indicatorCandidates(
  keys: readonly IndicatorKey[],
): Promise<IndicatorCandidateRow[]> {
  if (keys.length === 0) return [];
  // Read below Prisma: a choropleth asks for one key per desa, and Prisma's per-row work on
  // these 16 columns was a third of an uncached 187-desa page's CPU (issue 15).
  const rows = await readRows(candidatesSql, [
    keys.map((k) => k.kode),
    keys.map((k) => k.code),
    keys.map((k) => k.period),
  ]);
  return rows.map(candidateRowOf);
}

/** @private One row of the candidates' 16 columns, in `candidatesSql`'s order. */
function candidateRowOf(r: unknown[]): IndicatorCandidateRow {
  return {
    kode: r[0] as string,
    code: r[1] as string,
    period: r[2] as string,
    source: r[3] as string | null,
    numerator: r[4] as number | null,
    denominator: r[5] as number | null,
    value: r[6] as number | null,
    ci_low: r[7] as number | null,
    ci_high: r[8] as number | null,
    se: r[9] as number | null,
    method: r[10] as string | null,
    aggregated: r[11] as boolean,
    reporting: r[12] as number | null,
    expected: r[13] as number | null,
    synthetic: r[14] as boolean,
    priority: r[15] as string[] | null,
  };
}

const candidatesSql = `
    WITH k AS (
      SELECT DISTINCT kode, code, period
      FROM unnest($1::text[], $2::text[], $3::text[]) AS k(kode, code, period)
    )
    SELECT k.kode, k.code, k.period, v.source, v.numerator, v.denominator, v.value,
           v.ci_low, v.ci_high, v.se, v.method,
           false AS aggregated, NULL::int AS reporting, NULL::int AS expected,
           v.synthetic, i.source_priority AS priority
    FROM k
    JOIN indicator_value v
      ON v.region_kode = k.kode AND v.indicator_code = k.code AND v.period = k.period
    JOIN indicator i ON i.code = k.code
    UNION ALL
    SELECT k.kode, k.code, k.period, a.source, a.numerator, a.denominator,
           NULL::float8, NULL::float8, NULL::float8, NULL::float8, NULL::text,
           true, a.reporting, e.expected, a.synthetic, i.source_priority
    FROM k
    JOIN indicator i ON i.code = k.code AND i.kind = 'ROUTINE_RATE'
    CROSS JOIN LATERAL (
      SELECT v.source, sum(v.numerator::bigint)::float8 AS numerator,
             sum(v.denominator::bigint)::float8 AS denominator,
             count(*)::int AS reporting, bool_or(v.synthetic) AS synthetic
      FROM region d
      JOIN indicator_value v ON v.region_kode = d.kode AND v.indicator_code = k.code
       AND v.period = k.period AND v.numerator IS NOT NULL
      WHERE d.level = 'DESA' AND d.kode >= k.kode || '.' AND d.kode < k.kode || '/'
      GROUP BY v.source) AS a
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS expected FROM region e
      WHERE e.level = 'DESA' AND e.kode >= k.kode || '.' AND e.kode < k.kode || '/') AS e
    WHERE length(k.kode) < 13
    UNION ALL
    SELECT k.kode, k.code, k.period, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           false, NULL, NULL, false, NULL
    FROM k WHERE NOT EXISTS (SELECT 1 FROM indicator i WHERE i.code = k.code)`;

/** The stored values of many desa for one indicator and period, and the indicator's priority. */
export interface DesaValueRows {
  /** Null when the indicator is not in the catalog. */
  priority: string[] | null;
  rows: IndicatorCandidateRow[];
}

/**
 * What `indicatorCandidates` gives for desa keys (their stored values: nothing is summed below a
 * desa), for a whole universe of one indicator and period in one statement, without a key or a
 * priority array per row: a province's choropleth asks for 5,957 desa.
 */
export async function desaValueRows(
  kodes: readonly string[],
  code: string,
  period: string,
): Promise<DesaValueRows> {
  // The stored values' columns (code and period are the arguments; nothing is summed below a
  // desa); a first row without a kode carries the catalog's priority.
  const rows = await readRows(
    `SELECT NULL::text, NULL::text, NULL::int, NULL::int, NULL::float8, NULL::float8,
            NULL::float8, NULL::float8, NULL::text, false, i.source_priority
     FROM indicator i WHERE i.code = $2
     UNION ALL
     SELECT v.region_kode, v.source, v.numerator, v.denominator, v.value, v.ci_low, v.ci_high,
            v.se, v.method, v.synthetic, NULL
     FROM indicator_value v
     WHERE v.region_kode = ANY($1::text[]) AND v.indicator_code = $2 AND v.period = $3
       AND EXISTS (SELECT 1 FROM indicator i WHERE i.code = $2)`,
    [kodes, code, period],
  );
  let priority: string[] | null = null;
  const values: IndicatorCandidateRow[] = [];
  for (const r of rows) {
    if (r[0] === null) priority = r[10] as string[];
    else values.push(storedRowOf(r, 1, code, period));
  }
  return { priority, rows: values };
}

/**
 * @private A stored value's row: the region's kode first, then from column `at` the source,
 * numerator, denominator, value, ci_low, ci_high, se, method and synthetic.
 */
function storedRowOf(
  r: unknown[],
  at: number,
  code: string,
  period: string,
): IndicatorCandidateRow {
  return {
    kode: r[0] as string,
    code,
    period,
    source: r[at] as string | null,
    numerator: r[at + 1] as number | null,
    denominator: r[at + 2] as number | null,
    value: r[at + 3] as number | null,
    ci_low: r[at + 4] as number | null,
    ci_high: r[at + 5] as number | null,
    se: r[at + 6] as number | null,
    method: r[at + 7] as string | null,
    aggregated: false,
    reporting: null,
    expected: null,
    synthetic: r[at + 8] as boolean,
    priority: null,
  };
}

/** The values stored in a province for some indicators and one period, and their priorities. */
export interface ProvinceValueRows {
  /** Per indicator code in the catalog: its source priority. */
  priorities: Map<string, string[]>;
  /** Per code: whether its regions above desa get sums over their desa (ROUTINE_RATE). */
  summed: Map<string, boolean>;
  rows: IndicatorCandidateRow[];
}

/**
 * Every value stored for `codes` in `period` in the province `root` (the province itself and
 * every region below it), in one statement: what a province's disclosure table reads. The sums
 * over desa that `indicatorCandidates` adds for regions above desa are left to the caller
 * (indicator.loaders.ts `recordProvinceCandidates`), which adds them up once for all regions
 * instead of one sum per region in SQL.
 */
export async function provinceValueRows(
  root: string,
  codes: readonly string[],
  period: string,
): Promise<ProvinceValueRows> {
  const rows = await readRows(
    `SELECT NULL::text, i.code, NULL::text, NULL::int, NULL::int, NULL::float8, NULL::float8,
            NULL::float8, NULL::float8, NULL::text, false, i.source_priority,
            i.kind = 'ROUTINE_RATE'
     FROM indicator i WHERE i.code = ANY($2::text[])
     UNION ALL
     SELECT v.region_kode, v.indicator_code, v.source, v.numerator, v.denominator, v.value,
            v.ci_low, v.ci_high, v.se, v.method, v.synthetic, NULL, NULL
     FROM indicator_value v
     WHERE (v.region_kode = $1 OR (v.region_kode >= $1 || '.' AND v.region_kode < $1 || '/'))
       AND v.indicator_code = ANY($2::text[]) AND v.period = $3`,
    [root, codes, period],
  );
  const priorities = new Map<string, string[]>();
  const summed = new Map<string, boolean>();
  const values: IndicatorCandidateRow[] = [];
  for (const r of rows) {
    const code = r[1] as string;
    if (r[0] === null) {
      priorities.set(code, (r[11] as string[] | null) ?? []);
      summed.set(code, r[12] === true);
      continue;
    }
    values.push(storedRowOf(r, 2, code, period));
  }
  return { priorities, summed, rows: values };
}

/** What `regionDetail` reads with a region besides its page row. */
export interface RegionDetailAsks {
  /** The stored values of a desa for one indicator and period (what `desaValueRows` reads). */
  values: { code: string; period: string } | null;
  /** Its boundary per tolerance (degrees) and precision, as `geometryText` writes it. */
  geometries: readonly { toleranceDegrees: number; precision: number }[];
  /** Its inner point and box, as `geometryInfo` reads them. */
  info: boolean;
}

/**
 * One region with its parent (a page row) and, in the same statement, what its detail asks for
 * besides: a desa's stored values, its boundaries and its inner point and box, each exactly as the
 * reader it stands in for (`desaValueRows`, `geometryText`, `geometryInfo`) would read it, so a
 * region detail costs one statement, with or without the boundary cache.
 */
export async function regionDetail(
  kode: string,
  asks: RegionDetailAsks,
): Promise<{
  row: RegionPageRow | null;
  values: DesaValueRows | null;
  geometries: (string | null)[];
  info: RegionGeometryInfo | null;
}> {
  const params: unknown[] = [kode];
  const columns = [regionPageColumns];
  if (asks.values) {
    params.push(asks.values.code, asks.values.period);
    columns.push(`(SELECT i.source_priority FROM indicator i WHERE i.code = $2)`);
    columns.push(`(SELECT json_agg(json_build_array(v.source, v.numerator, v.denominator, v.value,
                                              v.ci_low, v.ci_high, v.se, v.method, v.synthetic))
             FROM indicator_value v
             WHERE v.region_kode = r.kode AND v.indicator_code = $2 AND v.period = $3
               AND EXISTS (SELECT 1 FROM indicator i WHERE i.code = $2))`);
  }
  if (asks.info) columns.push(geometryInfoColumns);
  for (const g of asks.geometries) {
    params.push(g.toleranceDegrees, g.precision);
    columns.push(geometryTextColumn(`$${params.length - 1}`, `$${params.length}`));
  }
  const rows = await readRows(
    `SELECT ${columns.join(', ')} ${regionPageFrom} WHERE r.kode = $1`,
    params,
  );
  const r = rows[0];
  if (!r) return { row: null, values: null, geometries: [], info: null };
  const row = regionPageRowOf(r);
  let at = 13;
  let values: DesaValueRows | null = null;
  if (asks.values) {
    const { code, period } = asks.values;
    const priority = r[at] as string[] | null;
    const json = r[at + 1];
    const stored = (typeof json === 'string' ? JSON.parse(json) : (json ?? [])) as unknown[][];
    values = {
      priority,
      rows: stored.map((v) => storedRowOf([kode, ...v], 1, code, period)),
    };
    at += 2;
  }
  let info: RegionGeometryInfo | null = null;
  if (asks.info) {
    info = geometryInfoOf({
      kode,
      geom_version: row.geom_version,
      has_geometry: r[at] as boolean,
      area_km2: r[at + 1] as number | null,
      centroid: r[at + 2] as string | null,
      xmin: r[at + 3] as number | null,
      ymin: r[at + 4] as number | null,
      xmax: r[at + 5] as number | null,
      ymax: r[at + 6] as number | null,
    });
    at += 7;
  }
  const geometries = asks.geometries.map((_, i) => (r[at + i] as string | null) ?? null);
  return { row, values, geometries, info };
}

export interface TotalKey {
  province: string;
  code: string;
  period: string;
  source: string;
}

/**
 * Sums of the desa counts already stored per (province, indicator, period, source) — the largest
 * totals a roll-up serves — leaving out the desa values an import is about to replace (`replacing`,
 * as "kode|code|period|source").
 */
export async function storedDesaTotals(
  groups: readonly TotalKey[],
  replacing: readonly (IndicatorKey & { source: string })[],
): Promise<(TotalKey & { numerator: number; denominator: number })[]> {
  if (groups.length === 0) return [];
  return db.$queryRaw`
    WITH g AS (
      SELECT DISTINCT * FROM unnest(${groups.map((g) => g.province)}::text[],
        ${groups.map((g) => g.code)}::text[], ${groups.map((g) => g.period)}::text[],
        ${groups.map((g) => g.source)}::text[]) AS g(province, code, period, source)
    ), r AS (
      SELECT * FROM unnest(${replacing.map((r) => r.kode)}::text[],
        ${replacing.map((r) => r.code)}::text[], ${replacing.map((r) => r.period)}::text[],
        ${replacing.map((r) => r.source)}::text[]) AS r(kode, code, period, source)
    )
    SELECT g.province, g.code, g.period, g.source,
           COALESCE(sum(v.numerator::bigint), 0)::float8 AS numerator,
           COALESCE(sum(v.denominator::bigint), 0)::float8 AS denominator
    FROM g
    JOIN indicator_value v
      ON v.indicator_code = g.code AND v.period = g.period AND v.source = g.source
     AND v.region_kode >= g.province || '.' AND v.region_kode < g.province || '/'
     AND length(v.region_kode) = 13
    WHERE NOT EXISTS (SELECT 1 FROM r WHERE r.kode = v.region_kode AND r.code = v.indicator_code
                        AND r.period = v.period AND r.source = v.source)
    GROUP BY g.province, g.code, g.period, g.source`;
}

/** Periods that hold at least one value, per indicator, newest first. */
export async function periodsByIndicator(
  codes: readonly string[],
): Promise<{ code: string; periods: string[] }[]> {
  return db.$queryRaw<{ code: string; periods: string[] }[]>`
    SELECT c.code,
           COALESCE(array_agg(DISTINCT v.period ORDER BY v.period DESC)
                    FILTER (WHERE v.period IS NOT NULL), '{}') AS periods
    FROM unnest(${[...codes]}::text[]) AS c(code)
    LEFT JOIN indicator_value v ON v.indicator_code = c.code
    GROUP BY c.code`;
}

export interface IndicatorValueRow {
  kode: string;
  code: string;
  period: string;
  source: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  se: number | null;
  method: string | null;
}

/**
 * Inserts values or replaces them by (kode, indicator, period, source), in one statement. A row
 * is synthetic when the writing transaction declared so (the demo seed; migration 0009).
 */
export async function upsertIndicatorValues(
  client: Db | Tx,
  rows: readonly IndicatorValueRow[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const column = <K extends keyof IndicatorValueRow>(key: K) => rows.map((row) => row[key]);
  return client.$executeRaw`
    INSERT INTO indicator_value (region_kode, indicator_code, period, source, numerator,
                                 denominator, value, ci_low, ci_high, se, method)
    SELECT * FROM unnest(${column('kode')}::text[], ${column('code')}::text[],
                         ${column('period')}::text[], ${column('source')}::text[],
                         ${column('numerator')}::int[], ${column('denominator')}::int[],
                         ${column('value')}::float8[], ${column('ciLow')}::float8[],
                         ${column('ciHigh')}::float8[], ${column('se')}::float8[],
                         ${column('method')}::text[])
    ON CONFLICT (region_kode, indicator_code, period, source) DO UPDATE
      SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator,
          value = EXCLUDED.value, ci_low = EXCLUDED.ci_low, ci_high = EXCLUDED.ci_high,
          se = EXCLUDED.se, method = EXCLUDED.method, synthetic = EXCLUDED.synthetic,
          updated_at = now()
      WHERE (indicator_value.numerator, indicator_value.denominator, indicator_value.value,
             indicator_value.ci_low, indicator_value.ci_high, indicator_value.se,
             indicator_value.method, indicator_value.synthetic)
            IS DISTINCT FROM (EXCLUDED.numerator, EXCLUDED.denominator, EXCLUDED.value,
                              EXCLUDED.ci_low, EXCLUDED.ci_high, EXCLUDED.se, EXCLUDED.method,
                              EXCLUDED.synthetic)`;
}

/** Adds missing catalog entries and refreshes the text of existing ones. */
export async function upsertIndicators(
  client: Db | Tx,
  definitions: readonly IndicatorDefinition[],
): Promise<void> {
  for (const { code, sourcePriority, ...fields } of definitions) {
    const rest = { ...fields, sourcePriority: [...sourcePriority] };
    await client.indicator.upsert({ where: { code }, create: { code, ...rest }, update: rest });
  }
}
