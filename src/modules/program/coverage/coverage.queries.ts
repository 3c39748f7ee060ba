import { builder } from '../../../builder.ts';
import { servedCoverage } from './coverage.served.ts';
import { CoverageObject } from './coverage.type.ts';

builder.queryFields((t) => ({
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
}));
