import type { Envelope } from '../modules/ogc/ogc.envelope.ts';
import type { OgcCollection } from '../modules/ogc/ogc.features.ts';
import { ogcLimit } from './ogc.openapi.ts';
import { badParameter } from './respond.ts';

// The query parameters of /ogc/collections/{id}/items, checked: a bad value is a 400 naming it.

/** The equality filters of a collection's queryables in the query string, checked (400). */
export function filterParameters(url: URL, collection: OgcCollection): Record<string, string> {
  const filter: Record<string, string> = {};
  for (const queryable of collection.queryables) {
    const value = url.searchParams.get(queryable.name);
    if (value === null) continue;
    const allowed = queryable.enum
      ? queryable.enum.includes(value)
      : new RegExp(queryable.pattern ?? '').test(value);
    if (!allowed) {
      throw badParameter(
        queryable.name,
        value,
        `${queryable.name} must be ${queryable.enum ? `one of ${queryable.enum.join(', ')}` : `a kode matching ${queryable.pattern}`}`,
      );
    }
    filter[queryable.name] = value;
  }
  return filter;
}

/** A non-negative integer parameter ≥ `min`; `limit` above the maximum is served as it. */
export function integerParameter(url: URL, name: string, fallback: number, min: number): number {
  const text = url.searchParams.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < min) {
    throw badParameter(name, text, `${name} must be an integer ≥ ${min}`);
  }
  return name === 'limit' ? Math.min(value, ogcLimit.max) : value;
}

/**
 * `bbox=minx,miny,maxx,maxy` (or six numbers with heights, which are ignored) in CRS84;
 * a box with minx > maxx crosses the antimeridian and becomes two.
 */
export function bboxParameter(url: URL): Envelope[] | null {
  const text = url.searchParams.get('bbox');
  if (text === null) return null;
  const parts = text.split(',');
  const numbers = parts.map((part) => (part.trim() === '' ? Number.NaN : Number(part)));
  if ((parts.length !== 4 && parts.length !== 6) || numbers.some((n) => !Number.isFinite(n))) {
    throw badParameter(
      'bbox',
      text,
      'bbox must be four numbers minLon,minLat,maxLon,maxLat (CRS84, degrees), comma-separated',
    );
  }
  const [w, s, e, n] =
    parts.length === 4
      ? numbers
      : [numbers[0], numbers[1], numbers[3], numbers[4]].map((v) => v ?? Number.NaN);
  const west = w ?? 0;
  const south = s ?? 0;
  const east = e ?? 0;
  const north = n ?? 0;
  if (
    [west, east].some((x) => x < -180 || x > 180) ||
    [south, north].some((y) => y < -90 || y > 90)
  ) {
    throw badParameter(
      'bbox',
      text,
      'bbox longitudes must lie in [-180, 180], latitudes in [-90, 90]',
    );
  }
  if (south > north) {
    throw badParameter('bbox', text, 'bbox minimum latitude is above its maximum latitude');
  }
  if (west > east) {
    return [
      [west, south, 180, north],
      [-180, south, east, north],
    ];
  }
  return [[west, south, east, north]];
}

const instant = String.raw`\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?`;
const datetimePattern = new RegExp(`^(${instant}|(${instant}|\\.\\.|)/(${instant}|\\.\\.|))$`, 'i');

/** `datetime` (RFC 3339 instant or interval) is checked; boundaries carry no time. */
export function datetimeParameter(url: URL): void {
  const text = url.searchParams.get('datetime');
  if (text === null) return;
  if (!datetimePattern.test(text) || text === '/' || text === '../..') {
    throw badParameter(
      'datetime',
      text,
      'datetime must be an RFC 3339 date-time or date, or an interval start/end with .. for open',
    );
  }
}
