import { pageCost, pageSizeLimit } from '../../args/page.ts';
import { builder } from '../../builder.ts';
import { db } from '../../db/client.ts';
import { badUserInput } from '../../errors.ts';
import { DesaObject, RegionInterface } from '../region/region.type.ts';
import { servedCoverage } from './coverage/coverage.served.ts';
import { CoverageObject } from './coverage/coverage.type.ts';
import {
  PriorityVillageObject,
  priorityOfDesa,
  priorityVillagesUnder,
} from './lokus/lokus.type.ts';
import {
  monitoringQuery,
  servedMonitoring,
  servedOverdue,
} from './monitoring/monitoring.served.ts';
import {
  familiesUnder,
  familyIdsByLatestStatus,
  overdueFamilyIds,
} from './monitoring/monitoring.sql.ts';
import {
  auditFamilyRead,
  CheckinStatusEnum,
  familiesInScope,
  MonitoredFamilyObject,
  MonitoringBucketObject,
  MonitoringCategoryEnum,
  MonitoringOverdueObject,
  TimeBucketEnum,
} from './monitoring/monitoring.type.ts';
import { servedTarget } from './target/target.served.ts';
import { TargetProgressObject } from './target/target.type.ts';
import { parseDay } from './week.ts';

// Program fields on every region, next to the module that computes them (like
// Region.childRecords in the child module).
builder.prismaInterfaceFields(RegionInterface, (t) => ({
  target: t.field({
    type: TargetProgressObject,
    nullable: true,
    description: 'The target of an indicator for `year` with its progress; null without one.',
    args: {
      indicator: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
      asOfYear: t.arg.int({ description: 'Count actuals only up to this year.' }),
    },
    resolve: (region, args, ctx) => servedTarget(ctx, { kode: region.kode, ...args }),
  }),
  coverage: t.field({
    type: CoverageObject,
    nullable: true,
    description:
      'Coverage of a program (`intervention`, a program code) for a period, summed over the desa below.',
    args: {
      intervention: t.arg.string({ required: true }),
      period: t.arg.string({ required: true }),
    },
    resolve: (region, args, ctx) =>
      servedCoverage(ctx, { kode: region.kode, program: args.intervention, period: args.period }),
  }),
  priorityVillages: t.prismaField({
    type: [PriorityVillageObject],
    description: 'The priority villages (lokus) of `year` at or below this region.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, region, args) => priorityVillagesUnder(query, region.kode, args.year),
  }),
  monitoring: t.field({
    type: [MonitoringBucketObject],
    description: 'Daily monitoring of families per DAY, ISO WEEK or MONTH: counts only.',
    args: {
      from: t.arg.string({ required: true }),
      to: t.arg.string({ required: true }),
      bucket: t.arg({ type: TimeBucketEnum, required: true }),
      category: t.arg({ type: MonitoringCategoryEnum }),
    },
    resolve: (region, args, ctx) => servedMonitoring(ctx, region.kode, monitoringQuery(args)),
  }),
  monitoringOverdue: t.field({
    type: MonitoringOverdueObject,
    description: 'Monitored families not visited in the last `days` days up to `asOf`: counts.',
    args: {
      days: t.arg.int({ required: true }),
      asOf: t.arg.string({ required: true }),
      category: t.arg({ type: MonitoringCategoryEnum }),
    },
    resolve: (region, args, ctx) => servedOverdue(ctx, region.kode, args),
  }),
}));

builder.prismaInterfaceField(RegionInterface, 'monitoredFamilies', (t) =>
  t.prismaConnection({
    type: MonitoredFamilyObject,
    cursor: 'id',
    maxSize: pageSizeLimit,
    authScopes: (region) => ({ officerOf: region.kode }),
    description:
      'OFFICER in scope. Monitored families (by name) in this region, ordered by id; with `notVisitedForDays` and `asOf` only those not visited in that many days up to that date. Every read is audited.',
    args: {
      notVisitedForDays: t.arg.int(),
      asOf: t.arg.string({ description: '"YYYY-MM-DD"; required with notVisitedForDays.' }),
      category: t.arg({ type: MonitoringCategoryEnum }),
      latestStatus: t.arg({
        type: [CheckinStatusEnum],
        description:
          'Only families whose latest check-in on or before `asOf` (default: today) found one of these, e.g. [NEEDS_ATTENTION, REFERRED]: who needs attention now.',
      }),
    },
    complexity: (args) => ({ field: 10, multiplier: pageCost(args) }),
    resolve: async (query, region, args, ctx) => {
      let ids: string[] | null = null;
      if (args.notVisitedForDays != null) {
        if (!args.asOf || parseDay(args.asOf) === null) {
          throw badUserInput('asOf', args.asOf, 'asOf must be a date "YYYY-MM-DD"');
        }
        if (args.notVisitedForDays < 1 || args.notVisitedForDays > 366) {
          throw badUserInput('notVisitedForDays', args.notVisitedForDays, 'must be 1–366');
        }
        ids = await overdueFamilyIds(region.kode, {
          asOf: args.asOf,
          days: args.notVisitedForDays,
          category: args.category ?? null,
        });
      }
      if (args.latestStatus != null) {
        const asOf = args.asOf ?? new Date().toISOString().slice(0, 10);
        if (parseDay(asOf) === null) {
          throw badUserInput('asOf', args.asOf, 'asOf must be a date "YYYY-MM-DD"');
        }
        const byStatus = await familyIdsByLatestStatus(region.kode, asOf, args.latestStatus);
        ids = ids === null ? byStatus : ids.filter((id) => byStatus.includes(id));
      }
      const families = await db.monitoredFamily.findMany({
        ...query,
        where: {
          AND: [
            familiesUnder(region.kode),
            familiesInScope(ctx.viewer),
            ...(args.category ? [{ category: args.category }] : []),
            ...(ids ? [{ id: { in: ids } }] : []),
          ],
        },
        orderBy: { id: 'asc' },
      });
      await auditFamilyRead(ctx, 'READ_MONITORED_FAMILY_LIST', region.kode, {
        ids: families.map((f) => f.id),
      });
      return families;
    },
  }),
);

// Priority-village (lokus) fields of a desa.
builder.prismaObjectFields(DesaObject, (t) => ({
  priority: t.prismaField({
    type: PriorityVillageObject,
    nullable: true,
    description: 'This desa as a priority village (lokus) of `year`; null when it was not one.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, desa, args) => priorityOfDesa(query, desa.kode, args.year),
  }),
  priorityHistory: t.relation('priorityYears', {
    description: 'Every year this desa was a priority village (lokus), oldest first.',
    query: { orderBy: { year: 'asc' } },
  }),
}));
