import { builder } from '../../../builder.ts';
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
      plannedBudget: t.exposeFloat('planned_budget'),
      spentBudget: t.exposeFloat('spent_budget'),
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

/** @private "2022-12-26" → "2022-W52". */
function weekLabel(monday: string | null): string | null {
  return monday === null ? null : isoWeekOfDay(parseDay(monday) as number).label;
}
