import { builder } from '../../../builder.ts';
import { db } from '../../../db/client.ts';
import { RegionInterface } from '../../region/region.type.ts';
import type { CoverageRankingShape } from './coverage.lowest.ts';
import type { CoverageShape, CoverageShareShape } from './coverage.served.ts';

const coverageCounts = {
  targetPopulation:
    'People the program should reach, summed over the desa. Counted once per desa: when several agencies report the same program in a desa (e.g. DISDIK and DINKES giving iron tablets to the same adolescent girls) they report one population, so the desa counts the largest they report, never their sum.',
  reached:
    "People reached, summed over the desa; in a desa the agencies' reach added up but never more than the desa's target population (one person reached by two agencies cannot be told apart).",
  coverage: 'reached / targetPopulation, percent.',
  budgetPlanned:
    'Rupiah planned for the program\'s activities located here or below (a desa: its lokus interventions); null where no activity is located, never 0 for "nothing here".',
  budgetSpent: 'Rupiah spent, of the same activities; null where no activity is located.',
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
        description: "The population this agency reports (the agency's own figure).",
      }),
      reached: t.exposeInt('reached', { nullable: true, description: 'Reached by this agency.' }),
      coverage: t.exposeFloat('coverage', { nullable: true, description: coverageCounts.coverage }),
      budgetPlanned: t.exposeFloat('budgetPlanned', {
        nullable: true,
        description: coverageCounts.budgetPlanned,
      }),
      budgetSpent: t.exposeFloat('budgetSpent', {
        nullable: true,
        description: coverageCounts.budgetSpent,
      }),
      suppressed: t.exposeBoolean('suppressed'),
      suppressionReason: t.exposeString('suppressionReason', { nullable: true }),
    }),
  });

export const CoverageObject = builder.objectRef<CoverageShape>('Coverage').implement({
  description:
    "Coverage of one program in a region for a period: reach and target population summed over the desa below (never a mean of rates; a desa's population counted once however many agencies report it), the program's target for the year, and the budget of the program's activities located there, planned vs spent (weeks count in the period holding their Thursday). Small counts are suppressed for the public tier like indicator values.",
  fields: (t) => ({
    kode: t.exposeID('kode'),
    intervention: t.exposeString('intervention', { description: 'Program code.' }),
    program: t.prismaField({
      type: 'Program',
      resolve: (query, coverage) =>
        db.program.findUniqueOrThrow({ ...query, where: { code: coverage.intervention } }),
    }),
    region: t.prismaField({
      type: RegionInterface,
      resolve: (query, coverage) =>
        db.region.findUniqueOrThrow({ ...query, where: { kode: coverage.kode } }),
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
    budgetPlanned: t.exposeFloat('budgetPlanned', {
      nullable: true,
      description: coverageCounts.budgetPlanned,
    }),
    budgetSpent: t.exposeFloat('budgetSpent', {
      nullable: true,
      description: coverageCounts.budgetSpent,
    }),
    budgetAbsorption: t.exposeFloat('budgetAbsorption', {
      nullable: true,
      description: 'budgetSpent / budgetPlanned, percent.',
    }),
    targetPercent: t.exposeFloat('targetPercent', {
      nullable: true,
      description:
        "The program's coverage target (percent) for the period's year: the one set for this region, else for the nearest region above it (see setProgramTargets). Null when none is set: there is no default.",
    }),
    targetRegionKode: t.exposeID('targetRegionKode', {
      nullable: true,
      description: 'The region the target was set for (this one or one above).',
    }),
    targetSource: t.exposeString('targetSource', { nullable: true }),
    belowTarget: t.exposeBoolean('belowTarget', {
      nullable: true,
      description:
        'coverage < targetPercent. Null when no target is set or the coverage is unknown or suppressed.',
    }),
    byAgency: t.field({ type: [CoverageShareObject], resolve: (c) => c.byAgency }),
    suppressed: t.exposeBoolean('suppressed'),
    suppressionReason: t.exposeString('suppressionReason', { nullable: true }),
  }),
});

export const CoverageRankingObject = builder
  .objectRef<CoverageRankingShape>('CoverageRanking')
  .implement({
    description:
      'Desa ranked by coverage of one program in one period, lowest first (Query.lowestCoverage).',
    fields: (t) => ({
      kode: t.exposeID('kode', { description: 'The region the desa lie in.' }),
      intervention: t.exposeString('intervention', { description: 'Program code.' }),
      period: t.exposeString('period'),
      items: t.field({
        type: [CoverageObject],
        description: 'Lowest coverage first; ties by kode.',
        resolve: (r) => r.items,
      }),
      rankedRegions: t.exposeInt('rankedRegions', {
        description: 'Desa with a coverage this viewer may see (all of them are ranked).',
      }),
      hiddenRegions: t.exposeInt('hiddenRegions', {
        description: 'Desa with data whose coverage is suppressed for this viewer: not ranked.',
      }),
      regionsWithoutData: t.exposeInt('regionsWithoutData', {
        description: 'Desa without a coverage figure (no report, or a target population of 0).',
      }),
      belowTargetRegions: t.exposeInt('belowTargetRegions', {
        nullable: true,
        description:
          'Ranked desa below their target; null when no ranked desa has a target for the year.',
      }),
    }),
  });
