import type { Feature, FeatureCollection, Geometry } from 'geojson';
import geojsonvt from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { type TileAddress, tileBuffer, tileExtent } from './tiles.math.ts';

/** A feature for the in-process encoder: numeric id, geometry in degrees, flat properties. */
export interface TileFeature {
  id: number;
  geometry: Geometry;
  properties: Record<string, string | number | boolean | null>;
}

/**
 * Encodes one Mapbox Vector Tile (spec 2.1) in process with geojson-vt and vt-pbf: the path for
 * a database without ST_AsMVT (the embedded PostGIS has no protobuf). Same contract as the
 * PostGIS path: one layer named `layer`, extent 4096, buffer 64, numeric feature ids, null
 * properties left out. Returns no bytes when no feature reaches the tile.
 *
 * The index is cut down to the requested tile only (indexMaxZoom 0, then drill-down), and with
 * maxZoom = z geojson-vt simplifies nothing further at that zoom: the SQL already simplified.
 */
export function encodeTile(
  tile: TileAddress,
  layer: string,
  features: readonly TileFeature[],
): Uint8Array {
  if (features.length === 0) return new Uint8Array();
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: features.map(
      (f): Feature => ({
        type: 'Feature',
        id: f.id,
        geometry: f.geometry,
        properties: f.properties,
      }),
    ),
  };
  const index = geojsonvt(collection, {
    maxZoom: tile.z,
    indexMaxZoom: 0,
    indexMaxPoints: 0,
    tolerance: 1,
    extent: tileExtent,
    buffer: tileBuffer,
  });
  const cut = index.getTile(tile.z, tile.x, tile.y);
  if (!cut || cut.features.length === 0) return new Uint8Array();
  return fromGeojsonVt({ [layer]: cut }, { version: 2, extent: tileExtent });
}
