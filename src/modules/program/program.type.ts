import { builder } from '../../builder.ts';
import { db } from '../../db/client.ts';
import { ProgramKind } from '../../generated/prisma/enums.ts';
import type { ConvergenceActionDefinition } from './program.catalog.ts';
import type { CoverageShape, CoverageShareShape } from './program.coverage.ts';
import type { TargetProgressShape } from './program.target.ts';

export const ProgramKindEnum = builder.enumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'SPECIFIC (direct causes, health-led) or SENSITIVE (underlying causes).',
});

export const TimeBucketEnum = builder.enumType('TimeBucket', {
  description: 'DAY, ISO WEEK (Monday–Sunday, "2022-W52") or calendar MONTH.',
  values: ['DAY', 'WEEK', 'MONTH'] as const,
});

export const AgencyObject = builder.prismaObject('Agency', {
  description: 'A regional agency (OPD, organisasi perangkat daerah) of a kabupaten/kota.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable short code, e.g. "DINKES".' }),
    name: t.exposeString('name'),
    shortName: t.exposeString('shortName', { description: 'Usual abbreviation, e.g. "Dinkes".' }),
    kabupatenKode: t.exposeID('kabupatenKode'),
  }),
});

export const ProgramObject = builder.prismaObject('Program', {
  description: 'An intervention program (e.g. PMT for pregnant women with KEK, iron tablets).',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, used as `intervention`.' }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: ProgramKindEnum }),
    targetGroup: t.exposeString('targetGroup', { description: 'Who it serves (sasaran).' }),
    indicatorRef: t.exposeString('indicatorRef', {
      nullable: true,
      description: 'Standard indicator it feeds (Perpres 72/2021 Annex A: SP1–SP9, SE1–SE11).',
    }),
    leadAgency: t.exposeString('leadAgency', {
      nullable: true,
      description: 'Code of the agency that usually leads it.',
    }),
  }),
});

const coverageCounts = {
  targetPopulation: 'People the program should reach (summed over the desa).',
  reached: 'People reached (summed over the desa).',
  coverage: 'reached / targetPopulation, percent.',
} as const;

export const CoverageShareObject = builder
  .objectRef<CoverageShareShape>('CoverageShare')
  .implement({
    description: "One agency's part of a coverage figure.",
    fields: (t) => ({
      agencyCode: t.exposeString('agencyCode'),
      agencyName: t.exposeString('agencyName', { nullable: true }),
      targetPopulation: t.exposeInt('targetPopulation', {
        nullable: true,
        description: coverageCounts.targetPopulation,
      }),
      reached: t.exposeInt('reached', { nullable: true, description: coverageCounts.reached }),
      coverage: t.exposeFloat('coverage', { nullable: true, description: coverageCounts.coverage }),
      budgetPlanned: t.exposeFloat('budgetPlanned', { description: 'Rupiah.' }),
      budgetSpent: t.exposeFloat('budgetSpent', { description: 'Rupiah.' }),
      suppressed: t.exposeBoolean('suppressed'),
      suppressionReason: t.exposeString('suppressionReason', { nullable: true }),
    }),
  });

export const CoverageObject = builder.objectRef<CoverageShape>('Coverage').implement({
  description:
    "Coverage of one program in a region for a period: reach and target population summed over the desa below (never a mean of rates), and the budget of the program's activities located there, planned vs spent (weeks count in the period holding their Thursday). Small counts are suppressed for the public tier like indicator values.",
  fields: (t) => ({
    kode: t.exposeID('kode'),
    intervention: t.exposeString('intervention', { description: 'Program code.' }),
    program: t.prismaField({
      type: 'Program',
      resolve: (query, coverage) =>
        db.program.findUniqueOrThrow({ ...query, where: { code: coverage.intervention } }),
    }),
    period: t.exposeString('period'),
    targetPopulation: t.exposeInt('targetPopulation', {
      nullable: true,
      description: coverageCounts.targetPopulation,
    }),
    reached: t.exposeInt('reached', { nullable: true, description: coverageCounts.reached }),
    coverage: t.exposeFloat('coverage', { nullable: true, description: coverageCounts.coverage }),
    reportingRegions: t.exposeInt('reportingRegions', {
      description: 'Desa at or below this region that reported reach for the period.',
    }),
    expectedRegions: t.exposeInt('expectedRegions', { description: 'All desa at or below.' }),
    budgetPlanned: t.exposeFloat('budgetPlanned', { description: 'Rupiah.' }),
    budgetSpent: t.exposeFloat('budgetSpent', { description: 'Rupiah.' }),
    budgetAbsorption: t.exposeFloat('budgetAbsorption', {
      nullable: true,
      description: 'budgetSpent / budgetPlanned, percent.',
    }),
    byAgency: t.field({ type: [CoverageShareObject], resolve: (c) => c.byAgency }),
    suppressed: t.exposeBoolean('suppressed'),
    suppressionReason: t.exposeString('suppressionReason', { nullable: true }),
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

export const ConvergenceActionObject = builder
  .objectRef<ConvergenceActionDefinition>('ConvergenceAction')
  .implement({
    description: 'One of the 8 convergence actions (aksi konvergensi) for stunting reduction.',
    fields: (t) => ({
      number: t.exposeInt('number'),
      name: t.exposeString('name'),
      output: t.exposeString('output', { description: 'Main output of the action.' }),
    }),
  });
