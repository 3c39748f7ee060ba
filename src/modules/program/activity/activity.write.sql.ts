import type { Db, Tx } from '../../../db/client.ts';

export interface ActivityDefinitionRow {
  kabupatenKode: string;
  year: number;
  code: string;
  agency: string;
  name: string;
  program: string | null;
  regionKode: string;
  unit: string;
}

export interface PlanWeekRow {
  kabupatenKode: string;
  year: number;
  code: string;
  /** Monday of the ISO week. */
  weekStart: string;
  quantity: number;
  budget: number;
}

export interface RealizationWeekRow extends Omit<PlanWeekRow, 'budget'> {
  /** Rupiah; null: not reported (an update keeps what was recorded). */
  spent: number | null;
  note: string | null;
  /** Why the row looks implausible (PROGRAM_PLAUSIBILITY=flag); null when plausible. */
  flag?: string | null;
}

/** Inserts activities or updates their attributes, keyed by (kabupaten, year, code). */
export function upsertActivities(
  client: Db | Tx,
  rows: readonly ActivityDefinitionRow[],
): Promise<number> {
  const col = <K extends keyof ActivityDefinitionRow>(k: K) => rows.map((r) => r[k]);
  return client.$executeRaw`
    INSERT INTO activity (kabupaten_kode, year, code, agency_code, name, program_code, region_kode, unit)
    SELECT * FROM unnest(${col('kabupatenKode')}::text[], ${col('year')}::int[], ${col('code')}::text[],
                         ${col('agency')}::text[], ${col('name')}::text[], ${col('program')}::text[],
                         ${col('regionKode')}::text[], ${col('unit')}::text[])
    ON CONFLICT (kabupaten_kode, year, code) DO UPDATE
      SET agency_code = EXCLUDED.agency_code, name = EXCLUDED.name,
          program_code = EXCLUDED.program_code, region_kode = EXCLUDED.region_kode,
          unit = EXCLUDED.unit
      WHERE (activity.agency_code, activity.name, activity.program_code, activity.region_kode,
             activity.unit)
            IS DISTINCT FROM (EXCLUDED.agency_code, EXCLUDED.name, EXCLUDED.program_code,
                              EXCLUDED.region_kode, EXCLUDED.unit)`;
}

/** Sets the plan of activity-weeks (keeps their realization). */
export function upsertPlanWeeks(client: Db | Tx, rows: readonly PlanWeekRow[]): Promise<number> {
  const col = <K extends keyof PlanWeekRow>(k: K) => rows.map((r) => r[k]);
  return client.$executeRaw`
    INSERT INTO activity_week (activity_id, week_start, planned_quantity, planned_budget)
    SELECT a.id, u.week_start, u.quantity, u.budget
    FROM unnest(${col('kabupatenKode')}::text[], ${col('year')}::int[], ${col('code')}::text[],
                ${col('weekStart')}::date[], ${col('quantity')}::int[], ${col('budget')}::bigint[])
         AS u(kabupaten_kode, year, code, week_start, quantity, budget)
    JOIN activity a ON a.kabupaten_kode = u.kabupaten_kode AND a.year = u.year AND a.code = u.code
    ON CONFLICT (activity_id, week_start) DO UPDATE
      SET planned_quantity = EXCLUDED.planned_quantity, planned_budget = EXCLUDED.planned_budget
      WHERE (activity_week.planned_quantity, activity_week.planned_budget)
            IS DISTINCT FROM (EXCLUDED.planned_quantity, EXCLUDED.planned_budget)`;
}

/** Sets the realization of activity-weeks (keeps their plan; a week without plan plans 0). */
export function upsertRealizationWeeks(
  client: Db | Tx,
  rows: readonly RealizationWeekRow[],
): Promise<number> {
  const col = <K extends keyof RealizationWeekRow>(k: K) => rows.map((r) => r[k]);
  return client.$executeRaw`
    INSERT INTO activity_week (activity_id, week_start, realized_quantity, spent_budget, note, flag)
    SELECT a.id, u.week_start, u.quantity, u.spent, u.note, u.flag
    FROM unnest(${col('kabupatenKode')}::text[], ${col('year')}::int[], ${col('code')}::text[],
                ${col('weekStart')}::date[], ${col('quantity')}::int[], ${col('spent')}::bigint[],
                ${col('note')}::text[], ${rows.map((r) => r.flag ?? null)}::text[])
         AS u(kabupaten_kode, year, code, week_start, quantity, spent, note, flag)
    JOIN activity a ON a.kabupaten_kode = u.kabupaten_kode AND a.year = u.year AND a.code = u.code
    ON CONFLICT (activity_id, week_start) DO UPDATE
      SET realized_quantity = EXCLUDED.realized_quantity,
          spent_budget = COALESCE(EXCLUDED.spent_budget, activity_week.spent_budget),
          note = EXCLUDED.note, flag = EXCLUDED.flag
      WHERE (activity_week.realized_quantity, activity_week.spent_budget, activity_week.note,
             activity_week.flag)
            IS DISTINCT FROM (EXCLUDED.realized_quantity,
                              COALESCE(EXCLUDED.spent_budget, activity_week.spent_budget),
                              EXCLUDED.note, EXCLUDED.flag)`;
}

/** Which (kabupaten, year, code) activities exist, as "kabupaten|year|code". */
export async function existingActivities(
  client: Db | Tx,
  keys: readonly { kabupatenKode: string; year: number; code: string }[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await client.$queryRaw<{ key: string }[]>`
    SELECT a.kabupaten_kode || '|' || a.year || '|' || a.code AS key
    FROM activity a
    JOIN unnest(${keys.map((k) => k.kabupatenKode)}::text[], ${keys.map((k) => k.year)}::int[],
                ${keys.map((k) => k.code)}::text[]) AS u(kabupaten_kode, year, code)
      ON a.kabupaten_kode = u.kabupaten_kode AND a.year = u.year AND a.code = u.code`;
  return new Set(rows.map((r) => r.key));
}

export interface ActivityWeekTotalsRow {
  key: string;
  agency_code: string;
  /** Monday; null for an activity without weeks. */
  week_start: string | null;
  planned_quantity: number;
  planned_budget: number;
  realized_quantity: number | null;
  spent_budget: number | null;
}

/**
 * Every week of the given (kabupaten, year, code) activities with its plan and realization, and
 * the activity's agency, keyed "kabupaten|year|code" (an activity without weeks: one row, week
 * null). Unknown activities are absent.
 */
export async function activityWeeksOf(
  client: Db | Tx,
  keys: readonly { kabupatenKode: string; year: number; code: string }[],
): Promise<ActivityWeekTotalsRow[]> {
  if (keys.length === 0) return [];
  return client.$queryRaw<ActivityWeekTotalsRow[]>`
    SELECT a.kabupaten_kode || '|' || a.year || '|' || a.code AS key, a.agency_code,
           to_char(w.week_start, 'YYYY-MM-DD') AS week_start,
           COALESCE(w.planned_quantity, 0)::float8 AS planned_quantity,
           COALESCE(w.planned_budget, 0)::float8 AS planned_budget,
           w.realized_quantity::float8 AS realized_quantity, w.spent_budget::float8 AS spent_budget
    FROM activity a
    JOIN (SELECT DISTINCT * FROM unnest(${keys.map((k) => k.kabupatenKode)}::text[],
                                        ${keys.map((k) => k.year)}::int[],
                                        ${keys.map((k) => k.code)}::text[])
            AS u(kabupaten_kode, year, code)) u
      ON a.kabupaten_kode = u.kabupaten_kode AND a.year = u.year AND a.code = u.code
    LEFT JOIN activity_week w ON w.activity_id = a.id`;
}
