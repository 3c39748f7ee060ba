import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer.ts';
import { createContext } from '../context.ts';
import { featureId } from '../modules/tiles/tiles.math.ts';
import { type FeatureValue, featureValues } from '../modules/tiles/tiles.properties.ts';
import { layerLevel } from '../modules/tiles/tiles.render.ts';
import { layerShapes } from '../modules/tiles/tiles.scope.ts';
import { RawJson, stringifyResponse } from '../scalars/rawJson.ts';
import { assertReadMethod, badParameter, HttpError, matchesEtag, sendBody } from './respond.ts';
import { cachingHeaders, parseLayer, parseLayerQuery, versioned } from './tilesParams.ts';

/** Most features in one collection; narrow with parentKode beyond it. */
export const maxFeatures = 5000;

const metresPerDegree = 111_320;

/**
 * GET /geojson/{level}?parentKode=&precision=&simplifyMeters=&indicator=&period= — the
 * boundaries of a level (kabupaten, kecamatan, desa) as an RFC 7946 FeatureCollection: numeric
 * feature id from the kode digits, properties kode and nama and, with an indicator, value,
 * suppressed and class exactly as the tiles carry them. `precision` 0–15 digits (default 6),
 * `simplifyMeters` 0–10,000 (default 0). Same ETag and caching rules as the tiles.
 */
export async function serveGeoJSON(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
): Promise<void> {
  assertReadMethod(req);
  const match = /^\/geojson\/([^/]+?)(\.geojson|\.json)?$/.exec(url.pathname);
  if (!match) {
    throw new HttpError(404, 'NOT_FOUND', `no route ${url.pathname}; use /geojson/{level}`);
  }
  const layer = parseLayer(decodeURIComponent(match[1] ?? ''));
  const precision = numberParameter(url, 'precision', 6, 0, 15, true);
  const simplifyMeters = numberParameter(url, 'simplifyMeters', 0, 0, 10_000, false);
  const query = await parseLayerQuery(layer, url);
  const { version, etag } = await versioned(query, viewer, 'geojson', [precision, simplifyMeters]);
  const headers = cachingHeaders(req, query, etag);
  if (matchesEtag(req, etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const scope = { level: layerLevel[layer], parentKode: query.parentKode };
  const shapes = await layerShapes(
    query,
    simplifyMeters / metresPerDegree,
    precision,
    maxFeatures + 1,
  );
  if (shapes.length > maxFeatures) {
    throw new HttpError(
      400,
      'BAD_USER_INPUT',
      `more than ${maxFeatures} ${layer} boundaries; narrow the request with parentKode`,
    );
  }
  let values: Map<string, FeatureValue> | null = null;
  if (query.indicator && query.period) {
    values = await featureValues(createContext({ viewer }), {
      ...scope,
      kodes: shapes.map((shape) => shape.kode),
      indicator: query.indicator,
      period: query.period,
      version,
    });
  }
  // Geometry arrives as GeoJSON text from PostGIS and is written as is, not parsed (RawJson).
  const features = shapes.map((shape) => {
    const value = values?.get(shape.kode);
    const properties = values
      ? {
          kode: shape.kode,
          nama: shape.nama,
          value: value?.value ?? null,
          suppressed: value?.suppressed ?? false,
          class: value?.class ?? null,
        }
      : { kode: shape.kode, nama: shape.nama };
    const geometry = new RawJson(shape.geojson);
    return { type: 'Feature', id: featureId(shape.kode), properties, geometry };
  });
  const body = stringifyResponse({ type: 'FeatureCollection', features }).trimEnd();
  sendBody(req, res, 200, body, {
    ...headers,
    'content-type': 'application/geo+json; charset=utf-8',
  });
}

/** @private An optional numeric query parameter within [min, max], or 400. */
function numberParameter(
  url: URL,
  name: string,
  fallback: number,
  min: number,
  max: number,
  integer: boolean,
): number {
  const text = url.searchParams.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw badParameter(
      name,
      text,
      `${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
    );
  }
  return value;
}
