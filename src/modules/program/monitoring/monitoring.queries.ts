import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import { kodeArg } from '../args.ts';
import { monitoringQuery, servedMonitoring, servedOverdue } from './monitoring.served.ts';
import {
  auditFamilyRead,
  familiesInScope,
  MonitoredFamilyObject,
  MonitoringBucketObject,
  MonitoringCategoryEnum,
  MonitoringOverdueObject,
  TimeBucketEnum,
} from './monitoring.type.ts';

builder.queryFields((t) => ({
  monitoring: t.field({
    type: [MonitoringBucketObject],
    description:
      'Daily monitoring of families in a region from `from` to `to` (dates, inclusive) per DAY, ISO WEEK or MONTH: counts only (at most 400 buckets). Also `Region.monitoring`.',
    args: {
      kode: t.arg.id({ required: true }),
      from: t.arg.string({ required: true, description: '"YYYY-MM-DD"' }),
      to: t.arg.string({ required: true, description: '"YYYY-MM-DD"' }),
      bucket: t.arg({ type: TimeBucketEnum, required: true }),
      category: t.arg({ type: MonitoringCategoryEnum, description: 'Only this category.' }),
    },
    resolve: (_root, args, ctx) => servedMonitoring(ctx, kodeArg(args.kode), monitoringQuery(args)),
  }),

  monitoringOverdue: t.field({
    type: MonitoringOverdueObject,
    description:
      'How many monitored families of a region were not visited in the last `days` days up to `asOf`: counts only. The names are in `Region.monitoredFamilies` for an OFFICER in scope.',
    args: {
      kode: t.arg.id({ required: true }),
      days: t.arg.int({ required: true }),
      asOf: t.arg.string({ required: true, description: '"YYYY-MM-DD"' }),
      category: t.arg({ type: MonitoringCategoryEnum }),
    },
    resolve: (_root, args, ctx) => servedOverdue(ctx, kodeArg(args.kode), args),
  }),

  monitoredFamily: t.prismaField({
    type: MonitoredFamilyObject,
    nullable: true,
    authScopes: { officer: true },
    description:
      'OFFICER. One monitored family by id. Null when it does not exist or lies outside your scope (the two are not told apart). Audited.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const family = await db.monitoredFamily.findFirst({
        ...query,
        where: { id: String(args.id), ...familiesInScope(ctx.viewer) },
      });
      await auditFamilyRead(ctx, 'READ_MONITORED_FAMILY', String(args.id), {
        found: family !== null,
      });
      return family;
    },
  }),
}));
