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
  spent: number;
  note: string | null;
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
    INSERT INTO activity_week (activity_id, week_start, realized_quantity, spent_budget, note)
    SELECT a.id, u.week_start, u.quantity, u.spent, u.note
    FROM unnest(${col('kabupatenKode')}::text[], ${col('year')}::int[], ${col('code')}::text[],
                ${col('weekStart')}::date[], ${col('quantity')}::int[], ${col('spent')}::bigint[],
                ${col('note')}::text[])
         AS u(kabupaten_kode, year, code, week_start, quantity, spent, note)
    JOIN activity a ON a.kabupaten_kode = u.kabupaten_kode AND a.year = u.year AND a.code = u.code
    ON CONFLICT (activity_id, week_start) DO UPDATE
      SET realized_quantity = EXCLUDED.realized_quantity, spent_budget = EXCLUDED.spent_budget,
          note = EXCLUDED.note
      WHERE (activity_week.realized_quantity, activity_week.spent_budget, activity_week.note)
            IS DISTINCT FROM (EXCLUDED.realized_quantity, EXCLUDED.spent_budget, EXCLUDED.note)`;
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
