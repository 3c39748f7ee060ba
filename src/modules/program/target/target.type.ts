import { builder } from '../../../builder.ts';
import type { TargetProgressShape } from './target.served.ts';

const round = (value: number | null, decimals: number) =>
  value === null ? null : Number(value.toFixed(decimals));

const TargetRoundedObject = builder
  .objectRef<TargetProgressShape>('TargetProgressRounded')
  .implement({
    description: 'Display values of a target progress: points to 1 decimal, rates to 2.',
    fields: (t) => ({
      actualValue: t.float({ nullable: true, resolve: (p) => round(p.actualValue, 1) }),
      gap: t.float({ nullable: true, resolve: (p) => round(p.gap, 1) }),
      changeSinceBaseline: t.float({
        nullable: true,
        resolve: (p) => round(p.changeSinceBaseline, 1),
      }),
      requiredPointsPerYear: t.float({
        nullable: true,
        resolve: (p) => round(p.requiredPointsPerYear, 2),
      }),
      requiredAnnualReduction: t.float({
        nullable: true,
        resolve: (p) => round(p.requiredAnnualReduction, 2),
      }),
      currentAnnualReduction: t.float({
        nullable: true,
        resolve: (p) => round(p.currentAnnualReduction, 2),
      }),
      trendAnnualReduction: t.float({
        nullable: true,
        resolve: (p) => round(p.trendAnnualReduction, 2),
      }),
    }),
  });

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
          'AARR needed from the latest actual (up to asOfYear) to the target year, percent per year (100 for a target of 0); null once the target year has its actual — ask with asOfYear for what was needed from an earlier year.',
      }),
      currentAnnualReduction: t.exposeFloat('currentAnnualReduction', {
        nullable: true,
        description:
          'End-point AARR: 1 − (P_latest/P_first)^(1/(t_latest − t_first)), percent per year, from the first and the latest actual only (what projectedYear and onTrack use). Differs from trendAnnualReduction when the years between bend the line.',
      }),
      trendAnnualReduction: t.exposeFloat('trendAnnualReduction', {
        nullable: true,
        description:
          'Log-linear AARR: ln(value) fitted by least squares over every actual up to asOfYear, −(e^slope − 1)·100, percent per year — the method of Trend.annualRateOfReduction. With two actuals it equals currentAnnualReduction.',
      }),
      asOfYear: t.exposeInt('asOfYear', {
        description:
          'Last year whose actuals count: the target year, or the `asOfYear` asked (what was needed from then on).',
      }),
      baselineYear: t.exposeInt('baselineYear', { nullable: true, description: 'First actual.' }),
      baselineValue: t.exposeFloat('baselineValue', { nullable: true }),
      changeSinceBaseline: t.exposeFloat('changeSinceBaseline', {
        nullable: true,
        description: 'latest actual − baseline, in points (negative = fell).',
      }),
      requiredPointsPerYear: t.exposeFloat('requiredPointsPerYear', {
        nullable: true,
        description:
          '(latest actual − target) / (target year − latest year): points to fall (rise, for a higher-is-better indicator: negative) per year; null once the target year has its actual (ask asOfYear for an earlier view).',
      }),
      rounded: t.field({
        type: TargetRoundedObject,
        description:
          'The same figures rounded for display (points to 1 decimal, rates to 2); the fields above keep the exact values.',
        resolve: (p) => p,
      }),
      projectedYear: t.exposeInt('projectedYear', {
        nullable: true,
        description:
          'Year the target is reached if the current AARR continues; the actual year when already met; null if the trend moves away from the target or the target is 0.',
      }),
    }),
  });
