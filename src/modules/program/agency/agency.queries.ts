import { builder } from '../../../builder.ts';
import { isoWeekArg, kabupatenArg } from '../args.ts';
import { AgencyPerformanceObject, weekPerformance } from './agency.type.ts';

builder.queryFields((t) => ({
  agencyPerformance: t.field({
    type: [AgencyPerformanceObject],
    description:
      'Every agency of a kabupaten/kota in one ISO week ("2022-W27"): realizations against plan, in rank order (best first; agencies with nothing planned last, by code). Per agency `activities(status: BEHIND)` gives what fell short and by how much, in its unit; unreported weeks are counted apart. For a trend use `Agency.performance`.',
    args: {
      kabupatenKode: t.arg.id({ required: true }),
      week: t.arg.string({ required: true }),
      agencyCode: t.arg.string({ description: 'Only this agency.' }),
    },
    resolve: async (_root, args, ctx) =>
      (await weekPerformance(ctx, kabupatenArg(args.kabupatenKode), isoWeekArg('week', args.week)))
        .filter((p) => args.agencyCode == null || p.agency.code === args.agencyCode)
        .sort(
          (a, b) =>
            (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
            a.agency.code.localeCompare(b.agency.code),
        ),
  }),
}));
