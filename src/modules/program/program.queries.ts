import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { assertKode } from '../../args/kode.ts';
import { maxPageSize, pageCost, pageSizeLimit } from '../../args/page.ts';
import { builder } from '../../builder.ts';
import { db } from '../../db/client.ts';
import { badUserInput } from '../../errors.ts';
import { type ActivityFilter, activityRows } from './program.activity.sql.ts';
import { PlannedActivityObject } from './program.activity.type.ts';
import { AgencyPerformanceObject, isoWeekArg, weekPerformance } from './program.agency.type.ts';
import { kabupatenArg } from './program.assessment.type.ts';
import { servedCoverage } from './program.coverage.ts';
import { PriorityVillageObject, priorityVillagesUnder } from './program.lokus.type.ts';
import { servedTarget } from './program.target.ts';
import {
  AgencyObject,
  CoverageObject,
  ProgramObject,
  TargetProgressObject,
} from './program.type.ts';

export const ActivityStatusEnum = builder.enumType('ActivityStatus', {
  description: "DONE: realized at least the whole year's plan; OPEN: not yet.",
  values: ['OPEN', 'DONE'] as const,
});

builder.queryFields((t) => ({
  programs: t.prismaField({
    type: [ProgramObject],
    description: 'The intervention programs, by code.',
    resolve: (query) => db.program.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),

  agencies: t.prismaField({
    type: [AgencyObject],
    description: 'The agencies (OPD) of a kabupaten/kota, by code.',
    args: { kabupatenKode: t.arg.id({ required: true }) },
    resolve: (query, _root, args) =>
      db.agency.findMany({
        ...query,
        where: { kabupatenKode: kabupatenArg(args.kabupatenKode) },
        orderBy: { code: 'asc' },
      }),
  }),

  target: t.field({
    type: TargetProgressObject,
    nullable: true,
    description:
      'The target of an indicator for a region and year with its progress (gap, AARR required and observed, projected year); null when no target is stored. Also `Region.target`.',
    args: {
      kode: t.arg.id({ required: true }),
      indicator: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      servedTarget(ctx, { kode: String(args.kode), indicator: args.indicator, year: args.year }),
  }),

  priorityVillages: t.prismaField({
    type: [PriorityVillageObject],
    description: 'The priority villages (lokus) of a kabupaten/kota in a year, by rank then kode.',
    args: { kabupatenKode: t.arg.id({ required: true }), year: t.arg.int({ required: true }) },
    resolve: (query, _root, args) =>
      priorityVillagesUnder(query, kabupatenArg(args.kabupatenKode), args.year),
  }),

  coverage: t.field({
    type: CoverageObject,
    nullable: true,
    description:
      'Coverage of a program (`intervention`, a program code) in a region for a period ("2022" or "2022-08"); null without data. Also `Region.coverage`.',
    args: {
      kode: t.arg.id({ required: true }),
      intervention: t.arg.string({ required: true }),
      period: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      servedCoverage(ctx, {
        kode: String(args.kode),
        program: args.intervention,
        period: args.period,
      }),
  }),

  agencyPerformance: t.field({
    type: [AgencyPerformanceObject],
    description:
      'Every agency of a kabupaten/kota in one ISO week ("2022-W27"): realizations against plan, ranked. For a trend use `Agency.performance`.',
    args: { kabupatenKode: t.arg.id({ required: true }), week: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      weekPerformance(ctx, kabupatenArg(args.kabupatenKode), isoWeekArg('week', args.week)),
  }),

  plannedActivities: t.connection(
    {
      type: PlannedActivityObject,
      description:
        'Planned activities of a kabupaten/kota in a budget year, by agency and code; filter by agency and status (OPEN = what is still to do before year end). Realizations after `asOfWeek` are ignored.',
      args: {
        kabupatenKode: t.arg.id({ required: true }),
        year: t.arg.int({ required: true }),
        agencyCode: t.arg.string(),
        status: t.arg({ type: ActivityStatusEnum }),
        asOfWeek: t.arg.string(),
      },
      complexity: (args) => ({ field: 1, multiplier: pageCost(args) }),
      resolve: async (_root, args) => {
        pageSizeLimit(args);
        if (args.year < 2000 || args.year > 2100) {
          throw badUserInput('year', args.year, 'year must be between 2000 and 2100');
        }
        const filter: ActivityFilter = {
          kabupatenKode: kabupatenArg(args.kabupatenKode),
          year: args.year,
          agencyCode: args.agencyCode ?? null,
          asOf: args.asOfWeek ? isoWeekArg('asOfWeek', args.asOfWeek).start : null,
          status: args.status ?? null,
        };
        let total = 0;
        const connection = await resolveOffsetConnection(
          { args, defaultSize: 100, maxSize: maxPageSize },
          async ({ offset, limit }) => {
            const rows = await activityRows(filter, { offset, limit });
            total =
              rows[0]?.total ??
              (offset > 0
                ? ((await activityRows(filter, { offset: 0, limit: 1 }))[0]?.total ?? 0)
                : 0);
            return rows;
          },
        );
        return { ...connection, totalCount: total };
      },
    },
    {
      name: 'PlannedActivityConnection',
      fields: (c) => ({
        totalCount: c.int({
          description: 'Number of all matching activities, not just this page.',
          resolve: (connection) => (connection as { totalCount?: number }).totalCount ?? 0,
        }),
      }),
    },
  ),
}));

/** Checks a region kode argument and returns it as a string. */
export function kodeArg(value: string | number, argument = 'kode'): string {
  const kode = String(value);
  assertKode(argument, kode);
  return kode;
}
