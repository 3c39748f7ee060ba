import { db } from '../../../db/client.ts';

export interface CoverageKey {
  kode: string;
  program: string;
  period: string;
}

/**
 * One agency's part of a coverage key (kind "agency"), or the key's totals (kind "total": target
 * population and reach counted once per desa, desa reporting and expected, whether the program
 * exists, and the program's target for the year).
 */
export interface CoverageRow extends CoverageKey {
  kind: 'agency' | 'total';
  agency_code: string | null;
  agency_name: string | null;
  target_population: number | null;
  reached: number | null;
  budget_planned: number | null;
  budget_spent: number | null;
  reporting: number | null;
  expected: number | null;
  known: boolean | null;
  /** Total only: the program's target for the period's year, set at or above the kode. */
  target_percent: number | null;
  target_kode: string | null;
  target_source: string | null;
}

/**
 * Coverage of a batch of (kode, program, period) keys in one statement. Reach is the sum of the
 * desa rows at or below the kode (never a mean of rates). Agencies reporting the same program in
 * one desa report the same people: in the total, a desa's target population is the largest any
 * agency reports (not their sum) and its reach the agencies' sum capped at that population.
 * Budget is the sum over the program's activities located at or below the kode (a desa has
 * budget only from activities located at it: lokus interventions), of the ISO weeks whose
 * Thursday falls in the period (the ISO rule that gives a week to a year, applied to months as
 * well); null where no activity is located. The target is the one set for the period's year at
 * the nearest region at or above the kode.
 */
export async function coverageRows(keys: readonly CoverageKey[]): Promise<CoverageRow[]> {
  if (keys.length === 0) return [];
  return db.$queryRaw<CoverageRow[]>`
    WITH k AS (
      SELECT DISTINCT kode, program, period
      FROM unnest(${keys.map((k) => k.kode)}::text[], ${keys.map((k) => k.program)}::text[],
                  ${keys.map((k) => k.period)}::text[]) AS k(kode, program, period)
    ),
    reach AS (
      SELECT k.kode, k.program, k.period, c.kabupaten_kode, c.agency_code,
             sum(c.target_population)::int AS target_population, sum(c.reached)::int AS reached
      FROM k
      JOIN program_coverage c
        ON c.program_code = k.program AND c.period = k.period
       AND (c.desa_kode = k.kode OR (c.desa_kode >= k.kode || '.' AND c.desa_kode < k.kode || '/'))
      GROUP BY 1, 2, 3, 4, 5
    ),
    per_desa AS (
      SELECT k.kode, k.program, k.period, c.desa_kode,
             max(c.target_population) AS target_population, sum(c.reached) AS reached
      FROM k
      JOIN program_coverage c
        ON c.program_code = k.program AND c.period = k.period
       AND (c.desa_kode = k.kode OR (c.desa_kode >= k.kode || '.' AND c.desa_kode < k.kode || '/'))
      GROUP BY 1, 2, 3, 4
    ),
    once AS (
      SELECT kode, program, period, sum(target_population)::int AS target_population,
             sum(least(reached, target_population))::int AS reached, count(*)::int AS reporting
      FROM per_desa
      GROUP BY 1, 2, 3
    ),
    money AS (
      SELECT k.kode, k.program, k.period, a.kabupaten_kode, a.agency_code,
             sum(w.planned_budget)::float8 AS budget_planned,
             COALESCE(sum(w.spent_budget), 0)::float8 AS budget_spent
      FROM k
      JOIN activity a
        ON a.program_code = k.program
       AND (a.region_kode = k.kode OR (a.region_kode >= k.kode || '.' AND a.region_kode < k.kode || '/'))
      JOIN activity_week w
        ON w.activity_id = a.id
       AND to_char(w.week_start + 3, CASE WHEN length(k.period) = 4 THEN 'YYYY' ELSE 'YYYY-MM' END)
           = k.period
      GROUP BY 1, 2, 3, 4, 5
    ),
    joined AS (
      SELECT COALESCE(r.kode, m.kode) AS kode, COALESCE(r.program, m.program) AS program,
             COALESCE(r.period, m.period) AS period,
             COALESCE(r.kabupaten_kode, m.kabupaten_kode) AS kabupaten_kode,
             COALESCE(r.agency_code, m.agency_code) AS agency_code,
             r.target_population, r.reached, m.budget_planned, m.budget_spent
      FROM reach r
      FULL JOIN money m
        ON m.kode = r.kode AND m.program = r.program AND m.period = r.period
       AND m.kabupaten_kode = r.kabupaten_kode AND m.agency_code = r.agency_code
    )
    SELECT 'agency' AS kind, j.kode, j.program, j.period, j.agency_code, g.name AS agency_name,
           j.target_population, j.reached, j.budget_planned, j.budget_spent,
           NULL::int AS reporting, NULL::int AS expected, NULL::boolean AS known,
           NULL::float8 AS target_percent, NULL::text AS target_kode, NULL::text AS target_source
    FROM joined j
    LEFT JOIN agency g ON g.kabupaten_kode = j.kabupaten_kode AND g.code = j.agency_code
    UNION ALL
    SELECT 'total', k.kode, k.program, k.period, NULL, NULL, o.target_population, o.reached,
           NULL, NULL, COALESCE(o.reporting, 0),
           (SELECT count(*)::int FROM region e
             WHERE e.level = 'DESA'
               AND (e.kode = k.kode OR (e.kode >= k.kode || '.' AND e.kode < k.kode || '/'))),
           EXISTS (SELECT 1 FROM program p WHERE p.code = k.program),
           t.target_percent, t.region_kode, t.source
    FROM k
    LEFT JOIN once o ON o.kode = k.kode AND o.program = k.program AND o.period = k.period
    LEFT JOIN LATERAL (
      SELECT pt.target_percent, pt.region_kode, pt.source
      FROM program_target pt
      WHERE pt.program_code = k.program AND pt.year = left(k.period, 4)::int
        AND (pt.region_kode = k.kode
             OR (k.kode >= pt.region_kode || '.' AND k.kode < pt.region_kode || '/'))
      ORDER BY length(pt.region_kode) DESC
      LIMIT 1
    ) t ON true
    ORDER BY 2, 3, 4, 5`;
}
