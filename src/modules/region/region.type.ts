import { builder } from '../../builder.ts';
import { db } from '../../db/client.ts';
import { assertPeriod, badUserInput, pageCost, pageSizeLimit } from '../../errors.ts';
import { DesaJenis, RegionLevel } from '../../generated/prisma/enums.ts';
import { regionNeighborsField } from '../analytics/analytics.neighbors.ts';
import { servedValue, servedValues } from '../indicator/indicator.served.ts';
import { IndicatorValueObject } from '../indicator/indicator.type.ts';
import { PriorityVillageObject, priorityOfDesa } from '../program/program.lokus.type.ts';

export const RegionLevelEnum = builder.enumType(RegionLevel, {
  name: 'RegionLevel',
  description:
    'Level in the Kemendagri hierarchy: provinsi › kabupaten/kota › kecamatan › desa/kelurahan.',
});

export const DesaJenisEnum = builder.enumType(DesaJenis, {
  name: 'DesaJenis',
  description:
    'DESA (village code 2xxx: elected head, village fund) or KELURAHAN (1xxx: urban ward).',
});

const levelTypeName = {
  PROVINSI: 'Provinsi',
  KABUPATEN: 'Kabupaten',
  KECAMATAN: 'Kecamatan',
  DESA: 'Desa',
} as const;

export const RegionInterface = builder.prismaInterface('Region', {
  name: 'Region',
  description: 'An administrative region keyed by its Kemendagri code.',
  resolveType: (region) => levelTypeName[region.level],
  fields: (t) => ({
    kode: t.exposeID('kode', { description: 'Kemendagri code with dots, e.g. "32.16.01.2001".' }),
    nama: t.exposeString('nama'),
    level: t.expose('level', { type: RegionLevelEnum }),
    source: t.exposeString('source', { description: 'Where the name and code come from.' }),
    parent: t.relation('parent', { nullable: true }),
    areaKm2: t.exposeFloat('areaKm2', {
      nullable: true,
      description:
        'Geodesic area on the WGS 84 ellipsoid in km², computed by PostGIS; null when no boundary is loaded.',
    }),
    centroid: t.field({
      type: 'GeoJSON',
      nullable: true,
      description:
        'A GeoJSON Point guaranteed to lie inside the polygon (ST_PointOnSurface), for labels and markers.',
      resolve: async (region, _args, ctx) =>
        (await ctx.loaders.geometryInfo.load(region))?.centroid ?? null,
    }),
    bbox: t.floatList({
      nullable: true,
      description: 'Bounding box [west, south, east, north] in degrees.',
      resolve: async (region, _args, ctx) =>
        (await ctx.loaders.geometryInfo.load(region))?.bbox ?? null,
    }),
    geometry: t.field({
      type: 'GeoJSON',
      nullable: true,
      description:
        'Boundary as a GeoJSON MultiPolygon (RFC 7946, [longitude, latitude]); null when none is loaded.',
      args: {
        simplifyMeters: t.arg.float({
          description: 'Simplification tolerance in metres (0 = none, at most 10,000).',
        }),
        precision: t.arg.int({ description: 'Decimal digits of coordinates, 0–15 (default 6).' }),
      },
      resolve: (region, args, ctx) => {
        const simplifyMeters = args.simplifyMeters ?? 0;
        const precision = args.precision ?? 6;
        if (!Number.isFinite(simplifyMeters) || simplifyMeters < 0 || simplifyMeters > 10_000) {
          throw badUserInput('simplifyMeters', simplifyMeters, 'simplifyMeters must be 0–10000');
        }
        if (precision < 0 || precision > 15) {
          throw badUserInput('precision', precision, 'precision must be 0–15');
        }
        return ctx.loaders.geometry.load({
          kode: region.kode,
          geomVersion: region.geomVersion,
          simplifyMeters,
          precision,
        });
      },
    }),
    geometrySource: t.exposeString('geomSource', {
      nullable: true,
      description: 'Where the boundary comes from (the demo data is marked synthetic).',
    }),
    indicator: t.field({
      type: IndicatorValueObject,
      nullable: true,
      description:
        'The value of an indicator for a period. Without `source`, the source with the widest coverage is chosen; null when there is no value.',
      args: {
        code: t.arg.string({ required: true, description: 'Indicator code, e.g. "STUNTING".' }),
        period: t.arg.string({ required: true, description: '"2022" or "2022-08".' }),
        source: t.arg.string({ description: 'Only this source.' }),
      },
      resolve: (region, args, ctx) => {
        assertPeriod('period', args.period);
        return servedValue(ctx, { kode: region.kode, ...args });
      },
    }),
    indicatorValues: t.field({
      type: [IndicatorValueObject],
      description:
        'The values of an indicator for a period from every source, best coverage first.',
      args: {
        code: t.arg.string({ required: true }),
        period: t.arg.string({ required: true }),
      },
      resolve: (region, args, ctx) => {
        assertPeriod('period', args.period);
        return servedValues(ctx, { kode: region.kode, ...args });
      },
    }),
  }),
});

/** One page of regions; shared by `Query.regions` and `Region.children`. */
export const RegionConnection = builder.connectionObject({
  type: RegionInterface,
  name: 'RegionConnection',
  description: 'A page of regions ordered by kode.',
  fields: (t) => ({
    totalCount: t.int({
      description: 'Number of all matching regions, not just this page.',
      resolve: async (connection) => {
        const { totalCount, edges, pageInfo } = connection as {
          totalCount?: number | (() => number | Promise<number>);
          edges?: unknown[];
          pageInfo?: { hasNextPage: boolean; hasPreviousPage: boolean };
        };
        // A page with nothing before or after it holds every match: no count statement.
        if (edges && pageInfo && !pageInfo.hasNextPage && !pageInfo.hasPreviousPage) {
          return edges.length;
        }
        const count = typeof totalCount === 'function' ? await totalCount() : totalCount;
        if (count === undefined) throw new Error('totalCount was not loaded');
        return count;
      },
    }),
  }),
});

// Added after the connection type exists, because that type is built from RegionInterface.
// A prismaConnection, not a relatedConnection: the latter is loaded with the parent from the
// query text, before src/auth/cursor.ts can open the sealed `after`/`before` cursors.
builder.prismaInterfaceField(RegionInterface, 'children', (t) =>
  t.prismaConnection(
    {
      type: RegionInterface,
      cursor: 'kode',
      maxSize: pageSizeLimit,
      complexity: (args) => ({ field: 1, multiplier: pageCost(args) }),
      description: 'Regions one level down, ordered by kode. `first` may be up to 500.',
      totalCount: (region) => db.region.count({ where: { parentKode: region.kode } }),
      resolve: (query, region) =>
        db.region.findMany({
          ...query,
          where: { parentKode: region.kode },
          orderBy: { kode: 'asc' },
        }),
    },
    RegionConnection,
  ),
);

builder.prismaInterfaceField(RegionInterface, 'neighbors', regionNeighborsField(RegionInterface));

export const ProvinsiObject = builder.prismaObject('Region', {
  variant: 'Provinsi',
  interfaces: [RegionInterface],
  description: 'A province (provinsi), kode "NN".',
});

export const KabupatenObject = builder.prismaObject('Region', {
  variant: 'Kabupaten',
  interfaces: [RegionInterface],
  description: 'A regency (kabupaten, codes NN.01–69) or city (kota, NN.71–99), kode "NN.NN".',
  fields: (t) => ({
    isKota: t.boolean({
      description: 'True for a kota (city, code 71–99), false for a kabupaten.',
      resolve: (region) => Number(region.kode.slice(3, 5)) >= 71,
    }),
  }),
});

export const KecamatanObject = builder.prismaObject('Region', {
  variant: 'Kecamatan',
  interfaces: [RegionInterface],
  description: 'A district (kecamatan), kode "NN.NN.NN".',
});

export const DesaObject = builder.prismaObject('Region', {
  variant: 'Desa',
  interfaces: [RegionInterface],
  description: 'A village (desa) or urban ward (kelurahan), kode "NN.NN.NN.NNNN".',
  fields: (t) => ({
    jenis: t.field({
      type: DesaJenisEnum,
      resolve: (region) => {
        if (region.jenis === null) throw new Error(`desa ${region.kode} has no jenis`);
        return region.jenis;
      },
    }),
    priority: t.prismaField({
      type: PriorityVillageObject,
      nullable: true,
      description: 'This desa as a priority village (lokus) of `year`; null when it was not one.',
      args: { year: t.arg.int({ required: true }) },
      resolve: (query, desa, args) => priorityOfDesa(query, desa.kode, args.year),
    }),
    priorityHistory: t.relation('priorityYears', {
      description: 'Every year this desa was a priority village (lokus), oldest first.',
      query: { orderBy: { year: 'asc' } },
    }),
  }),
});
