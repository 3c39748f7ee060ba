import { builder } from '../../../builder.ts';
import type { TargetProgressShape } from './target.served.ts';

export const TargetProgressObject = builder
  .objectRef<TargetProgressShape>('TargetProgress')
  .implement({
    description:
      'A target of an indicator for a region and year against the actuals up to that year. AARR (average annual rate of reduction) between P0 in t0 and P1 in t1 is 1 − (P1/P0)^(1/(t1 − t0)), in percent per year; negative when rising.',
    fields: (t) => ({
      kode: t.exposeID('kode'),
      indicator: t.exposeString('indicator'),
      year: t.exposeInt('year'),
      targetValue: t.exposeFloat('targetValue'),
      source: t.exposeString('source', { description: 'Where the target comes from.' }),
      actualValue: t.exposeFloat('actualValue', {
        nullable: true,
        description: 'Latest actual up to the target year.',
      }),
      actualYear: t.exposeInt('actualYear', { nullable: true }),
      actualSource: t.exposeString('actualSource', { nullable: true }),
      gap: t.exposeFloat('gap', {
        nullable: true,
        description: 'actual − target, in points; null without an actual.',
      }),
      met: t.exposeBoolean('met', {
        nullable: true,
        description: 'The actual is at or beyond the target (in the good direction).',
      }),
      onTrack: t.exposeBoolean('onTrack', {
        nullable: true,
        description:
          'Met, or the current AARR is at least the required one; false once the target year has passed unmet.',
      }),
      requiredAnnualReduction: t.exposeFloat('requiredAnnualReduction', {
        nullable: true,
        description:
          'AARR needed from the latest actual to the target year, percent per year (100 for a target of 0); null once the target year has its actual.',
      }),
      currentAnnualReduction: t.exposeFloat('currentAnnualReduction', {
        nullable: true,
        description: 'AARR observed between the first and the latest actual.',
      }),
      projectedYear: t.exposeInt('projectedYear', {
        nullable: true,
        description:
          'Year the target is reached if the current AARR continues; the actual year when already met; null if the trend moves away from the target or the target is 0.',
      }),
    }),
  });
