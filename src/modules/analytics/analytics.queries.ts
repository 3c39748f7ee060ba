import { checkInteger } from '../../args/integer.ts';
import { maxPageSize } from '../../args/page.ts';
import { checkPoint } from '../../args/point.ts';
import { builder } from '../../builder.ts';
import { reads } from '../../db/freshness.ts';
import { badUserInput } from '../../errors.ts';
import { RegionLevelEnum } from '../region/region.type.ts';
import { computeAreaStats } from './analytics.areaStats.ts';
import {
  computeSpatialAutocorrelation,
  defaultSeed,
  spatialAutocorrelationArgs,
} from './analytics.autocorrelation.ts';
import { choroplethArgs, computeChoropleth } from './analytics.choropleth.ts';
import { permutationCost } from './analytics.cost.ts';
import {
  AreaWeightingEnum,
  ClassificationMethodEnum,
  OutlierMethodEnum,
  SmoothingEnum,
  WeightsKindEnum,
} from './analytics.enums.ts';
import { nearestRegionRows, regionsWithinRows } from './analytics.sql.ts';
import {
  OutlierRegionObject,
  SpatialAutocorrelationObject,
  TrendObject,
} from './analytics.stats.type.ts';
import { computeOutliers, computeTrend } from './analytics.trends.ts';
import { AreaStatsObject, ChoroplethObject, RegionDistanceObject } from './analytics.type.ts';

builder.queryFields((t) => ({
  choropleth: t.field({
    type: ChoroplethObject,
    complexity: 20,
    extensions: reads('regions', { values: 'indicator' }),
    description:
      'Values, class breaks and class indices of an indicator over the regions of `level` inside `parentKode`, e.g. all desa of 32.16. Values of regions suppressed for this viewer are no data.',
    args: {
      level: t.arg({ type: RegionLevelEnum, required: true }),
      parentKode: t.arg.id({ required: true, description: 'e.g. "32.16"' }),
      indicator: t.arg.string({ required: true, description: 'Indicator code, e.g. "STUNTING".' }),
      period: t.arg.string({ required: true, description: '"2023" or "2023-08".' }),
      method: t.arg({ type: ClassificationMethodEnum, defaultValue: 'QUANTILE' }),
      classes: t.arg.int({ defaultValue: 5, description: '1–20.' }),
      smoothing: t.arg({ type: SmoothingEnum, defaultValue: 'NONE' }),
      weights: t.arg({
        type: WeightsKindEnum,
        defaultValue: 'QUEEN',
        description: 'Neighbours for SPATIAL_EMPIRICAL_BAYES.',
      }),
      k: t.arg.int({ description: 'Neighbours per region with weights: KNN.' }),
    },
    resolve: (_root, args, ctx) => computeChoropleth(ctx, choroplethArgs(args)),
  }),

  areaStats: t.field({
    type: AreaStatsObject,
    complexity: 50,
    extensions: reads('regions', { values: 'indicator' }),
    description:
      'An indicator over a client-drawn Polygon or MultiPolygon (RFC 7946, [longitude, latitude]): every desa it overlaps with its share of area, counts apportioned by share, the resulting rate with a 95% interval, the covered area and the share of the drawn area that has data.',
    args: {
      geometry: t.arg({ type: 'GeoJSON', required: true }),
      indicator: t.arg.string({ required: true }),
      period: t.arg.string({ required: true }),
      weighting: t.arg({ type: AreaWeightingEnum, defaultValue: 'AREA' }),
    },
    resolve: (_root, args, ctx) =>
      computeAreaStats(ctx, { ...args, weighting: args.weighting ?? 'AREA' }),
  }),

  spatialAutocorrelation: t.field({
    type: SpatialAutocorrelationObject,
    // CPU in proportion to permutations × regions (analytics.cost.ts): 999 permutations over a
    // kabupaten's desa cost 150; a province's desa with 9999 permutations are over the limit.
    complexity: (args) =>
      permutationCost(args.level, String(args.parentKode), args.permutations ?? 999),
    description:
      "Global Moran's I and, per region, local Moran's I (LISA) with a conditional-permutation pseudo-p, quadrant, significance as GeoDa/PySAL (pseudo-p ≤ alpha) and with a Benjamini–Hochberg FDR, and Getis–Ord Gi*, as R spdep 1.2 computes them on row-standardised weights. Regions without data (or suppressed for this viewer) drop out; regions left without neighbours are islands.",
    args: {
      level: t.arg({ type: RegionLevelEnum, required: true }),
      parentKode: t.arg.id({ required: true }),
      indicator: t.arg.string({ required: true }),
      period: t.arg.string({ required: true }),
      weights: t.arg({ type: WeightsKindEnum, defaultValue: 'QUEEN' }),
      k: t.arg.int({ description: 'Neighbours per region with weights: KNN (1–50).' }),
      permutations: t.arg.int({
        defaultValue: 999,
        description:
          '0 (no pseudo-p; significance from the normal p) or 99–9999 (fewer cannot reach a pseudo-p of 0.01).',
      }),
      seed: t.arg.int({ description: `Seed of the permutations (default ${defaultSeed}).` }),
      alpha: t.arg.float({
        defaultValue: 0.05,
        description:
          'Significance level of `significant` and false discovery rate of `significantFdr`, 0–1.',
      }),
      smoothing: t.arg({ type: SmoothingEnum, defaultValue: 'NONE' }),
    },
    resolve: (_root, args, ctx) =>
      computeSpatialAutocorrelation(ctx, spatialAutocorrelationArgs(args)),
  }),

  outliers: t.field({
    type: [OutlierRegionObject],
    complexity: 20,
    description:
      'Outlier scores of an indicator over the regions of `level` inside `parentKode`, ordered by kode.',
    args: {
      level: t.arg({ type: RegionLevelEnum, required: true }),
      parentKode: t.arg.id({ required: true }),
      indicator: t.arg.string({ required: true }),
      period: t.arg.string({ required: true }),
      method: t.arg({ type: OutlierMethodEnum, defaultValue: 'MODIFIED_Z' }),
      threshold: t.arg.float({ description: 'Flag when |score| exceeds it (default 3 or 3.5).' }),
      smoothing: t.arg({
        type: SmoothingEnum,
        defaultValue: 'NONE',
        description: 'NONE or EMPIRICAL_BAYES.',
      }),
    },
    resolve: (_root, args, ctx) => {
      const smoothing = args.smoothing ?? 'NONE';
      if (smoothing === 'SPATIAL_EMPIRICAL_BAYES') {
        throw badUserInput('smoothing', smoothing, 'outliers take NONE or EMPIRICAL_BAYES');
      }
      return computeOutliers(ctx, {
        ...args,
        method: args.method ?? 'MODIFIED_Z',
        smoothing,
      });
    },
  }),

  trend: t.field({
    type: TrendObject,
    complexity: 10,
    description:
      "A region's series of an indicator over the periods that hold values, with absolute and relative change and the average annual rate of reduction.",
    args: {
      kode: t.arg.id({ required: true }),
      indicator: t.arg.string({ required: true }),
      monthly: t.arg.boolean({
        defaultValue: false,
        description: 'Monthly "YYYY-MM" periods instead of yearly ones.',
      }),
      source: t.arg.string({ description: 'Only this source.' }),
    },
    resolve: (_root, args, ctx) => computeTrend(ctx, { ...args, monthly: args.monthly ?? false }),
  }),

  regionsWithin: t.field({
    type: [RegionDistanceObject],
    extensions: reads('regions'),
    complexity: 20,
    description:
      'Regions of `level` whose boundary lies within `meters` of the point (geodesic, WGS 84), nearest first; ties by kode.',
    args: {
      longitude: t.arg.float({ required: true }),
      latitude: t.arg.float({ required: true }),
      meters: t.arg.float({ required: true, description: 'Radius in metres, 0–100,000.' }),
      level: t.arg({ type: RegionLevelEnum, defaultValue: 'DESA' }),
      limit: t.arg.int({ defaultValue: 100, description: `At most this many, 1–${maxPageSize}.` }),
    },
    resolve: (_root, args) => {
      checkPoint(args.longitude, args.latitude);
      if (!(args.meters >= 0 && args.meters <= 100_000)) {
        throw badUserInput('meters', args.meters, 'meters must be between 0 and 100000');
      }
      const limit = checkInteger('limit', args.limit ?? 100, 1, maxPageSize);
      return regionsWithinRows(
        args.longitude,
        args.latitude,
        args.meters,
        args.level ?? 'DESA',
        limit,
      );
    },
  }),

  nearestRegions: t.field({
    type: [RegionDistanceObject],
    extensions: reads('regions'),
    complexity: 20,
    description:
      'The k regions of `level` nearest to the point by geodesic distance to their boundary (0 for the one containing it), nearest first; ties by kode.',
    args: {
      longitude: t.arg.float({ required: true }),
      latitude: t.arg.float({ required: true }),
      k: t.arg.int({ defaultValue: 5, description: '1–100.' }),
      level: t.arg({ type: RegionLevelEnum, defaultValue: 'DESA' }),
    },
    resolve: (_root, args) => {
      checkPoint(args.longitude, args.latitude);
      const k = checkInteger('k', args.k ?? 5, 1, 100);
      return nearestRegionRows(args.longitude, args.latitude, k, args.level ?? 'DESA');
    },
  }),
}));
