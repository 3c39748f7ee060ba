import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { maxPageSize, pageCost, pageSizeLimit } from '../../../args/page.ts';
import { builder } from '../../../builder.ts';
import { badUserInput } from '../../../errors.ts';
import { isoWeekArg, kabupatenArg } from '../args.ts';
import { type ActivityFilter, activityRows } from './activity.sql.ts';
import { PlannedActivityObject } from './activity.type.ts';

export const ActivityStatusEnum = builder.enumType('ActivityStatus', {
  description: "DONE: realized at least the whole year's plan; OPEN: not yet.",
  values: ['OPEN', 'DONE'] as const,
});

builder.queryFields((t) => ({
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
