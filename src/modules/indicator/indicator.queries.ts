import { builder } from '../../builder.ts';
import { db } from '../../db/client.ts';
import { reads } from '../../db/freshness.ts';
import { IndicatorObject } from './indicator.type.ts';

builder.queryFields((t) => ({
  indicators: t.prismaField({
    type: [IndicatorObject],
    // Indicator.periods reads values: of every indicator here, of `code` below.
    extensions: reads('catalog', { values: null }),
    description: 'The indicator catalog, ordered by code.',
    resolve: (query) => db.indicator.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
  indicator: t.prismaField({
    type: IndicatorObject,
    extensions: reads('catalog', { values: 'code' }),
    nullable: true,
    description: 'One catalog entry by code; null when unknown.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, args) =>
      db.indicator.findUnique({ ...query, where: { code: args.code } }),
  }),
}));
