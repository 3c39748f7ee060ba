import { builder } from '../../../builder.ts';
import { maxRankingLimit, servedLowestCoverage } from './coverage.lowest.ts';
import { servedCoverage } from './coverage.served.ts';
import { CoverageObject, CoverageRankingObject } from './coverage.type.ts';

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
  lowestCoverage: t.field({
    type: CoverageRankingObject,
    complexity: (args) => ({ field: 10, multiplier: Math.max(1, args.limit ?? 10) }),
    description: `The desa inside \`kode\` (a kabupaten, kecamatan or province) by coverage of a program in a period, lowest first (ties by kode), at most \`limit\` (1–${maxRankingLimit}); with \`belowTargetOnly\` only those below the program's target for the year. Each figure is the one \`coverage\` gives this viewer: a desa whose coverage is suppressed is not ranked (its place would tell its value) and is counted in \`hiddenRegions\`.`,
    args: {
      kode: t.arg.id({ required: true }),
      intervention: t.arg.string({ required: true }),
      period: t.arg.string({ required: true, description: '"2023" or "2023-08".' }),
      limit: t.arg.int({ defaultValue: 10 }),
      belowTargetOnly: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, args, ctx) =>
      servedLowestCoverage(ctx, {
        kode: String(args.kode),
        program: args.intervention,
        period: args.period,
        limit: args.limit ?? 10,
        belowTargetOnly: args.belowTargetOnly ?? false,
      }),
  }),
}));
