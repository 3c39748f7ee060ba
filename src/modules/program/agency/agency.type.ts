import { builder } from '../../../builder.ts';
import { badUserInput } from '../../../errors.ts';
import { regionLoaders } from '../../region/region.loaders.ts';
import { RegionInterface } from '../../region/region.type.ts';
import { isoWeekArg } from '../args.ts';
import { AgencyObject } from '../catalog/catalog.type.ts';
import { programLoaders } from '../loaders.ts';
import { isoWeeksBetween } from '../week.ts';
import {
  type AgencyPerformanceShape,
  agencyWeekActivities,
  rowRemaining,
  selectedActivities,
  weekActivityStatuses,
  weekPerformance,
  weekStatus,
} from './agency.control.ts';
import type { ProgressRow, WeekActivityRow } from './agency.sql.ts';

const ActivityWeekStatusObject = builder
  .objectRef<WeekActivityRow>('ActivityWeekStatus')
  .implement({
    description:
      'One planned activity of an agency in one ISO week: plan, realization and shortfall in its own unit, and what remains of its year plan at the end of the week.',
    fields: (t) => ({
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      unit: t.exposeString('unit'),
      programCode: t.exposeString('program_code', { nullable: true }),
      regionKode: t.exposeID('region_kode', { description: 'Where it happens.' }),
      region: t.field({
        type: RegionInterface,
        nullable: true,
        description:
          'The region the activity happens in (a desa, a kecamatan or the kabupaten); loaded in one batch for all activities.',
        resolve: (a, _args, ctx) => regionLoaders(ctx).region.load(a.region_kode),
      }),
      status: t.field({
        type: WeekActivityFilterEnum,
        resolve: (a) => weekStatus(a),
      }),
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
      plannedBudget: t.exposeFloat('planned_budget', { description: 'Rupiah planned this week.' }),
      spentBudget: t.exposeFloat('spent_budget', {
        nullable: true,
        description: 'Rupiah spent this week; null when not reported.',
      }),
      yearPlanned: t.exposeInt('year_planned', {
        description: 'Planned for the whole budget year, in `unit`.',
      }),
      plannedToDate: t.exposeInt('planned_to_date', {
        description: 'Planned in the weeks up to and including this one.',
      }),
      realizedToDate: t.exposeInt('realized_to_date', {
        description:
          'Realized in the weeks up to and including this one; a week nobody reported adds nothing (see `unreportedWeeksToDate`).',
      }),
      unreportedWeeksToDate: t.exposeInt('unreported_weeks_to_date', {
        description: 'Planned weeks up to and including this one without a realization.',
      }),
      remainingQuantity: t.int({
        description:
          'What remains of the year plan: yearPlanned − realizedToDate, in `unit`, never negative. 0 once the year plan is reached; delivering more shows in `overDelivered`, not as a negative remainder.',
        resolve: (a) => rowRemaining(a).quantity,
      }),
      overDelivered: t.int({
        description:
          'realizedToDate − yearPlanned when more than the year plan was delivered, else 0.',
        resolve: (a) => rowRemaining(a).overDelivered,
      }),
      yearBudget: t.exposeFloat('year_budget', { description: 'Rupiah planned for the year.' }),
      spentToDate: t.exposeFloat('spent_to_date', {
        description: 'Rupiah spent up to the end of this week (unreported weeks add nothing).',
      }),
      remainingBudget: t.float({
        description:
          'yearBudget − spentToDate in rupiah, never negative; spending beyond the year budget shows in `overspent`.',
        resolve: (a) => rowRemaining(a).budget,
      }),
      overspent: t.float({
        description: 'spentToDate − yearBudget when more than the year budget was spent, else 0.',
        resolve: (a) => rowRemaining(a).overspent,
      }),
    }),
  });

export const WeekActivityFilterEnum = builder.enumType('WeekActivityFilter', {
  description:
    'BEHIND: reported below plan; UNREPORTED: no realization for the week; MET: reported at or above plan.',
  values: weekActivityStatuses,
});

interface RemainingByUnitShape {
  unit: string;
  activities: number;
  yearPlanned: number;
  realizedToDate: number;
  remainingQuantity: number;
  overDelivered: number;
}

const RemainingByUnitObject = builder.objectRef<RemainingByUnitShape>('RemainingByUnit').implement({
  description:
    'The selected activities of one unit (quantities of different units are never added): year plan, realized to date and what remains.',
  fields: (t) => ({
    unit: t.exposeString('unit'),
    activities: t.exposeInt('activities'),
    yearPlanned: t.exposeInt('yearPlanned'),
    realizedToDate: t.exposeInt('realizedToDate'),
    remainingQuantity: t.exposeInt('remainingQuantity', {
      description:
        "Σ of the activities' remaining quantity (each never negative), so one activity's over-delivery does not hide another's remainder.",
    }),
    overDelivered: t.exposeInt('overDelivered', {
      description: "Σ of the activities' delivery beyond their year plan.",
    }),
  }),
});

/** @private Per unit totals of activity-weeks, by unit. */
function remainingByUnit(rows: readonly WeekActivityRow[]): RemainingByUnitShape[] {
  const byUnit = new Map<string, RemainingByUnitShape>();
  for (const r of rows) {
    const sum = byUnit.get(r.unit) ?? {
      unit: r.unit,
      activities: 0,
      yearPlanned: 0,
      realizedToDate: 0,
      remainingQuantity: 0,
      overDelivered: 0,
    };
    const rest = rowRemaining(r);
    sum.activities += 1;
    sum.yearPlanned += r.year_planned;
    sum.realizedToDate += r.realized_to_date;
    sum.remainingQuantity += rest.quantity;
    sum.overDelivered += rest.overDelivered;
    byUnit.set(r.unit, sum);
  }
  return [...byUnit.values()].sort((a, b) => a.unit.localeCompare(b.unit));
}

export const AgencyPerformanceObject = builder
  .objectRef<AgencyPerformanceShape>('AgencyPerformance')
  .implement({
    description:
      "What an agency realized against its plan in one ISO week (Monday–Sunday). An activity-week is met when the realized quantity reaches the planned one. The week's figures and `rank` cover all the agency's activities; `activities` and the remaining totals cover the activities the query selects (its programCode, regionKode and status).",
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
        description:
          'Planned activities whose week was reported (a realization, even 0), whatever the filters.',
        resolve: async (p, _args, ctx) =>
          (await agencyWeekActivities(ctx, p)).filter((a) => a.realized_quantity !== null).length,
      }),
      unreportedActivities: t.int({
        description:
          'Planned activities whose week nobody reported, whatever the filters: `achievement` counts them as 0; here they are told apart from a reported 0.',
        resolve: async (p, _args, ctx) =>
          (await agencyWeekActivities(ctx, p)).filter((a) => a.realized_quantity === null).length,
      }),
      activities: t.field({
        type: [ActivityWeekStatusObject],
        description:
          "The agency's planned activities of the week that the query selects, by code; `status: BEHIND` lists those that fell short, with the shortfall in their unit.",
        args: { status: t.arg({ type: WeekActivityFilterEnum }) },
        resolve: async (p, args, ctx) =>
          (await selectedActivities(ctx, p)).filter(
            (a) => args.status == null || weekStatus(a) === args.status,
          ),
      }),
      remainingBudget: t.float({
        description:
          "Rupiah that remain of the year budgets of the selected activities at the end of the week: Σ of each activity's `remainingBudget` (never negative, so one overspent activity does not hide another's remainder).",
        resolve: async (p, _args, ctx) =>
          (await selectedActivities(ctx, p)).reduce((s, a) => s + rowRemaining(a).budget, 0),
      }),
      overspent: t.float({
        description: "Σ of the selected activities' spending beyond their year budget, rupiah.",
        resolve: async (p, _args, ctx) =>
          (await selectedActivities(ctx, p)).reduce((s, a) => s + rowRemaining(a).overspent, 0),
      }),
      remaining: t.field({
        type: [RemainingByUnitObject],
        description:
          'What remains of the year plans of the selected activities, per unit (paket and kunjungan are not added together), by unit.',
        resolve: async (p, _args, ctx) => remainingByUnit(await selectedActivities(ctx, p)),
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
      remainingBudget: t.exposeFloat('remaining_budget', {
        description:
          "Rupiah that remain of the activities' year budgets: Σ max(0, planned − spent up to `asOfWeek`) per activity; spending beyond an activity's budget adds 0 here.",
      }),
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
      const empty = {
        activities: 0,
        done: 0,
        behind: 0,
        planned_budget: 0,
        spent_budget: 0,
        remaining_budget: 0,
      };
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
