import { assertPeriod } from '../../args/period.ts';
import { builder } from '../../builder.ts';
import { reads } from '../../db/freshness.ts';
import { RegionInterface } from '../region/region.type.ts';
import { servedValue, servedValues } from './indicator.served.ts';
import { IndicatorValueObject } from './indicator.type.ts';

// Indicator fields on every region, next to the module that serves the values.
builder.prismaInterfaceFields(RegionInterface, (t) => ({
  indicator: t.field({
    type: IndicatorValueObject,
    nullable: true,
    extensions: reads('regions', { values: 'code' }),
    description:
      'The value of an indicator for a period. Without `source`, the source with the widest coverage is chosen; null when there is no value.',
    args: {
      code: t.arg.string({ required: true, description: 'Indicator code, e.g. "STUNTING".' }),
      period: t.arg.string({ required: true, description: '"2022" or "2022-08".' }),
      source: t.arg.string({ description: 'Only this source.' }),
    },
    resolve: (region, args, ctx) => {
      assertPeriod('period', args.period);
      return servedValue(ctx, { kode: region.kode, ...args });
    },
  }),
  indicatorValues: t.field({
    type: [IndicatorValueObject],
    extensions: reads('regions', { values: 'code' }),
    description: 'The values of an indicator for a period from every source, best coverage first.',
    args: {
      code: t.arg.string({ required: true }),
      period: t.arg.string({ required: true }),
    },
    resolve: (region, args, ctx) => {
      assertPeriod('period', args.period);
      return servedValues(ctx, { kode: region.kode, ...args });
    },
  }),
}));
