import type { Context } from '../../../context.ts';
import { db } from '../../../db/client.ts';
import { badUserInput } from '../../../errors.ts';
import { regionLoaders } from '../../region/region.loaders.ts';
import { kodeArg } from '../args.ts';
import { programLoaders } from '../loaders.ts';
import type { IsoWeek } from '../week.ts';
import type { WeekActivityRow } from './agency.sql.ts';

// Weekly control (issue 16.2): one code path for Query.agencyPerformance and
// /export/agency-performance.csv — which agencies, which of their activities, what remains.

/** BEHIND: reported below plan; UNREPORTED: no realization for the week; MET: at or above plan. */
export type WeekActivityStatus = 'BEHIND' | 'UNREPORTED' | 'MET';

export const weekActivityStatuses: readonly WeekActivityStatus[] = ['BEHIND', 'UNREPORTED', 'MET'];

/** Which activity-weeks a weekly control selects; null = no condition. */
export interface WeeklyControlFilter {
  agencyCode: string | null;
  programCode: string | null;
  /** The activity's region is this one or lies below it (kode prefix). */
  regionKode: string | null;
  status: WeekActivityStatus | null;
}

export const noFilter: WeeklyControlFilter = {
  agencyCode: null,
  programCode: null,
  regionKode: null,
  status: null,
};

export interface AgencyPerformanceShape {
  agency: { kabupatenKode: string; code: string; name: string; shortName: string };
  week: IsoWeek;
  plannedActivities: number;
  metActivities: number;
  achievement: number | null;
  cumulativeAchievement: number | null;
  plannedBudget: number;
  spentBudget: number;
  rank: number | null;
  /** The activity conditions of the asking query (program, region, status). */
  filter: WeeklyControlFilter;
}

/**
 * Checks the filters of a weekly control against the kabupaten; each wrong value is refused with
 * BAD_USER_INPUT naming it: an agency of another kabupaten or none, an unknown program, a region
 * that is malformed, unknown or not at/below the kabupaten. One statement per given program or
 * region at most (the region through the request's region loader); the agency is checked against
 * the agencies the week's figures list anyway.
 */
export async function weeklyControlFilter(
  ctx: Context,
  kabupatenKode: string,
  args: {
    agencyCode?: string | null;
    programCode?: string | null;
    regionKode?: string | number | null;
    status?: WeekActivityStatus | null;
  },
): Promise<WeeklyControlFilter> {
  const filter: WeeklyControlFilter = {
    agencyCode: args.agencyCode ?? null,
    programCode: args.programCode ?? null,
    regionKode: args.regionKode == null ? null : kodeArg(args.regionKode, 'regionKode'),
    status: args.status ?? null,
  };
  if (filter.status !== null && !weekActivityStatuses.includes(filter.status)) {
    throw badUserInput(
      'status',
      filter.status,
      `status must be one of ${weekActivityStatuses.join(', ')}`,
    );
  }
  if (filter.regionKode !== null) {
    const kode = filter.regionKode;
    if (kode !== kabupatenKode && !kode.startsWith(`${kabupatenKode}.`)) {
      throw badUserInput(
        'regionKode',
        kode,
        `regionKode must be ${kabupatenKode} or a region inside it`,
      );
    }
    if ((await regionLoaders(ctx).region.load(kode)) === null) {
      throw badUserInput('regionKode', kode, 'no region with this kode; see Query.region');
    }
  }
  if (filter.programCode !== null) {
    const program = await db.program.findUnique({
      where: { code: filter.programCode },
      select: { code: true },
    });
    if (!program) {
      throw badUserInput('programCode', filter.programCode, 'unknown program; see Query.programs');
    }
  }
  return filter;
}

/** The status of one planned activity-week. */
export function weekStatus(row: WeekActivityRow): WeekActivityStatus {
  if (row.realized_quantity === null) return 'UNREPORTED';
  return row.realized_quantity < row.planned_quantity ? 'BEHIND' : 'MET';
}

/** Whether an activity-week meets the program, region and status conditions. */
export function selects(
  row: WeekActivityRow,
  filter: WeeklyControlFilter,
  status: WeekActivityStatus | null = filter.status,
): boolean {
  return (
    (filter.agencyCode === null || row.agency_code === filter.agencyCode) &&
    (filter.programCode === null || row.program_code === filter.programCode) &&
    (filter.regionKode === null ||
      row.region_kode === filter.regionKode ||
      row.region_kode.startsWith(`${filter.regionKode}.`)) &&
    (status === null || weekStatus(row) === status)
  );
}

/** All planned activity-weeks of an agency in its week, whatever the filter. */
export async function agencyWeekActivities(
  ctx: Context,
  p: AgencyPerformanceShape,
): Promise<WeekActivityRow[]> {
  const rows = await programLoaders(ctx).weekActivities.load({
    kabupatenKode: p.agency.kabupatenKode,
    weekStart: p.week.start,
  });
  return rows.filter((r) => r.agency_code === p.agency.code);
}

/** The agency's activity-weeks the query selects (its program, region and status conditions). */
export async function selectedActivities(
  ctx: Context,
  p: AgencyPerformanceShape,
  status: WeekActivityStatus | null = p.filter.status,
): Promise<WeekActivityRow[]> {
  return (await agencyWeekActivities(ctx, p)).filter((r) => selects(r, p.filter, status));
}

/**
 * Every agency of a kabupaten in one ISO week, ranked by weekly achievement (1 = best; ties share
 * a rank; agencies with nothing planned that week get no rank). Rank and the week's figures are
 * always over all the agency's activities, so they compare across filters.
 */
export async function weekPerformance(
  ctx: Context,
  kabupatenKode: string,
  week: IsoWeek,
  filter: WeeklyControlFilter = noFilter,
): Promise<AgencyPerformanceShape[]> {
  const rows = await programLoaders(ctx).performance.load({ kabupatenKode, weekStart: week.start });
  return rows.map((r) => ({
    agency: {
      kabupatenKode,
      code: r.agency_code,
      name: r.agency_name,
      shortName: r.agency_short_name,
    },
    week,
    plannedActivities: r.planned,
    metActivities: r.met,
    achievement: r.achievement,
    cumulativeAchievement: r.cumulative_achievement,
    plannedBudget: r.planned_budget,
    spentBudget: r.spent_budget,
    rank:
      r.achievement === null
        ? null
        : 1 +
          rows.filter((o) => o.achievement !== null && o.achievement > (r.achievement ?? 0) + 1e-9)
            .length,
    filter,
  }));
}

/**
 * The weekly control of a kabupaten for each week: agencies in rank order (nothing planned: last,
 * by code). With `agencyCode` only that agency (an unknown one is refused); with a program, region
 * or status condition only the agencies with at least one activity-week that meets it.
 */
export async function weeklyControl(
  ctx: Context,
  kabupatenKode: string,
  weeks: readonly IsoWeek[],
  filter: WeeklyControlFilter,
): Promise<AgencyPerformanceShape[][]> {
  const all = await Promise.all(weeks.map((w) => weekPerformance(ctx, kabupatenKode, w, filter)));
  const { agencyCode } = filter;
  if (agencyCode !== null && !(all[0] ?? []).some((p) => p.agency.code === agencyCode)) {
    throw badUserInput('agencyCode', agencyCode, `no agency with this code in ${kabupatenKode}`);
  }
  const narrowed = filter.programCode !== null || filter.regionKode !== null || filter.status;
  return Promise.all(
    all.map(async (list) => {
      const kept: AgencyPerformanceShape[] = [];
      for (const p of list) {
        if (agencyCode !== null && p.agency.code !== agencyCode) continue;
        if (narrowed && (await selectedActivities(ctx, p)).length === 0) continue;
        kept.push(p);
      }
      return kept.sort(
        (a, b) =>
          (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
          a.agency.code.localeCompare(b.agency.code),
      );
    }),
  );
}

/** What remains of an activity's year plan after what was realized up to the week's end. */
export interface Remaining {
  /** max(0, year plan − realized to date), in the activity's unit. */
  quantity: number;
  /** max(0, realized to date − year plan): delivered beyond the year plan. */
  overDelivered: number;
  /** max(0, year budget − spent to date), rupiah. */
  budget: number;
  /** max(0, spent to date − year budget), rupiah. */
  overspent: number;
}

/** Remaining quantity and budget of one activity; never negative (the excess is told apart). */
export function remainingOf(a: {
  planned: number;
  realized: number;
  budget: number;
  spent: number;
}): Remaining {
  return {
    quantity: Math.max(0, a.planned - a.realized),
    overDelivered: Math.max(0, a.realized - a.planned),
    budget: Math.max(0, a.budget - a.spent),
    overspent: Math.max(0, a.spent - a.budget),
  };
}

/** Remaining of an activity-week row (year plan against realized and spent to the week's end). */
export function rowRemaining(r: WeekActivityRow): Remaining {
  return remainingOf({
    planned: r.year_planned,
    realized: r.realized_to_date,
    budget: r.year_budget,
    spent: r.spent_to_date,
  });
}

/** One selected activity-week with its agency's week and its region's name. */
export interface WeeklyControlLine {
  agency: AgencyPerformanceShape;
  activity: WeekActivityRow;
  regionNama: string | null;
  remaining: Remaining;
}

/**
 * The weekly control flattened to one line per selected activity-week: weeks in order, agencies
 * in rank order, activities by code. Statements follow the query (one per kind of data for all
 * the weeks), not the number of lines.
 */
export async function weeklyControlLines(
  ctx: Context,
  kabupatenKode: string,
  weeks: readonly IsoWeek[],
  filter: WeeklyControlFilter,
): Promise<WeeklyControlLine[]> {
  const control = await weeklyControl(ctx, kabupatenKode, weeks, filter);
  const pairs = (
    await Promise.all(
      control
        .flat()
        .map(async (agency) =>
          (await selectedActivities(ctx, agency)).map((activity) => ({ agency, activity })),
        ),
    )
  ).flat();
  const regions = await regionLoaders(ctx).region.loadMany(
    pairs.map((p) => p.activity.region_kode),
  );
  return pairs.map((p, i) => {
    const region = regions[i];
    return {
      ...p,
      regionNama: region && !(region instanceof Error) ? region.nama : null,
      remaining: rowRemaining(p.activity),
    };
  });
}
