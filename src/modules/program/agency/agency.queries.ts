import { builder } from '../../../builder.ts';
import { isoWeekArg, kabupatenArg } from '../args.ts';
import { weeklyControl, weeklyControlFilter } from './agency.control.ts';
import { AgencyPerformanceObject, WeekActivityFilterEnum } from './agency.type.ts';

builder.queryFields((t) => ({
  agencyPerformance: t.field({
    type: [AgencyPerformanceObject],
    description:
      'Weekly control: every agency of a kabupaten/kota in one ISO week ("2022-W27"), realizations against plan, in rank order (best first; agencies with nothing planned last, by code). Per agency `activities` gives each activity with its shortfall in its unit and what remains of its year plan and budget; unreported weeks are counted apart. Filters: `agencyCode`, `programCode`, `regionKode` (activities located in that region or below it) and `status` (e.g. BEHIND: only activities behind plan); with a program, region or status only agencies with such an activity are listed. For a trend use `Agency.performance`.',
    args: {
      kabupatenKode: t.arg.id({ required: true }),
      week: t.arg.string({ required: true }),
      agencyCode: t.arg.string({ description: 'Only this agency (of this kabupaten).' }),
      programCode: t.arg.string({ description: 'Only activities of this program.' }),
      regionKode: t.arg.id({
        description:
          'Only activities located in this region or below it (kode prefix): "32.16.01" keeps the kecamatan\'s own activities and those of its desa, not the kabupaten-wide ones.',
      }),
      status: t.arg({
        type: WeekActivityFilterEnum,
        description: 'Only activities with this status in the week (BEHIND: behind plan).',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const kabupatenKode = kabupatenArg(args.kabupatenKode);
      const week = isoWeekArg('week', args.week);
      const filter = await weeklyControlFilter(ctx, kabupatenKode, args);
      const [list = []] = await weeklyControl(ctx, kabupatenKode, [week], filter);
      return list;
    },
  }),
}));
