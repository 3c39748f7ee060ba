import type { Context } from '../../context.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { regionValues } from '../analytics/analytics.values.ts';
import { featureValues } from '../tiles/tiles.properties.ts';
import type { Envelope } from './ogc.envelope.ts';
import { type FeatureFilter, featurePage, levelExtents } from './ogc.sql.ts';

/** The feature collections of the OGC API, one per level, named like the tile layers. */
export const ogcCollectionIds = ['kabupaten', 'kecamatan', 'desa'] as const;
export type OgcCollectionId = (typeof ogcCollectionIds)[number];

/** A property a client may filter on with `name=value` (equality). */
export interface Queryable {
  name: 'parentKode' | 'kabupatenKode' | 'jenis';
  title: string;
  description: string;
  /** Allowed values, when there are few. */
  enum?: readonly string[];
  pattern?: string;
}

export interface OgcCollection {
  id: OgcCollectionId;
  level: RegionLevel;
  title: string;
  description: string;
  queryables: readonly Queryable[];
}

const parentQueryable = (parent: string, example: string, pattern: string): Queryable => ({
  name: 'parentKode',
  title: `Kode of the ${parent}`,
  description: `The ${parent} the region belongs to, e.g. "${example}" (equality).`,
  pattern,
});

const kabupatenQueryable: Queryable = {
  name: 'kabupatenKode',
  title: 'Kode of the kabupaten/kota',
  description: 'The kabupaten/kota the region lies in, e.g. "32.16" (equality).',
  pattern: '^\\d{2}\\.\\d{2}$',
};

export const ogcCollections: Record<OgcCollectionId, OgcCollection> = {
  kabupaten: {
    id: 'kabupaten',
    level: 'KABUPATEN',
    title: 'Kabupaten/kota',
    description: 'Kabupaten and kota (Kemendagri level 2) with their boundaries.',
    queryables: [parentQueryable('provinsi', '32', '^\\d{2}$')],
  },
  kecamatan: {
    id: 'kecamatan',
    level: 'KECAMATAN',
    title: 'Kecamatan',
    description: 'Kecamatan (Kemendagri level 3) with their boundaries.',
    queryables: [
      parentQueryable('kabupaten/kota', '32.16', '^\\d{2}\\.\\d{2}$'),
      kabupatenQueryable,
    ],
  },
  desa: {
    id: 'desa',
    level: 'DESA',
    title: 'Desa/kelurahan',
    description: 'Desa and kelurahan (Kemendagri level 4) with their boundaries.',
    queryables: [
      parentQueryable('kecamatan', '32.16.01', '^\\d{2}\\.\\d{2}\\.\\d{2}$'),
      kabupatenQueryable,
      {
        name: 'jenis',
        title: 'Desa or kelurahan',
        description: 'DESA or KELURAHAN (equality).',
        enum: ['DESA', 'KELURAHAN'],
      },
    ],
  },
};

/** An indicator for one period, with the data version its values are cached under. */
export interface IndicatorSelection {
  indicator: string;
  period: string;
  /** The data version (see dataVersion in the tiles module). */
  version: string;
}

/** A region as an OGC API feature: `id` is the kode; geometry is GeoJSON text from PostGIS. */
export interface OgcFeature {
  id: string;
  geojson: string | null;
  properties: Record<string, string | number | boolean | null>;
}

/**
 * A page of a collection's features and how many match, with the indicator's value for each as
 * the context's viewer may see it (the suppression and classes of the tiles and GeoJSON: value in
 * percent with 2 decimals, class among 5 quantile classes within the region's kabupaten, or
 * province for kabupaten) and its numerator and denominator (null when suppressed or missing).
 */
export async function ogcFeatures(
  ctx: Context,
  args: {
    collection: OgcCollection;
    filter: Omit<FeatureFilter, 'level'>;
    limit: number;
    offset: number;
    precision: number;
    values: IndicatorSelection | null;
  },
): Promise<{ matched: number; features: OgcFeature[] }> {
  const { level } = args.collection;
  const page = await featurePage(
    { ...args.filter, level },
    { limit: args.limit, offset: args.offset, precision: args.precision },
  );
  const kodes = page.rows.map((row) => row.kode);
  const selection = args.values;
  // One after the other: the counts then come from the request's loaders, which the choropleth
  // behind featureValues has filled (unless its cache answered), not from statements of their own.
  const shown =
    selection && kodes.length > 0
      ? await featureValues(ctx, { level, parentKode: null, kodes, ...selection })
      : null;
  const counts =
    selection && kodes.length > 0
      ? await regionValues(ctx, kodes, selection.indicator, selection.period)
      : null;
  const features = page.rows.map((row, i): OgcFeature => {
    const properties: OgcFeature['properties'] = {
      kode: row.kode,
      nama: row.nama,
      level,
      parentKode: row.parentKode,
    };
    if (level === 'DESA') {
      properties.kabupatenKode = row.kode.slice(0, 5);
      properties.jenis = row.jenis;
    } else if (level === 'KECAMATAN') {
      properties.kabupatenKode = row.kode.slice(0, 5);
    }
    properties.areaKm2 = row.areaKm2 === null ? null : Math.round(row.areaKm2 * 1e4) / 1e4;
    if (selection) {
      const value = shown?.get(row.kode);
      const count = counts?.[i];
      properties.indicator = selection.indicator;
      properties.period = selection.period;
      properties.value = value?.value ?? null;
      properties.numerator = count?.numerator ?? null;
      properties.denominator = count?.denominator ?? null;
      properties.suppressed = value?.suppressed ?? false;
      properties.class = value?.class ?? null;
    }
    return { id: row.kode, geojson: row.geojson, properties };
  });
  return { matched: page.matched, features };
}

/** The bounding box of each collection's loaded boundaries (CRS84); absent: none loaded. */
export async function ogcExtents(): Promise<Map<OgcCollectionId, Envelope>> {
  const extents = await levelExtents(ogcCollectionIds.map((id) => ogcCollections[id].level));
  const result = new Map<OgcCollectionId, Envelope>();
  for (const id of ogcCollectionIds) {
    const extent = extents.get(ogcCollections[id].level);
    if (extent) result.set(id, extent);
  }
  return result;
}
