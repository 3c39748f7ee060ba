import { builder } from '../../../builder.ts';
import { servedTarget } from './target.served.ts';
import { TargetProgressObject } from './target.type.ts';

builder.queryFields((t) => ({
  target: t.field({
    type: TargetProgressObject,
    nullable: true,
    description:
      'The target of an indicator for a region and year with its progress (gap, AARR required and observed, projected year); null when no target is stored. Also `Region.target`.',
    args: {
      kode: t.arg.id({ required: true }),
      indicator: t.arg.string({ required: true }),
      year: t.arg.int({ required: true }),
      asOfYear: t.arg.int({
        description: 'Count actuals only up to this year (default: the target year).',
      }),
    },
    resolve: (_root, args, ctx) =>
      servedTarget(ctx, {
        kode: String(args.kode),
        indicator: args.indicator,
        year: args.year,
        asOfYear: args.asOfYear ?? null,
      }),
  }),
}));
