import { builder } from '../../../builder.ts';
import { isoWeekArg, kabupatenArg } from '../args.ts';
import { AgencyPerformanceObject, weekPerformance } from './agency.type.ts';

builder.queryFields((t) => ({
  agencyPerformance: t.field({
    type: [AgencyPerformanceObject],
    description:
      'Every agency of a kabupaten/kota in one ISO week ("2022-W27"): realizations against plan, ranked. For a trend use `Agency.performance`.',
    args: { kabupatenKode: t.arg.id({ required: true }), week: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      weekPerformance(ctx, kabupatenArg(args.kabupatenKode), isoWeekArg('week', args.week)),
  }),
}));
