/** Web Mercator tile arithmetic (XYZ scheme, y down from the north), pure. */

/** Tile extent in MVT units, and the buffer around it, as both encoders use them. */
export const tileExtent = 4096;
export const tileBuffer = 64;
/** Deepest zoom a tile is cut at; MapLibre over-zooms beyond the TileJSON maxzoom. */
export const maxTileZoom = 22;

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** Whether z/x/y name an existing tile: integers, 0 ≤ z ≤ maxTileZoom, 0 ≤ x, y < 2^z. */
export function isTileAddress({ z, x, y }: TileAddress): boolean {
  if (![z, x, y].every(Number.isInteger)) return false;
  if (z < 0 || z > maxTileZoom) return false;
  const size = 2 ** z;
  return x >= 0 && x < size && y >= 0 && y < size;
}

/**
 * [west, south, east, north] in degrees of a tile grown by `buffer` units of `extent` on every
 * side (clamped to the Mercator square). Mercator is separable, so the buffered square is a
 * lon/lat rectangle.
 */
export function tileBounds(
  { z, x, y }: TileAddress,
  buffer = 0,
  extent = tileExtent,
): [number, number, number, number] {
  const size = 2 ** z;
  const grow = buffer / extent;
  const west = Math.max(0, x - grow);
  const east = Math.min(size, x + 1 + grow);
  const north = Math.max(0, y - grow);
  const south = Math.min(size, y + 1 + grow);
  return [lonOf(west, size), latOf(south, size), lonOf(east, size), latOf(north, size)];
}

/**
 * Simplification tolerance for zoom z in degrees: a fraction of one tile unit, so nothing a
 * screen could show is lost.
 */
export function toleranceDegrees(z: number, units = 0.5, extent = tileExtent): number {
  return (units * 360) / (2 ** z * extent);
}

/** Decimal digits that keep coordinates finer than a tenth of a tile unit at zoom z (6–10). */
export function coordinatePrecision(z: number, extent = tileExtent): number {
  const unit = 360 / (2 ** z * extent);
  return Math.min(10, Math.max(6, Math.ceil(-Math.log10(unit / 10))));
}

/** The tile containing a point at zoom z. */
export function tileOf(longitude: number, latitude: number, z: number): TileAddress {
  const size = 2 ** z;
  const x = Math.floor(((longitude + 180) / 360) * size);
  const phi = (latitude * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * size);
  return { z, x: Math.min(size - 1, Math.max(0, x)), y: Math.min(size - 1, Math.max(0, y)) };
}

/** Stable numeric feature id of a region: the digits of its kode ("32.16.01.2001" → 3216012001). */
export function featureId(kode: string): number {
  return Number(kode.replace(/\D/g, ''));
}

/** @private */
function lonOf(x: number, size: number): number {
  return (x / size) * 360 - 180;
}

/** @private */
function latOf(y: number, size: number): number {
  const n = Math.PI - (2 * Math.PI * y) / size;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}
