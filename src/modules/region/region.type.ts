import { geometryOutput } from '../../args/geometry.ts';
import { pageCost, pageSizeLimit } from '../../args/page.ts';
import { builder } from '../../builder.ts';
import { db } from '../../db/client.ts';
import { reads } from '../../db/freshness.ts';
import { DesaJenis, RegionLevel } from '../../generated/prisma/enums.ts';
import { regionLoaders } from './region.loaders.ts';

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
    kode: t.exposeID('kode', {
      extensions: reads('regions'),
      description: 'Kemendagri code with dots, e.g. "32.16.01.2001".',
    }),
    nama: t.exposeString('nama', { extensions: reads('regions') }),
    level: t.expose('level', { type: RegionLevelEnum, extensions: reads('regions') }),
    source: t.exposeString('source', {
      extensions: reads('regions'),
      description: 'Where the name and code come from.',
    }),
    parent: t.relation('parent', { nullable: true, extensions: reads('regions') }),
    areaKm2: t.exposeFloat('areaKm2', {
      extensions: reads('regions'),
      nullable: true,
      description:
        'Geodesic area on the WGS 84 ellipsoid in km², computed by PostGIS; null when no boundary is loaded.',
    }),
    centroid: t.field({
      type: 'GeoJSON',
      nullable: true,
      extensions: reads('regions'),
      description:
        'A GeoJSON Point guaranteed to lie inside the polygon (ST_PointOnSurface), for labels and markers.',
      resolve: async (region, _args, ctx) =>
        (await regionLoaders(ctx).geometryInfo.load(region))?.centroid ?? null,
    }),
    bbox: t.floatList({
      nullable: true,
      extensions: reads('regions'),
      description: 'Bounding box [west, south, east, north] in degrees.',
      resolve: async (region, _args, ctx) =>
        (await regionLoaders(ctx).geometryInfo.load(region))?.bbox ?? null,
    }),
    geometry: t.field({
      type: 'GeoJSON',
      nullable: true,
      extensions: reads('regions'),
      description:
        'Boundary as a GeoJSON MultiPolygon (RFC 7946, [longitude, latitude]); null when none is loaded.',
      args: {
        simplifyMeters: t.arg.float({
          description: 'Simplification tolerance in metres (0 = none, at most 10,000).',
        }),
        precision: t.arg.int({ description: 'Decimal digits of coordinates, 0–15 (default 6).' }),
      },
      resolve: (region, args, ctx) => {
        return regionLoaders(ctx).geometry.load({
          kode: region.kode,
          geomVersion: region.geomVersion,
          ...geometryOutput(args),
        });
      },
    }),
    geometrySource: t.exposeString('geomSource', {
      extensions: reads('regions'),
      nullable: true,
      description: 'Where the boundary comes from (the demo data is marked synthetic).',
    }),
  }),
});

/** One page of regions; shared by `Query.regions` and `Region.children`. */
export const RegionConnection = builder.connectionObject(
  {
    type: RegionInterface,
    name: 'RegionConnection',
    description: 'A page of regions ordered by kode.',
    // Edges, page info and totalCount pass on what Query.regions / Region.children loaded.
    extensions: reads('regions'),
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
  },
  // Each edge passes on its region.
  { extensions: reads('regions') },
);

// Added after the connection type exists, because that type is built from RegionInterface.
// A prismaConnection, not a relatedConnection: the latter is loaded with the parent from the
// query text, before src/auth/cursor.ts can open the sealed `after`/`before` cursors.
builder.prismaInterfaceField(RegionInterface, 'children', (t) =>
  t.prismaConnection(
    {
      type: RegionInterface,
      cursor: 'kode',
      extensions: reads('regions'),
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
      extensions: reads('regions'),
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
      extensions: reads('regions'),
      resolve: (region) => {
        if (region.jenis === null) throw new Error(`desa ${region.kode} has no jenis`);
        return region.jenis;
      },
    }),
  }),
});
