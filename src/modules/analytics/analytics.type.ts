import { builder } from '../../builder.ts';
import { reads } from '../../db/freshness.ts';
import { RegionInterface } from '../region/region.type.ts';
import type { AreaShareShape, AreaStatsShape } from './analytics.areaStats.ts';
import {
  type ChoroplethClassShape,
  type ChoroplethRegionShape,
  type ChoroplethShape,
  choroplethFeatures,
} from './analytics.choropleth.ts';
import { analyticsLoaders } from './analytics.loaders.ts';

export const ChoroplethRegionObject = builder
  .objectRef<ChoroplethRegionShape>('ChoroplethRegion')
  .implement({
    description: 'One region of a choropleth.',
    extensions: reads(),
    fields: (t) => ({
      kode: t.exposeID('kode'),
      nama: t.exposeString('nama'),
      value: t.exposeFloat('value', {
        nullable: true,
        description:
          "In the indicator's unit (percent for rates), smoothed when `smoothing` asks for it; null = no data.",
      }),
      rawValue: t.exposeFloat('rawValue', { nullable: true, description: 'The unsmoothed value.' }),
      classIndex: t.exposeInt('classIndex', {
        nullable: true,
        description:
          '0-based class; null is the no-data class (no value, suppressed for this viewer, or nothing measured).',
      }),
      suppressed: t.exposeBoolean('suppressed', {
        description: 'True when the value is withheld from this viewer (small-cell protection).',
      }),
    }),
  });

export const ChoroplethClassObject = builder
  .objectRef<ChoroplethClassShape>('ChoroplethClass')
  .implement({
    description: 'One legend entry: [lower, upper), or [lower, upper] for the last class.',
    extensions: reads(),
    fields: (t) => ({
      index: t.exposeInt('index'),
      lower: t.exposeFloat('lower', { description: 'Included.' }),
      upper: t.exposeFloat('upper', { description: 'Excluded, except in the last class.' }),
      upperInclusive: t.exposeBoolean('upperInclusive'),
      count: t.exposeInt('count', { description: 'Regions in the class.' }),
    }),
  });

export const ChoroplethObject = builder.objectRef<ChoroplethShape>('Choropleth').implement({
  description: 'Class breaks and classes of one indicator over the regions of one level.',
  // geojson reads boundaries; the rest passes on what Query.choropleth computed.
  extensions: reads('regions'),
  fields: (t) => ({
    breaks: t.exposeFloatList('breaks', {
      description:
        'Ascending edges b_0 … b_k of k classes; empty when no region has data. Class i is [b_i, b_{i+1}); the last is [b_{k-1}, b_k].',
    }),
    classes: t.expose('classes', { type: [ChoroplethClassObject] }),
    noDataCount: t.exposeInt('noDataCount', { description: 'Regions in the no-data class.' }),
    regions: t.expose('regions', {
      type: [ChoroplethRegionObject],
      description: 'Every region of the level inside the parent, ordered by kode.',
    }),
    featureCollection: t.field({
      type: 'GeoJSON',
      complexity: 50,
      description:
        'The regions as a GeoJSON FeatureCollection (feature id = kode; properties kode, nama, value, rawValue, classIndex, suppressed); geometry null where no boundary is loaded.',
      args: {
        precision: t.arg.int({ description: 'Decimal digits of coordinates, 0–15 (default 6).' }),
        simplifyMeters: t.arg.float({
          description: 'Simplification tolerance in metres (0 = none, at most 10,000).',
        }),
      },
      resolve: (c, args, ctx) => choroplethFeatures(ctx, c, args),
    }),
  }),
});

export const AreaShareObject = builder.objectRef<AreaShareShape>('AreaShare').implement({
  description: 'A desa under a drawn area.',
  extensions: reads(),
  fields: (t) => ({
    kode: t.exposeID('kode'),
    share: t.exposeFloat('share', {
      description: "Fraction (0–1) of the desa's area inside the drawn geometry.",
    }),
    overlapKm2: t.exposeFloat('overlapKm2', {
      description: "share × the desa's geodesic area, km².",
    }),
    numerator: t.exposeFloat('numerator', {
      nullable: true,
      description: 'share × numerator; null without data (or suppressed for this viewer).',
    }),
    denominator: t.exposeFloat('denominator', {
      nullable: true,
      description: 'share × denominator.',
    }),
    value: t.exposeFloat('value', { nullable: true, description: "The desa's own rate, percent." }),
  }),
});

export const AreaStatsObject = builder.objectRef<AreaStatsShape>('AreaStats').implement({
  extensions: reads(),
  description:
    'An indicator over a drawn area, apportioned from the desa it overlaps by area share (counts assumed evenly spread within a desa).',
  fields: (t) => ({
    numerator: t.exposeFloat('numerator', {
      nullable: true,
      description: 'Σ share × numerator over the desa with data; null when none has data.',
    }),
    denominator: t.exposeFloat('denominator', {
      nullable: true,
      description: 'Σ share × denominator over the desa with data.',
    }),
    value: t.exposeFloat('value', {
      nullable: true,
      description: 'Percent, weighted as `weighting` says (see AreaWeighting).',
    }),
    ciLow: t.exposeFloat('ciLow', {
      nullable: true,
      description:
        '95% Wilson score interval on rounded apportioned counts: n = round(denominator), x = round(value/100 × n).',
    }),
    ciHigh: t.exposeFloat('ciHigh', { nullable: true, description: 'See ciLow.' }),
    areaKm2: t.exposeFloat('areaKm2', {
      description: 'Geodesic area of the drawn geometry (WGS 84 ellipsoid), km².',
    }),
    coveredAreaKm2: t.exposeFloat('coveredAreaKm2', {
      description: 'Part of the drawn area covered by loaded desa boundaries, km² (Σ overlapKm2).',
    }),
    dataShare: t.exposeFloat('dataShare', {
      description: 'Fraction (0–1) of the drawn area covered by desa with data for this viewer.',
    }),
    regions: t.field({
      type: [AreaShareObject],
      description: 'Every desa overlapping the drawn area (by positive area), ordered by kode.',
      resolve: (s) => s.regions,
    }),
  }),
});

export interface RegionDistanceShape {
  kode: string;
  meters: number;
}

export const RegionDistanceObject = builder
  .objectRef<RegionDistanceShape>('RegionDistance')
  .implement({
    description: 'A region and its distance from a point.',
    extensions: reads('regions'),
    fields: (t) => ({
      kode: t.exposeID('kode'),
      distanceMeters: t.exposeFloat('meters', {
        description:
          'Geodesic distance from the point to the boundary on the WGS 84 ellipsoid (PostGIS geography), metres; 0 inside.',
      }),
      region: t.prismaField({
        type: RegionInterface,
        resolve: async (query, d, _args, ctx) => {
          const region = await analyticsLoaders(ctx).regions(query).load(d.kode);
          if (region === null) throw new Error(`region ${d.kode} vanished`);
          return region;
        },
      }),
    }),
  });
