import { type LayerQuery, layerLevel } from './tiles.render.ts';
import { type Bounds, scopeBounds, scopeShapes } from './tiles.sql.ts';

/** Where a layer query reaches: its layer and, optionally, the region it stays inside. */
export type LayerScope = Pick<LayerQuery, 'layer' | 'parentKode'>;

/** Bounding box of the boundaries a layer query shows (TileJSON `bounds`), or null without any. */
export function layerBounds(scope: LayerScope): Promise<Bounds | null> {
  return scopeBounds({ level: layerLevel[scope.layer], parentKode: scope.parentKode });
}

/**
 * The boundaries a layer query shows, as GeoJSON text in kode order, at most `limit`: simplified
 * by `toleranceDegrees` (0: as stored), `precision` digits, RFC 7946 ring order.
 */
export function layerShapes(
  scope: LayerScope,
  toleranceDegrees: number,
  precision: number,
  limit: number,
): Promise<{ kode: string; nama: string; geojson: string }[]> {
  return scopeShapes(
    { level: layerLevel[scope.layer], parentKode: scope.parentKode },
    toleranceDegrees,
    precision,
    limit,
  );
}
