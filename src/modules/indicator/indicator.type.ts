import { builder } from '../../builder.ts';
import { reads } from '../../db/freshness.ts';
import { IndicatorKind, Polarity } from '../../generated/prisma/enums.ts';
import { indicatorLoaders } from './indicator.loaders.ts';
import type { ServedIndicatorValue } from './indicator.served.ts';

export const IndicatorKindEnum = builder.enumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'How values of an indicator are obtained.',
});

export const PolarityEnum = builder.enumType(Polarity, {
  name: 'Polarity',
  description: 'Which direction of change is an improvement.',
});

export const IndicatorObject = builder.prismaObject('Indicator', {
  description: 'An entry of the indicator catalog.',
  // Its fields read the catalog row and, for periods, the values Query.indicator(s) declare.
  extensions: reads('catalog'),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, e.g. "STUNTING".' }),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    unit: t.exposeString('unit', { description: 'Unit of `IndicatorValue.value`.' }),
    polarity: t.expose('polarity', { type: PolarityEnum }),
    kind: t.expose('kind', { type: IndicatorKindEnum }),
    numeratorDefinition: t.exposeString('numeratorDef', { nullable: true }),
    denominatorDefinition: t.exposeString('denominatorDef', { nullable: true }),
    sourcePriority: t.exposeStringList('sourcePriority', {
      description:
        'Sources in the order they win when a region has values from several (after real before synthetic; unlisted sources follow by name). ADMIN sets it with setIndicatorSourcePriority.',
    }),
    periods: t.stringList({
      description: 'Periods that hold at least one value, newest first.',
      resolve: (indicator, _args, ctx) => indicatorLoaders(ctx).periods.load(indicator.code),
    }),
  }),
});

export const IndicatorValueObject = builder.objectRef<ServedIndicatorValue>('IndicatorValue');

IndicatorValueObject.implement({
  // Its fields pass on the value the field returning it loaded.
  extensions: reads(),
  description:
    'The value of an indicator for a region and period from one source. Above desa level, count-based values are Σnumerator / Σdenominator over the desa below (never a mean of rates); stored survey estimates are returned as stored.',
  fields: (t) => ({
    code: t.exposeString('code'),
    period: t.exposeString('period', { description: '"2022" (year) or "2022-08" (month).' }),
    numerator: t.exposeInt('numerator', { nullable: true }),
    denominator: t.exposeInt('denominator', { nullable: true }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'Percent for rates; null when nothing was measured (denominator 0).',
    }),
    ciLow: t.exposeFloat('ciLow', {
      nullable: true,
      description:
        'Lower bound of the 95% interval: Wilson score interval for count-based rates, as published for survey estimates.',
    }),
    ciHigh: t.exposeFloat('ciHigh', { nullable: true, description: 'Upper bound, see ciLow.' }),
    standardError: t.exposeFloat('standardError', {
      nullable: true,
      description: 'Standard error of a survey estimate, as published.',
    }),
    method: t.exposeString('method', {
      nullable: true,
      description: '"count" for rates from counts; the estimation method for survey estimates.',
    }),
    source: t.exposeString('source', { description: 'Where the figure comes from.' }),
    synthetic: t.exposeBoolean('synthetic', {
      description:
        'True for made-up demo data (never chosen over a real value; `npm run demo:remove` deletes it).',
    }),
    suppressed: t.exposeBoolean('suppressed', {
      description:
        'True when counts were withheld from this viewer to protect small numbers (public tier: counts 1–4 and rates over fewer than 20 children, plus a complementary cell). Zeros are shown.',
    }),
    suppressionReason: t.exposeString('suppressionReason', { nullable: true }),
    aggregated: t.exposeBoolean('aggregated', {
      description: 'True when summed from the desa below this region.',
    }),
    reportingRegions: t.exposeInt('reportingRegions', {
      nullable: true,
      description: 'For aggregated values: desa below this region that have a value.',
    }),
    expectedRegions: t.exposeInt('expectedRegions', {
      nullable: true,
      description: 'For aggregated values: all desa below this region.',
    }),
  }),
});
