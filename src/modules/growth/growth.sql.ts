import type { Db, Tx } from '../../db/client.ts';

/** Source of every value and row the e-PPGBM importer writes. */
export const eppgbmSource = 'e-PPGBM';

/** The indicators derived from measurements, and the z-score each is read from. */
export const derivedIndicators = ['STUNTING', 'SEVERE_STUNTING', 'WASTING', 'UNDERWEIGHT'] as const;

export interface StoredChild {
  id: string;
  sex: string;
  birth_date: string;
}

/** The children of `ids` already stored, with what must not change between imports. */
export async function storedChildren(
  client: Db | Tx,
  ids: readonly string[],
): Promise<StoredChild[]> {
  if (ids.length === 0) return [];
  return client.$queryRaw<StoredChild[]>`
    SELECT id, sex, to_char(birth_date, 'YYYY-MM-DD') AS birth_date
    FROM child WHERE id = ANY(${[...ids]}::text[])`;
}

export interface ChildRow {
  id: string;
  name: string;
  sex: string;
  birthDate: string;
  desaKode: string;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date: dates travel as integers, not text. */
function epochDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

/**
 * Distinct values and each row's index into them (1-based, for SQL arrays): a column with few
 * distinct values (desa, posyandu) travels as one small text array and an int array.
 */
function dictionary(values: readonly (string | null)[]): {
  keys: string[];
  index: (number | null)[];
} {
  const at = new Map<string, number>();
  const keys: string[] = [];
  const index = values.map((v) => {
    if (v === null) return null;
    let i = at.get(v);
    if (i === undefined) {
      keys.push(v);
      i = keys.length;
      at.set(v, i);
    }
    return i;
  });
  return { keys, index };
}

/** Inserts children or updates name and desa, in one statement; returns rows changed. */
export async function upsertChildren(client: Tx, rows: readonly ChildRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const desa = dictionary(rows.map((r) => r.desaKode));
  return client.$executeRaw`
    INSERT INTO child (id, name, sex, birth_date, desa_kode, source)
    SELECT r.id, r.name, CASE WHEN r.male THEN 'L' ELSE 'P' END, date '1970-01-01' + r.born,
           (${desa.keys}::text[])[r.desa], ${eppgbmSource}
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.name)}::text[],
                ${rows.map((r) => r.sex === 'L')}::bool[],
                ${rows.map((r) => epochDay(r.birthDate))}::int[], ${desa.index}::int[])
      AS r(id, name, male, born, desa)
    ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, desa_kode = EXCLUDED.desa_kode,
                                   source = EXCLUDED.source
      WHERE (child.name, child.desa_kode, child.source)
            IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.desa_kode, EXCLUDED.source)`;
}

export interface MeasurementRow {
  childId: string;
  measuredOn: string;
  desaKode: string;
  ageDays: number;
  weightKg: number;
  heightCm: number;
  measured: 'L' | 'H';
  oedema: boolean;
  haz: number | null;
  waz: number | null;
  whz: number | null;
  hazFlagged: boolean | null;
  wazFlagged: boolean | null;
  whzFlagged: boolean | null;
  posyandu: string | null;
}

/** Rows per statement: a few MB of parameters, well inside what both databases take at once. */
const chunkSize = 25_000;

/**
 * Inserts measurements or replaces them by (child, day), in statements of 25,000 rows (one array
 * parameter per column; dates as integers, desa, posyandu and children as indexes into small
 * arrays, because the driver spends far more per text element than per number); a row whose
 * values are unchanged is left alone. Returns rows inserted or changed.
 */
export async function upsertMeasurements(
  client: Tx,
  rows: readonly MeasurementRow[],
  reference: string,
): Promise<number> {
  let changed = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const part = rows.slice(start, start + chunkSize);
    const col = <K extends keyof MeasurementRow>(key: K) => part.map((row) => row[key]);
    const child = dictionary(col('childId'));
    const desa = dictionary(col('desaKode'));
    const posyandu = dictionary(col('posyandu'));
    changed += await client.$executeRaw`
      INSERT INTO measurement (child_id, measured_on, desa_kode, age_days, weight_kg, height_cm,
                               measured, oedema, haz, waz, whz, haz_flagged, waz_flagged,
                               whz_flagged, posyandu, source, reference)
      SELECT (${child.keys}::text[])[r.child], date '1970-01-01' + r.day,
             (${desa.keys}::text[])[r.desa], r.age_days, r.weight_kg, r.height_cm,
             CASE WHEN r.lying THEN 'L' ELSE 'H' END, r.oedema, r.haz, r.waz, r.whz,
             r.haz_flagged, r.waz_flagged, r.whz_flagged, (${posyandu.keys}::text[])[r.posyandu],
             ${eppgbmSource}, ${reference}
      FROM unnest(${child.index}::int[], ${part.map((r) => epochDay(r.measuredOn))}::int[],
                  ${desa.index}::int[], ${col('ageDays')}::int[], ${col('weightKg')}::float8[],
                  ${col('heightCm')}::float8[], ${part.map((r) => r.measured === 'L')}::bool[],
                  ${col('oedema')}::bool[], ${col('haz')}::float8[], ${col('waz')}::float8[],
                  ${col('whz')}::float8[], ${col('hazFlagged')}::bool[],
                  ${col('wazFlagged')}::bool[], ${col('whzFlagged')}::bool[],
                  ${posyandu.index}::int[])
        AS r(child, day, desa, age_days, weight_kg, height_cm, lying, oedema, haz, waz, whz,
             haz_flagged, waz_flagged, whz_flagged, posyandu)
      ON CONFLICT (child_id, measured_on) DO UPDATE
        SET desa_kode = EXCLUDED.desa_kode, age_days = EXCLUDED.age_days,
            weight_kg = EXCLUDED.weight_kg, height_cm = EXCLUDED.height_cm,
            measured = EXCLUDED.measured, oedema = EXCLUDED.oedema, haz = EXCLUDED.haz,
            waz = EXCLUDED.waz, whz = EXCLUDED.whz, haz_flagged = EXCLUDED.haz_flagged,
            waz_flagged = EXCLUDED.waz_flagged, whz_flagged = EXCLUDED.whz_flagged,
            posyandu = EXCLUDED.posyandu, source = EXCLUDED.source,
            reference = EXCLUDED.reference
        WHERE (measurement.desa_kode, measurement.age_days, measurement.weight_kg,
               measurement.height_cm, measurement.measured, measurement.oedema, measurement.haz,
               measurement.waz, measurement.whz, measurement.haz_flagged,
               measurement.waz_flagged, measurement.whz_flagged, measurement.posyandu,
               measurement.source, measurement.reference)
          IS DISTINCT FROM
              (EXCLUDED.desa_kode, EXCLUDED.age_days, EXCLUDED.weight_kg, EXCLUDED.height_cm,
               EXCLUDED.measured, EXCLUDED.oedema, EXCLUDED.haz, EXCLUDED.waz, EXCLUDED.whz,
               EXCLUDED.haz_flagged, EXCLUDED.waz_flagged, EXCLUDED.whz_flagged,
               EXCLUDED.posyandu, EXCLUDED.source, EXCLUDED.reference)`;
  }
  return changed;
}

export interface DerivedReport {
  /** Indicator values the months now hold (desa × indicator × month). */
  values: number;
  /** Values inserted, changed or removed; 0 when a replay changes nothing. */
  changed: number;
}

/** How the derived values were counted; stored as each value's `method`. */
export const derivedMethod =
  'e-PPGBM by-name measurements: per desa and month, the latest valid measurement of each child (WHO 2006 z-scores, flagged values excluded; oedema counts as wasted and underweight)';

/**
 * Recomputes the e-PPGBM indicator values of whole months from every stored e-PPGBM measurement
 * of those months, in one statement: per (indicator, child, month) the latest measurement with a
 * valid z for that indicator (not null, not flagged; for WASTING and UNDERWEIGHT also oedema
 * under 60 months, counted below −3 as WHO Anthro does), counted in the desa where it was taken;
 * numerator = those below −2 (−3 for SEVERE_STUNTING), denominator = all of them. Values of those
 * months and indicators with source e-PPGBM that no longer have a child are removed; other
 * months, sources and indicators are untouched, and unchanged values are not rewritten (so a
 * replay bumps no data version).
 */
export async function deriveMonthlyIndicators(
  client: Tx,
  months: readonly string[],
): Promise<DerivedReport> {
  if (months.length === 0) return { values: 0, changed: 0 };
  const sorted = [...months].sort();
  const from = `${sorted[0]}-01`;
  const last = sorted[sorted.length - 1] as string;
  const [y, m] = last.split('-').map(Number) as [number, number];
  const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const codes = [...derivedIndicators];
  const [row] = await client.$queryRaw<{ total: number; written: number; removed: number }[]>`
    WITH m AS (
      SELECT child_id, desa_kode, to_char(measured_on, 'YYYY-MM') AS period, measured_on,
             haz, haz_flagged, waz, waz_flagged, whz, whz_flagged,
             oedema AND age_days <= 1826 AS oedema
      FROM measurement
      WHERE source = ${eppgbmSource} AND measured_on >= ${from}::date
        AND measured_on < ${to}::date
        AND to_char(measured_on, 'YYYY-MM') = ANY(${sorted}::text[])
    ),
    latest AS (
      SELECT DISTINCT ON (i.code, m.child_id, m.period) i.code, m.period, m.desa_kode, i.below
      FROM m CROSS JOIN LATERAL (VALUES
        ('STUNTING', m.haz IS NOT NULL AND NOT m.haz_flagged, m.haz < -2),
        ('SEVERE_STUNTING', m.haz IS NOT NULL AND NOT m.haz_flagged, m.haz < -3),
        ('WASTING', m.oedema OR (m.whz IS NOT NULL AND NOT m.whz_flagged), m.oedema OR m.whz < -2),
        ('UNDERWEIGHT', m.oedema OR (m.waz IS NOT NULL AND NOT m.waz_flagged),
         m.oedema OR m.waz < -2)
      ) AS i(code, valid, below)
      WHERE i.valid
      ORDER BY i.code, m.child_id, m.period, m.measured_on DESC
    ),
    fresh AS (
      SELECT desa_kode, code, period, (count(*) FILTER (WHERE below))::int AS numerator,
             count(*)::int AS denominator
      FROM latest GROUP BY desa_kode, code, period
    ),
    up AS (
      INSERT INTO indicator_value (region_kode, indicator_code, period, source, numerator,
                                   denominator, method)
      SELECT desa_kode, code, period, ${eppgbmSource}, numerator, denominator, ${derivedMethod}
      FROM fresh
      ON CONFLICT (region_kode, indicator_code, period, source) DO UPDATE
        SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, value = NULL,
            ci_low = NULL, ci_high = NULL, se = NULL, method = EXCLUDED.method,
            updated_at = now()
        WHERE (indicator_value.numerator, indicator_value.denominator, indicator_value.value,
               indicator_value.ci_low, indicator_value.ci_high, indicator_value.se,
               indicator_value.method)
          IS DISTINCT FROM (EXCLUDED.numerator, EXCLUDED.denominator, NULL::float8,
                            NULL::float8, NULL::float8, NULL::float8, EXCLUDED.method)
      RETURNING 1
    ),
    gone AS (
      DELETE FROM indicator_value v
      WHERE v.source = ${eppgbmSource} AND v.period = ANY(${sorted}::text[])
        AND v.indicator_code = ANY(${codes}::text[])
        -- NOT IN over the (never null) keys plans as a hashed subplan; NOT EXISTS against the
        -- CTE was planned as a nested loop, quadratic in the values of a year.
        AND (v.region_kode, v.indicator_code, v.period)
            NOT IN (SELECT desa_kode, code, period FROM fresh)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM fresh)::int AS total, (SELECT count(*) FROM up)::int AS written,
           (SELECT count(*) FROM gone)::int AS removed`;
  return { values: row?.total ?? 0, changed: (row?.written ?? 0) + (row?.removed ?? 0) };
}
