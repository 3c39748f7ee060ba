import { builder } from '../../../builder.ts';
import type { Context } from '../../../context.ts';
import { badUserInput } from '../../../errors.ts';
import { isoWeekArg } from '../args.ts';
import { AgencyObject } from '../catalog/catalog.type.ts';
import { programLoaders } from '../loaders.ts';
import { type IsoWeek, isoWeeksBetween } from '../week.ts';
import type { ProgressRow, WeekActivityRow } from './agency.sql.ts';

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
}

/** @private The planned activity-weeks of one agency in one week. */
async function weekActivities(ctx: Context, p: AgencyPerformanceShape): Promise<WeekActivityRow[]> {
  const rows = await programLoaders(ctx).weekActivities.load({
    kabupatenKode: p.agency.kabupatenKode,
    weekStart: p.week.start,
  });
  return rows.filter((r) => r.agency_code === p.agency.code);
}

/**
 * Every agency of a kabupaten in one ISO week, ranked by weekly achievement (1 = best; ties share
 * a rank; agencies with nothing planned that week get no rank).
 */
export async function weekPerformance(
  ctx: Context,
  kabupatenKode: string,
  week: IsoWeek,
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
  }));
}

const ActivityWeekStatusObject = builder
  .objectRef<WeekActivityRow>('ActivityWeekStatus')
  .implement({
    description:
      'One planned activity of an agency in one ISO week: plan, realization and shortfall in its own unit.',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      unit: t.exposeString('unit'),
      programCode: t.exposeString('program_code', { nullable: true }),
      regionKode: t.exposeID('region_kode'),
      planned: t.exposeInt('planned_quantity', { description: 'Planned this week, in `unit`.' }),
      realized: t.exposeInt('realized_quantity', {
        nullable: true,
        description: 'Realized this week; null when the week was not reported (not 0).',
      }),
      reported: t.boolean({ resolve: (a) => a.realized_quantity !== null }),
      shortfall: t.int({
        nullable: true,
        description: 'planned − realized when behind, in `unit`; 0 when met; null when unreported.',
        resolve: (a) =>
          a.realized_quantity === null
            ? null
            : Math.max(0, a.planned_quantity - a.realized_quantity),
      }),
      plannedBudget: t.exposeFloat('planned_budget'),
      spentBudget: t.exposeFloat('spent_budget', { nullable: true }),
    }),
  });

const WeekActivityFilterEnum = builder.enumType('WeekActivityFilter', {
  description:
    'BEHIND: reported below plan; UNREPORTED: no realization for the week; MET: reported at or above plan.',
  values: ['BEHIND', 'UNREPORTED', 'MET'] as const,
});

export const AgencyPerformanceObject = builder
  .objectRef<AgencyPerformanceShape>('AgencyPerformance')
  .implement({
    description:
      'What an agency realized against its plan in one ISO week (Monday–Sunday). An activity-week is met when the realized quantity reaches the planned one.',
    fields: (t) => ({
      agency: t.field({ type: AgencyObject, resolve: (p) => p.agency }),
      week: t.string({ description: '"2022-W27".', resolve: (p) => p.week.label }),
      weekStart: t.string({ description: 'Monday.', resolve: (p) => p.week.start }),
      weekEnd: t.string({ description: 'Sunday.', resolve: (p) => p.week.end }),
      plannedActivities: t.exposeInt('plannedActivities', {
        description: 'Activities with something planned this week.',
      }),
      metActivities: t.exposeInt('metActivities', { description: 'Of those, how many met it.' }),
      achievement: t.exposeFloat('achievement', {
        nullable: true,
        description:
          'Mean of min(1, realized/planned) over the planned activity-weeks, percent; null when nothing was planned.',
      }),
      cumulativeAchievement: t.exposeFloat('cumulativeAchievement', {
        nullable: true,
        description:
          "Year to date: per activity min(1, Σrealized/Σplanned) up to this week, averaged over the agency's activities, percent.",
      }),
      plannedBudget: t.exposeFloat('plannedBudget', { description: 'Rupiah planned this week.' }),
      spentBudget: t.exposeFloat('spentBudget', { description: 'Rupiah spent this week.' }),
      rank: t.exposeInt('rank', {
        nullable: true,
        description: 'Rank among the agencies this week by achievement (1 = best; ties share).',
      }),
      reportedActivities: t.int({
        description: 'Planned activities whose week was reported (a realization, even 0).',
        resolve: async (p, _args, ctx) =>
          (await weekActivities(ctx, p)).filter((a) => a.realized_quantity !== null).length,
      }),
      unreportedActivities: t.int({
        description:
          'Planned activities whose week nobody reported: `achievement` counts them as 0; here they are told apart from a reported 0.',
        resolve: async (p, _args, ctx) =>
          (await weekActivities(ctx, p)).filter((a) => a.realized_quantity === null).length,
      }),
      activities: t.field({
        type: [ActivityWeekStatusObject],
        description:
          "The agency's planned activities of the week, by code; `status: BEHIND` lists those that fell short, with the shortfall in their unit.",
        args: { status: t.arg({ type: WeekActivityFilterEnum }) },
        resolve: async (p, args, ctx) =>
          (await weekActivities(ctx, p)).filter((a) => {
            if (args.status === 'UNREPORTED') return a.realized_quantity === null;
            if (args.status === 'BEHIND')
              return a.realized_quantity !== null && a.realized_quantity < a.planned_quantity;
            if (args.status === 'MET')
              return a.realized_quantity !== null && a.realized_quantity >= a.planned_quantity;
            return true;
          }),
      }),
    }),
  });

export interface AgencyProgressShape extends ProgressRow {
  year: number;
  asOfWeek: string | null;
}

export const AgencyProgressObject = builder
  .objectRef<AgencyProgressShape>('AgencyProgress')
  .implement({
    description: "An agency's planned activities of a year: done, open, behind schedule.",
    fields: (t) => ({
      year: t.exposeInt('year'),
      asOfWeek: t.exposeString('asOfWeek', { nullable: true }),
      activities: t.exposeInt('activities'),
      done: t.exposeInt('done', { description: "Realized at least the whole year's plan." }),
      open: t.int({ resolve: (p) => p.activities - p.done }),
      behind: t.exposeInt('behind', {
        description: 'Realized less than planned up to the week (behind schedule).',
      }),
      shareDone: t.float({
        nullable: true,
        description: 'done / activities, percent.',
        resolve: (p) => (p.activities > 0 ? (100 * p.done) / p.activities : null),
      }),
      plannedBudget: t.exposeFloat('planned_budget'),
      spentBudget: t.exposeFloat('spent_budget'),
    }),
  });

builder.prismaObjectFields(AgencyObject, (t) => ({
  progress: t.field({
    type: AgencyProgressObject,
    description: 'Planned activities of `year`: done and open, realizations up to `asOfWeek`.',
    args: { year: t.arg.int({ required: true }), asOfWeek: t.arg.string() },
    resolve: async (agency, args, ctx) => {
      const asOf = args.asOfWeek ? isoWeekArg('asOfWeek', args.asOfWeek) : null;
      const rows = await programLoaders(ctx).progress.load({
        kabupatenKode: agency.kabupatenKode,
        year: args.year,
        asOf: asOf?.start ?? null,
      });
      const row = rows.find((r) => r.agency_code === agency.code);
      const empty = { activities: 0, done: 0, behind: 0, planned_budget: 0, spent_budget: 0 };
      return {
        ...empty,
        ...row,
        agency_code: agency.code,
        year: args.year,
        asOfWeek: asOf?.label ?? null,
      };
    },
  }),
  performance: t.field({
    type: [AgencyPerformanceObject],
    description: 'Weekly performance from `fromWeek` to `toWeek` (at most 106 weeks): the trend.',
    args: { fromWeek: t.arg.string({ required: true }), toWeek: t.arg.string({ required: true }) },
    resolve: async (agency, args, ctx) => {
      const from = isoWeekArg('fromWeek', args.fromWeek);
      const to = isoWeekArg('toWeek', args.toWeek);
      const weeks = isoWeeksBetween(from, to);
      if (weeks.length === 0 || weeks.length > 106) {
        throw badUserInput('toWeek', args.toWeek, 'toWeek must be 0–105 weeks after fromWeek');
      }
      const all = await Promise.all(
        weeks.map((w) => weekPerformance(ctx, agency.kabupatenKode, w)),
      );
      return all.flatMap((list) => list.filter((p) => p.agency.code === agency.code));
    },
  }),
}));
