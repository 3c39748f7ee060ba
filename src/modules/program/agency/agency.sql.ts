import { db } from '../../../db/client.ts';

export interface PerformanceRow {
  week_start: string;
  agency_code: string;
  agency_name: string;
  agency_short_name: string;
  planned: number;
  met: number;
  achievement: number | null;
  cumulative_achievement: number | null;
  planned_budget: number;
  spent_budget: number;
}

/**
 * Every agency of a kabupaten for each of the given ISO weeks (Mondays), in one statement.
 * Weekly: activity-weeks with a plan, how many met it (realized ≥ planned), and the achievement,
 * the mean of min(1, realized/planned) over them. Cumulative: per activity of the week's ISO
 * year, min(1, Σrealized/Σplanned) over the weeks up to this one, averaged over the agency's
 * activities that have a plan so far.
 */
export async function performanceRows(
  kabupatenKode: string,
  weekStarts: readonly string[],
): Promise<PerformanceRow[]> {
  if (weekStarts.length === 0) return [];
  return db.$queryRaw<PerformanceRow[]>`
    WITH wk AS (SELECT DISTINCT unnest(${[...weekStarts]}::date[]) AS week_start),
    act AS (SELECT a.id, a.agency_code, a.year FROM activity a WHERE a.kabupaten_kode = ${kabupatenKode}),
    weekly AS (
      SELECT wk.week_start, a.agency_code,
             count(*) FILTER (WHERE w.planned_quantity > 0)::int AS planned,
             count(*) FILTER (WHERE w.planned_quantity > 0
                              AND COALESCE(w.realized_quantity, 0) >= w.planned_quantity)::int AS met,
             (100 * avg(LEAST(1.0, COALESCE(w.realized_quantity, 0)::float8 / w.planned_quantity))
                FILTER (WHERE w.planned_quantity > 0))::float8 AS achievement,
             sum(w.planned_budget)::float8 AS planned_budget,
             COALESCE(sum(w.spent_budget), 0)::float8 AS spent_budget
      FROM wk
      JOIN activity_week w ON w.week_start = wk.week_start
      JOIN act a ON a.id = w.activity_id
      GROUP BY 1, 2
    ),
    shares AS (
      SELECT wk.week_start, a.agency_code,
             LEAST(1.0, COALESCE(sum(w.realized_quantity), 0)::float8 / sum(w.planned_quantity)) AS share
      FROM wk
      JOIN act a ON a.year = extract(isoyear FROM wk.week_start)
      JOIN activity_week w ON w.activity_id = a.id AND w.week_start <= wk.week_start
      GROUP BY wk.week_start, a.agency_code, a.id
      HAVING sum(w.planned_quantity) > 0
    ),
    cumulative AS (
      SELECT week_start, agency_code, (100 * avg(share))::float8 AS achievement
      FROM shares GROUP BY 1, 2
    )
    SELECT to_char(wk.week_start, 'YYYY-MM-DD') AS week_start, g.code AS agency_code,
           g.name AS agency_name, g.short_name AS agency_short_name,
           COALESCE(weekly.planned, 0) AS planned, COALESCE(weekly.met, 0) AS met,
           weekly.achievement, cumulative.achievement AS cumulative_achievement,
           COALESCE(weekly.planned_budget, 0) AS planned_budget,
           COALESCE(weekly.spent_budget, 0) AS spent_budget
    FROM wk
    CROSS JOIN agency g
    LEFT JOIN weekly ON weekly.week_start = wk.week_start AND weekly.agency_code = g.code
    LEFT JOIN cumulative ON cumulative.week_start = wk.week_start AND cumulative.agency_code = g.code
    WHERE g.kabupaten_kode = ${kabupatenKode}
    ORDER BY 1, 2`;
}

export interface ProgressRow {
  agency_code: string;
  activities: number;
  done: number;
  behind: number;
  planned_budget: number;
  spent_budget: number;
  /** Σ over the activities of max(0, planned budget − spent): an overspent one adds 0. */
  remaining_budget: number;
}

/** Per agency of a kabupaten: activities of the year, done, behind schedule, budget; one statement. */
export async function progressRows(
  kabupatenKode: string,
  year: number,
  asOf: string | null,
): Promise<ProgressRow[]> {
  return db.$queryRaw<ProgressRow[]>`
    SELECT g.code AS agency_code, count(s.id)::int AS activities,
           count(s.id) FILTER (WHERE s.planned > 0 AND s.realized >= s.planned)::int AS done,
           count(s.id) FILTER (WHERE s.realized < s.planned_to_date)::int AS behind,
           COALESCE(sum(s.planned_budget), 0)::float8 AS planned_budget,
           COALESCE(sum(s.spent_budget), 0)::float8 AS spent_budget,
           COALESCE(sum(GREATEST(0, s.planned_budget - s.spent_budget)), 0)::float8
             AS remaining_budget
    FROM agency g
    LEFT JOIN (
      SELECT a.id, a.agency_code,
             COALESCE(sum(w.planned_quantity), 0) AS planned,
             COALESCE(sum(w.planned_quantity) FILTER (WHERE ${asOf}::date IS NULL
                                                     OR w.week_start <= ${asOf}::date), 0)
               AS planned_to_date,
             COALESCE(sum(w.realized_quantity) FILTER (WHERE ${asOf}::date IS NULL
                                                      OR w.week_start <= ${asOf}::date), 0)
               AS realized,
             COALESCE(sum(w.planned_budget), 0) AS planned_budget,
             COALESCE(sum(w.spent_budget) FILTER (WHERE ${asOf}::date IS NULL
                                                 OR w.week_start <= ${asOf}::date), 0)
               AS spent_budget
      FROM activity a
      LEFT JOIN activity_week w ON w.activity_id = a.id
      WHERE a.kabupaten_kode = ${kabupatenKode} AND a.year = ${year}
      GROUP BY a.id
    ) s ON s.agency_code = g.code
    WHERE g.kabupaten_kode = ${kabupatenKode}
    GROUP BY g.code
    ORDER BY g.code`;
}

export interface WeekActivityRow {
  /** Monday of the ISO week. */
  week_start: string;
  activity_id: string;
  agency_code: string;
  code: string;
  name: string;
  unit: string;
  program_code: string | null;
  region_kode: string;
  planned_quantity: number;
  /** null: the week was not reported. */
  realized_quantity: number | null;
  planned_budget: number;
  spent_budget: number | null;
  /** The activity's whole budget year. */
  year_planned: number;
  year_budget: number;
  /** Weeks up to and including this one. */
  planned_to_date: number;
  realized_to_date: number;
  spent_to_date: number;
  /** Planned weeks up to and including this one without a realization. */
  unreported_weeks_to_date: number;
}

/**
 * Every activity-week of a kabupaten with something planned in the given ISO weeks (Mondays),
 * with the activity's year plan and what was realized and spent up to the end of each week; one
 * statement, in week, agency and code order.
 */
export async function weekActivityRows(
  kabupatenKode: string,
  weekStarts: readonly string[],
): Promise<WeekActivityRow[]> {
  if (weekStarts.length === 0) return [];
  return db.$queryRaw<WeekActivityRow[]>`
    WITH wk AS (SELECT DISTINCT unnest(${[...weekStarts]}::date[]) AS week_start)
    SELECT to_char(wk.week_start, 'YYYY-MM-DD') AS week_start, a.id::text AS activity_id,
           a.agency_code, a.code, a.name, a.unit, a.program_code, a.region_kode,
           w.planned_quantity, w.realized_quantity, w.planned_budget::float8 AS planned_budget,
           w.spent_budget::float8 AS spent_budget,
           t.year_planned, t.year_budget, t.planned_to_date, t.realized_to_date, t.spent_to_date,
           t.unreported_weeks_to_date
    FROM wk
    JOIN activity_week w ON w.week_start = wk.week_start AND w.planned_quantity > 0
    JOIN activity a ON a.id = w.activity_id AND a.kabupaten_kode = ${kabupatenKode}
    CROSS JOIN LATERAL (
      SELECT COALESCE(sum(x.planned_quantity), 0)::int AS year_planned,
             COALESCE(sum(x.planned_budget), 0)::float8 AS year_budget,
             COALESCE(sum(x.planned_quantity) FILTER (WHERE x.week_start <= wk.week_start), 0)::int
               AS planned_to_date,
             COALESCE(sum(x.realized_quantity) FILTER (WHERE x.week_start <= wk.week_start), 0)::int
               AS realized_to_date,
             COALESCE(sum(x.spent_budget) FILTER (WHERE x.week_start <= wk.week_start), 0)::float8
               AS spent_to_date,
             count(*) FILTER (WHERE x.week_start <= wk.week_start AND x.planned_quantity > 0
                              AND x.realized_quantity IS NULL)::int AS unreported_weeks_to_date
      FROM activity_week x
      WHERE x.activity_id = a.id
    ) t
    ORDER BY wk.week_start, a.agency_code, a.code`;
}
