import { db } from '../../../db/client.ts';

export interface ActivityFilter {
  kabupatenKode: string;
  year: number;
  agencyCode: string | null;
  /** Realizations after this Monday are ignored; null: all. */
  asOf: string | null;
  status: 'OPEN' | 'DONE' | null;
}

export interface ActivityRow {
  id: string;
  kabupaten_kode: string;
  agency_code: string;
  agency_name: string;
  agency_short_name: string;
  year: number;
  code: string;
  name: string;
  program_code: string | null;
  region_kode: string;
  unit: string;
  planned_quantity: number;
  planned_to_date: number;
  realized_quantity: number;
  planned_budget: number;
  spent_budget: number;
  first_week: string | null;
  last_week: string | null;
  done: boolean;
  total: number;
}

/**
 * A page of planned activities with their totals, ordered by agency and code, in one statement
 * (`total` repeats the number of all matching rows). Done = realized (up to `asOf`) ≥ planned for
 * the whole year, with something planned.
 */
export async function activityRows(
  filter: ActivityFilter,
  page: { offset: number; limit: number },
): Promise<ActivityRow[]> {
  const { kabupatenKode, year, agencyCode, asOf, status } = filter;
  return db.$queryRaw<ActivityRow[]>`
    SELECT * , count(*) OVER ()::int AS total FROM (
      SELECT a.id::text AS id, a.kabupaten_kode, a.agency_code, g.name AS agency_name,
             g.short_name AS agency_short_name, a.year, a.code, a.name, a.program_code,
             a.region_kode, a.unit,
             COALESCE(sum(w.planned_quantity), 0)::int AS planned_quantity,
             COALESCE(sum(w.planned_quantity) FILTER (WHERE ${asOf}::date IS NULL
                                                     OR w.week_start <= ${asOf}::date), 0)::int
               AS planned_to_date,
             COALESCE(sum(w.realized_quantity) FILTER (WHERE ${asOf}::date IS NULL
                                                      OR w.week_start <= ${asOf}::date), 0)::int
               AS realized_quantity,
             COALESCE(sum(w.planned_budget), 0)::float8 AS planned_budget,
             COALESCE(sum(w.spent_budget) FILTER (WHERE ${asOf}::date IS NULL
                                                 OR w.week_start <= ${asOf}::date), 0)::float8
               AS spent_budget,
             to_char(min(w.week_start) FILTER (WHERE w.planned_quantity > 0), 'YYYY-MM-DD')
               AS first_week,
             to_char(max(w.week_start) FILTER (WHERE w.planned_quantity > 0), 'YYYY-MM-DD')
               AS last_week,
             (COALESCE(sum(w.planned_quantity), 0) > 0
              AND COALESCE(sum(w.realized_quantity) FILTER (WHERE ${asOf}::date IS NULL
                                                           OR w.week_start <= ${asOf}::date), 0)
                  >= COALESCE(sum(w.planned_quantity), 0)) AS done
      FROM activity a
      JOIN agency g ON g.kabupaten_kode = a.kabupaten_kode AND g.code = a.agency_code
      LEFT JOIN activity_week w ON w.activity_id = a.id
      WHERE a.kabupaten_kode = ${kabupatenKode} AND a.year = ${year}
        AND (${agencyCode}::text IS NULL OR a.agency_code = ${agencyCode}::text)
      GROUP BY a.id, g.name, g.short_name
    ) s
    WHERE ${status}::text IS NULL OR s.done = (${status}::text = 'DONE')
    ORDER BY s.agency_code, s.code
    LIMIT ${page.limit} OFFSET ${page.offset}`;
}

export interface ActivityWeekRow {
  activity_id: string;
  week_start: string;
  planned_quantity: number;
  planned_budget: number;
  realized_quantity: number | null;
  spent_budget: number | null;
  note: string | null;
  flag: string | null;
}

/** The weeks of a batch of activities, in week order. */
export async function activityWeekRows(ids: readonly string[]): Promise<ActivityWeekRow[]> {
  if (ids.length === 0) return [];
  return db.$queryRaw<ActivityWeekRow[]>`
    SELECT w.activity_id::text AS activity_id, to_char(w.week_start, 'YYYY-MM-DD') AS week_start,
           w.planned_quantity, w.planned_budget::float8 AS planned_budget, w.realized_quantity,
           w.spent_budget::float8 AS spent_budget, w.note, w.flag
    FROM activity_week w
    WHERE w.activity_id = ANY(${[...ids]}::text[]::bigint[])
    ORDER BY w.activity_id, w.week_start`;
}
