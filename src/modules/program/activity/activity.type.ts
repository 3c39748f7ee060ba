import { builder } from '../../../builder.ts';
import { regionLoaders } from '../../region/region.loaders.ts';
import { RegionInterface } from '../../region/region.type.ts';
import { remainingOf } from '../agency/agency.control.ts';
import { AgencyObject } from '../catalog/catalog.type.ts';
import { programLoaders } from '../loaders.ts';
import { isoWeekOfDay, parseDay } from '../week.ts';
import type { ActivityRow, ActivityWeekRow } from './activity.sql.ts';

export type PlannedActivityShape = ActivityRow;

export const ActivityWeekObject = builder.objectRef<ActivityWeekRow>('ActivityWeek').implement({
  description: 'Plan and realization of an activity in one ISO week.',
  fields: (t) => ({
    week: t.string({ resolve: (w) => weekLabel(w.week_start) as string }),
    weekStart: t.exposeString('week_start'),
    plannedQuantity: t.exposeInt('planned_quantity'),
    plannedBudget: t.exposeFloat('planned_budget'),
    realizedQuantity: t.exposeInt('realized_quantity', { nullable: true }),
    spentBudget: t.exposeFloat('spent_budget', {
      nullable: true,
      description: 'Rupiah; null when not reported.',
    }),
    note: t.exposeString('note', { nullable: true }),
    flag: t.exposeString('flag', {
      nullable: true,
      description:
        'Why the realization looks implausible (more than PROGRAM_PLAUSIBILITY_FACTOR × the year plan), when stored with PROGRAM_PLAUSIBILITY=flag.',
    }),
  }),
});

export const PlannedActivityObject = builder
  .objectRef<PlannedActivityShape>('PlannedActivity')
  .implement({
    description: 'A planned activity (plan line) of an agency with its totals.',
    fields: (t) => ({
      id: t.exposeID('id'),
      code: t.exposeString('code'),
      name: t.exposeString('name'),
      year: t.exposeInt('year'),
      agency: t.field({
        type: AgencyObject,
        resolve: (a) => ({
          kabupatenKode: a.kabupaten_kode,
          code: a.agency_code,
          name: a.agency_name,
          shortName: a.agency_short_name,
        }),
      }),
      programCode: t.exposeString('program_code', { nullable: true }),
      regionKode: t.exposeID('region_kode', { description: 'Where it happens.' }),
      region: t.field({
        type: RegionInterface,
        nullable: true,
        description:
          'The region the activity happens in (a desa, a kecamatan or the kabupaten); loaded in one batch for all activities.',
        resolve: (a, _args, ctx) => regionLoaders(ctx).region.load(a.region_kode),
      }),
      unit: t.exposeString('unit'),
      plannedQuantity: t.exposeInt('planned_quantity', { description: 'Whole year.' }),
      plannedToDate: t.exposeInt('planned_to_date'),
      realizedQuantity: t.exposeInt('realized_quantity'),
      share: t.float({
        nullable: true,
        description: 'realized / planned (whole year), percent.',
        resolve: (a) =>
          a.planned_quantity > 0 ? (100 * a.realized_quantity) / a.planned_quantity : null,
      }),
      done: t.exposeBoolean('done'),
      remainingQuantity: t.int({
        description:
          'plannedQuantity − realizedQuantity in `unit`, never negative: 0 once the year plan is reached; delivering more shows in `overDelivered`.',
        resolve: (a) => remaining(a).quantity,
      }),
      overDelivered: t.int({
        description:
          'realizedQuantity − plannedQuantity when more than planned was delivered, else 0.',
        resolve: (a) => remaining(a).overDelivered,
      }),
      plannedBudget: t.exposeFloat('planned_budget', { description: 'Rupiah, whole year.' }),
      spentBudget: t.exposeFloat('spent_budget', { description: 'Rupiah, up to `asOfWeek`.' }),
      remainingBudget: t.float({
        description:
          'plannedBudget − spentBudget in rupiah, never negative; spending beyond the budget shows in `overspent`.',
        resolve: (a) => remaining(a).budget,
      }),
      overspent: t.float({
        description: 'spentBudget − plannedBudget when more than planned was spent, else 0.',
        resolve: (a) => remaining(a).overspent,
      }),
      firstWeek: t.string({
        nullable: true,
        description: 'First ISO week with something planned.',
        resolve: (a) => weekLabel(a.first_week),
      }),
      lastWeek: t.string({
        nullable: true,
        description: 'Last ISO week with something planned.',
        resolve: (a) => weekLabel(a.last_week),
      }),
      weeks: t.field({
        type: [ActivityWeekObject],
        resolve: (a, _args, ctx) => programLoaders(ctx).activityWeeks.load(a.id),
      }),
    }),
  });

/** @private The activity's year plan against what was realized and spent up to `asOfWeek`. */
function remaining(a: ActivityRow) {
  return remainingOf({
    planned: a.planned_quantity,
    realized: a.realized_quantity,
    budget: a.planned_budget,
    spent: a.spent_budget,
  });
}

/** @private "2022-12-26" → "2022-W52". */
function weekLabel(monday: string | null): string | null {
  return monday === null ? null : isoWeekOfDay(parseDay(monday) as number).label;
}
