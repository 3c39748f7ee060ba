import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import type { CoverageShape, CoverageShareShape } from './coverage.served.ts';

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
