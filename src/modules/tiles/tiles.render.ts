import type { Geometry } from 'geojson';
import type { Context } from '../../context.ts';
import { connection } from '../../db/client.ts';
import { type DataVersion, dataVersion } from '../../db/freshness.ts';
import type { RegionLevel } from '../../generated/prisma/enums.ts';
import { encodeTile, type TileFeature } from './tiles.encode.ts';
import {
  coordinatePrecision,
  featureId,
  type TileAddress,
  tileBounds,
  tileBuffer,
  toleranceDegrees,
} from './tiles.math.ts';
import { featureValues } from './tiles.properties.ts';
import {
  mvtTile,
  type RegionScope,
  regionKodesIn,
  regionShapesIn,
  type TileProperties,
} from './tiles.sql.ts';

/** The tile layers, named after the level they show. */
export const tileLayers = ['kabupaten', 'kecamatan', 'desa'] as const;
export type TileLayer = (typeof tileLayers)[number];

export const layerLevel: Record<TileLayer, RegionLevel> = {
  kabupaten: 'KABUPATEN',
  kecamatan: 'KECAMATAN',
  desa: 'DESA',
};

/** Which encoder cuts a tile: PostGIS (ST_AsMVT) or geojson-vt + vt-pbf in this process. */
export type TileEncoder = 'postgis' | 'in-process';

/** What a layer shows: its regions, and optionally one indicator for one period. */
export interface LayerQuery {
  layer: TileLayer;
  parentKode: string | null;
  /** Both or neither. */
  indicator: string | null;
  period: string | null;
}

/** The encoder this database allows: ST_AsMVT on PostgreSQL, in process on the embedded one. */
export function defaultEncoder(): TileEncoder {
  return connection().capabilities.mvt ? 'postgis' : 'in-process';
}

/** The data version of a layer query (see dataVersion); values come from the desa up. */
export function layerVersion(query: LayerQuery): Promise<DataVersion> {
  const level = layerLevel[query.layer];
  const levels: RegionLevel[] = query.indicator && level !== 'DESA' ? [level, 'DESA'] : [level];
  return dataVersion({
    levels,
    parentKode: query.parentKode,
    indicator: query.indicator,
    period: query.indicator ? query.period : null,
  });
}

/**
 * One vector tile of a layer: the regions whose boundary meets the buffered tile, simplified for
 * the zoom, with properties kode and nama and, for an indicator, value (percent, 2 decimals),
 * suppressed and class (quantile class within the region's kabupaten, or within `parentKode`),
 * as the context's viewer may see them. Both encoders give the same layer, ids and properties.
 */
export async function renderTile(
  ctx: Context,
  query: LayerQuery,
  tile: TileAddress,
  version: string,
  encoder: TileEncoder = defaultEncoder(),
): Promise<Uint8Array> {
  const scope: RegionScope = { level: layerLevel[query.layer], parentKode: query.parentKode };
  const bounds = tileBounds(tile, tileBuffer);
  const tolerance = toleranceDegrees(tile.z);
  if (encoder === 'postgis') {
    let properties: TileProperties | null = null;
    if (query.indicator && query.period) {
      const kodes = await regionKodesIn(scope, bounds);
      if (kodes.length === 0) return new Uint8Array();
      const values = await featureValues(ctx, {
        ...scope,
        kodes,
        indicator: query.indicator,
        period: query.period,
        version,
      });
      properties = { kodes, values: [], suppressed: [], classes: [] };
      for (const kode of kodes) {
        const v = values.get(kode);
        properties.values.push(v?.value ?? null);
        properties.suppressed.push(v?.suppressed ?? false);
        properties.classes.push(v?.class ?? null);
      }
    }
    return mvtTile(scope, tile, query.layer, bounds, tolerance, properties);
  }
  const shapes = await regionShapesIn(
    scope,
    bounds,
    tileBounds(tile, 2 * tileBuffer),
    tolerance,
    coordinatePrecision(tile.z),
  );
  if (shapes.length === 0) return new Uint8Array();
  const values =
    query.indicator && query.period
      ? await featureValues(ctx, {
          ...scope,
          kodes: shapes.map((s) => s.kode),
          indicator: query.indicator,
          period: query.period,
          version,
        })
      : null;
  const features = shapes.map((shape): TileFeature => {
    const value = values?.get(shape.kode);
    return {
      id: featureId(shape.kode),
      geometry: JSON.parse(shape.geojson) as Geometry,
      properties: values
        ? {
            kode: shape.kode,
            nama: shape.nama,
            value: value?.value ?? null,
            suppressed: value?.suppressed ?? false,
            class: value?.class ?? null,
          }
        : { kode: shape.kode, nama: shape.nama },
    };
  });
  return encodeTile(tile, query.layer, features);
}
