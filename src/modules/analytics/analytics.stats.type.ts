import { builder } from '../../builder.ts';
import type {
  GlobalMoranShape,
  LocalStatisticShape,
  SpatialAutocorrelationShape,
} from './analytics.autocorrelation.ts';
import { QuadrantEnum } from './analytics.enums.ts';
import type { OutlierRegionShape, TrendPointShape, TrendShape } from './analytics.trends.ts';

export const GlobalMoranObject = builder.objectRef<GlobalMoranShape>('GlobalMoran').implement({
  description:
    "Global Moran's I with its test under randomisation (R spdep `moran.test`, randomisation = TRUE, zero.policy = TRUE, adjust.n = TRUE).",
  fields: (t) => ({
    i: t.exposeFloat('i', { description: "Moran's I." }),
    expected: t.exposeFloat('expected', { description: 'E[I] = −1/(n − 1).' }),
    variance: t.exposeFloat('variance', { description: 'Var[I] under randomisation.' }),
    z: t.exposeFloat('z', { description: '(I − E[I]) / √Var[I].' }),
    p: t.exposeFloat('p', {
      description: 'One-sided p for positive autocorrelation (spdep default).',
    }),
    pTwoSided: t.exposeFloat('pTwoSided'),
    n: t.exposeInt('n', { description: 'Regions with data and neighbours.' }),
  }),
});

export const LocalStatisticObject = builder
  .objectRef<LocalStatisticShape>('LocalStatistic')
  .implement({
    description:
      'Local statistics of one region (R spdep `localmoran`, `localmoran_perm`, `localG` with include.self). All null for a region without data or without neighbours with data (see excludedReason).',
    fields: (t) => ({
      kode: t.exposeID('kode'),
      value: t.exposeFloat('value', { nullable: true, description: 'The value analysed.' }),
      rawValue: t.exposeFloat('rawValue', { nullable: true }),
      neighbors: t.exposeIDList('neighbors', {
        description:
          'Kodes of the neighbours in the weights graph; those without data do not enter the statistics.',
      }),
      localI: t.exposeFloat('localI', { nullable: true, description: "Local Moran's Ii." }),
      expected: t.exposeFloat('expected', {
        nullable: true,
        description: 'E[Ii] under conditional randomisation (spdep `E.Ii`).',
      }),
      variance: t.exposeFloat('variance', { nullable: true, description: 'spdep `Var.Ii`.' }),
      z: t.exposeFloat('z', { nullable: true, description: 'spdep `Z.Ii`.' }),
      p: t.exposeFloat('p', { nullable: true, description: 'Two-sided normal p of z.' }),
      pseudoP: t.exposeFloat('pseudoP', {
        nullable: true,
        description:
          'Conditional-permutation pseudo-p, two-sided from the rank among the permutations (spdep `Pr(z != E(Ii)) Sim`); seeded, so reproducible.',
      }),
      pseudoPFolded: t.exposeFloat('pseudoPFolded', {
        nullable: true,
        description: 'Folded pseudo-p (PySAL `p_sim`, GeoDa).',
      }),
      quadrant: t.expose('quadrant', { type: QuadrantEnum, nullable: true }),
      significant: t.exposeBoolean('significant', {
        nullable: true,
        description:
          'As GeoDa and PySAL flag LISA clusters: pseudoPFolded (PySAL `p_sim`; p when permutations = 0) ≤ `alpha`, with no adjustment for the many regions tested. See significantFdr for the false-discovery-rate version.',
      }),
      significantFdr: t.exposeBoolean('significantFdr', {
        nullable: true,
        description:
          'Significant after the Benjamini–Hochberg false-discovery-rate adjustment at `alpha` over the regions tested (of the same pseudoPFolded, or p when permutations = 0): stricter than `significant`; with 999 permutations the smallest pseudo-p is 0.001.',
      }),
      giStarZ: t.exposeFloat('giStarZ', {
        nullable: true,
        description: 'Getis–Ord Gi* z (positive = hot spot).',
      }),
      excludedReason: t.exposeString('excludedReason', {
        nullable: true,
        description: 'Why there are no local statistics: no data, or an island.',
      }),
    }),
  });

export const SpatialAutocorrelationObject = builder
  .objectRef<SpatialAutocorrelationShape>('SpatialAutocorrelation')
  .implement({
    description:
      'Spatial autocorrelation of one indicator over the regions of one level, on row-standardised weights among the regions with data.',
    fields: (t) => ({
      moran: t.expose('moran', { type: GlobalMoranObject }),
      regions: t.expose('regions', {
        type: [LocalStatisticObject],
        description: 'Every region of the level inside the parent, ordered by kode.',
      }),
      islands: t.exposeIDList('islands', {
        description:
          'Regions without neighbours (no boundary, none touching, or none with data); they get no local statistics.',
      }),
      permutations: t.exposeInt('permutations'),
      seed: t.exposeInt('seed', { description: 'The seed used (to repeat the permutations).' }),
    }),
  });

export const OutlierRegionObject = builder
  .objectRef<OutlierRegionShape>('OutlierRegion')
  .implement({
    description: 'Outlier score of one region.',
    fields: (t) => ({
      kode: t.exposeID('kode'),
      value: t.exposeFloat('value', { nullable: true }),
      score: t.exposeFloat('score', { nullable: true }),
      flagged: t.exposeBoolean('flagged', { description: '|score| > threshold.' }),
    }),
  });

export const TrendPointObject = builder.objectRef<TrendPointShape>('TrendPoint').implement({
  fields: (t) => ({
    period: t.exposeString('period'),
    value: t.exposeFloat('value', { nullable: true }),
    ciLow: t.exposeFloat('ciLow', { nullable: true }),
    ciHigh: t.exposeFloat('ciHigh', { nullable: true }),
    source: t.exposeString('source', { nullable: true }),
  }),
});

export const TrendObject = builder.objectRef<TrendShape>('Trend').implement({
  description: "A region's series of one indicator.",
  fields: (t) => ({
    kode: t.exposeID('kode'),
    points: t.field({ type: [TrendPointObject], resolve: (s) => s.points }),
    absoluteChange: t.exposeFloat('absoluteChange', {
      nullable: true,
      description: 'Last − first value with data, in the unit (percentage points for rates).',
    }),
    relativeChange: t.exposeFloat('relativeChange', {
      nullable: true,
      description: '(last − first)/first × 100, percent.',
    }),
    annualRateOfReduction: t.exposeFloat('annualRateOfReduction', {
      nullable: true,
      description:
        'UNICEF AARR, percent per year (positive = falling), from a log-linear fit over all points.',
    }),
  }),
});
