import { geometryOutput } from '../../args/geometry.ts';
import { checkInteger } from '../../args/integer.ts';
import { assertPeriod } from '../../args/period.ts';
import type { Context } from '../../context.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import type { RawJson } from '../../scalars/rawJson.ts';
import { classBreaks } from '../../stats/classBreaks.ts';
import { classify } from '../../stats/classify.ts';
import type { ClassBreaksMethod } from '../../stats/types.ts';
import { regionLoaders } from '../region/region.loaders.ts';
import { checkK, checkParent } from './analytics.args.ts';
import { loadUniverse } from './analytics.universe.ts';
import { regionValues, type Smoothing, smoothValues } from './analytics.values.ts';
import { universeWeights, type WeightsKind } from './analytics.weights.ts';

export interface ChoroplethRegionShape {
  kode: string;
  nama: string;
  value: number | null;
  rawValue: number | null;
  classIndex: number | null;
  suppressed: boolean;
}

export interface ChoroplethClassShape {
  index: number;
  lower: number;
  upper: number;
  upperInclusive: boolean;
  count: number;
}

export interface ChoroplethShape {
  breaks: number[];
  classes: ChoroplethClassShape[];
  regions: ChoroplethRegionShape[];
  /** region.geom_version per region (same order), so boundaries can come from the cache. */
  geomVersions: number[];
  noDataCount: number;
}

export interface ChoroplethArgs {
  level: RegionLevel;
  parentKode: string | number;
  indicator: string;
  period: string;
  method: ClassBreaksMethod;
  classes: number;
  smoothing: Smoothing;
  weights: WeightsKind;
  k?: number | null;
}

/** `Query.choropleth`'s arguments as graphql-js coerces them, with the defaults of explicit nulls. */
export function choroplethArgs(args: {
  level: RegionLevel;
  parentKode: string | number;
  indicator: string;
  period: string;
  method?: ClassBreaksMethod | null;
  classes?: number | null;
  smoothing?: Smoothing | null;
  weights?: WeightsKind | null;
  k?: number | null;
}): ChoroplethArgs {
  return {
    ...args,
    method: args.method ?? 'QUANTILE',
    classes: args.classes ?? 5,
    smoothing: args.smoothing ?? 'NONE',
    weights: args.weights ?? 'QUEEN',
  };
}

/** A FeatureCollection whose geometries are PostGIS's GeoJSON text, passed through unparsed. */
export interface RawFeatureCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    id: string;
    properties: ChoroplethRegionShape;
    geometry: RawJson | null;
  }[];
}

/** `Choropleth.featureCollection`: the regions with their (cached, simplified) boundaries. */
export async function choroplethFeatures(
  ctx: Context,
  c: ChoroplethShape,
  args: { simplifyMeters?: number | null; precision?: number | null },
): Promise<RawFeatureCollection> {
  const { simplifyMeters, precision } = geometryOutput(args);
  const geometries = await regionLoaders(ctx).geometry.loadMany(
    c.regions.map((r, i) => ({
      kode: r.kode,
      geomVersion: c.geomVersions[i],
      simplifyMeters,
      precision,
    })),
  );
  return {
    type: 'FeatureCollection',
    features: c.regions.map((r, i) => {
      const geometry = geometries[i];
      if (geometry instanceof Error) throw geometry;
      return {
        type: 'Feature',
        id: r.kode,
        properties: { ...r },
        geometry: geometry ?? null,
      };
    }),
  };
}

/**
 * Values, class breaks and class indices for the regions of one level inside a parent, in kode
 * order. Breaks come from the (smoothed) values with data; a region without data (missing,
 * suppressed for this viewer, or denominator 0) has a null class. Spatial EB smoothing uses the
 * `weights` neighbours.
 */
export async function computeChoropleth(
  ctx: Context,
  args: ChoroplethArgs,
): Promise<ChoroplethShape> {
  const parentKode = checkParent(args.level, args.parentKode);
  assertPeriod('period', args.period);
  const classes = checkInteger('classes', args.classes, 1, 20);
  const universe = await loadUniverse(ctx, args.level, parentKode);
  const k = checkK(args.weights, args.k, universe.hasGeometry.filter(Boolean).length);
  const values = await regionValues(ctx, universe.kodes, args.indicator, args.period);
  const neighbours =
    args.smoothing === 'SPATIAL_EMPIRICAL_BAYES'
      ? await universeWeights(ctx, universe, args.weights, k)
      : null;
  const { raw, smoothed } = smoothValues(values, args.smoothing, neighbours);
  const present = smoothed.filter((v): v is number => v !== null);
  const breaks =
    present.length === 0 ? [] : classBreaks(present, { method: args.method, classes }).breaks;
  const regions = values.map((v, i) => {
    const value = smoothed[i] ?? null;
    return {
      kode: v.kode,
      nama: universe.names[i] ?? v.kode,
      value,
      rawValue: raw[i] ?? null,
      classIndex: breaks.length < 2 ? null : classify(value, breaks),
      suppressed: v.suppressed,
    };
  });
  const last = breaks.length - 2;
  return {
    breaks,
    classes: breaks.slice(0, -1).map((lower, index) => ({
      index,
      lower,
      upper: breaks[index + 1] ?? lower,
      upperInclusive: index === last,
      count: regions.filter((r) => r.classIndex === index).length,
    })),
    regions,
    geomVersions: universe.geomVersions,
    noDataCount: regions.filter((r) => r.classIndex === null).length,
  };
}
