import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer.ts';
import { createContext } from '../context.ts';
import { LruCache } from '../lru.ts';
import { isTileAddress, maxTileZoom, type TileAddress } from '../modules/tiles/tiles.math.ts';
import { featureClassing } from '../modules/tiles/tiles.properties.ts';
import {
  defaultEncoder,
  type LayerQuery,
  renderTile,
  type TileLayer,
} from '../modules/tiles/tiles.render.ts';
import { layerBounds } from '../modules/tiles/tiles.scope.ts';
import { type Encoded, encodedBytes, encodeTile } from './compress.ts';
import {
  assertReadMethod,
  badParameter,
  HttpError,
  matchesEtag,
  sendBody,
  sendJson,
} from './respond.ts';
import {
  cachingHeaders,
  layerSearch,
  originOf,
  parseLayer,
  parseLayerQuery,
  versioned,
} from './tilesParams.ts';

/** Zoom range TileJSON announces; clients over-zoom past maxzoom, tiles exist up to z22. */
export const tileJsonZoom = { minzoom: 0, maxzoom: 16 } as const;

const tilePath = /^\/tiles\/([^/]+)\/([^/]+)\/([^/]+)\/([^/]+?)\.(mvt|pbf)$/;
const tileJsonPath = /^\/tiles\/([^/]+)\.json$/;

/**
 * Rendered tiles by ETag (which carries the data version), each with its gzip and brotli twins
 * made once as it enters: at most 64 MB of all three.
 */
const rendered = new LruCache<Encoded>(10_000, 64 * 1024 * 1024, encodedBytes, 'tiles');

/**
 * GET /tiles/{layer}/{z}/{x}/{y}.mvt and GET /tiles/{layer}.json (TileJSON 3.0.0). Layers:
 * kabupaten, kecamatan, desa; `?indicator=&period=` adds value, suppressed and class;
 * `?parentKode=` keeps the regions inside one region. ETag from the data version; 304 for a
 * matching If-None-Match; 204 for a tile without features; 400 with a code for a bad layer,
 * address or parameter.
 */
export async function serveTiles(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
): Promise<void> {
  assertReadMethod(req);
  const json = tileJsonPath.exec(url.pathname);
  if (json) return tileJson(req, res, url, viewer, parseLayer(decodeURIComponent(json[1] ?? '')));
  const match = tilePath.exec(url.pathname);
  if (!match) {
    throw new HttpError(
      400,
      'BAD_USER_INPUT',
      `tile paths are /tiles/{layer}/{z}/{x}/{y}.mvt or /tiles/{layer}.json, got ${JSON.stringify(url.pathname)}`,
    );
  }
  const layer = parseLayer(decodeURIComponent(match[1] ?? ''));
  const tile = parseTile(match[2] ?? '', match[3] ?? '', match[4] ?? '');
  const query = await parseLayerQuery(layer, url);
  const { version, etag } = await versioned(query, viewer, 'tile', [tile.z, tile.x, tile.y]);
  const headers = cachingHeaders(req, query, etag);
  if (matchesEtag(req, etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  let encoded = rendered.get(etag);
  if (!encoded) {
    encoded = encodeTile(await renderTile(createContext({ viewer }), query, tile, version));
    rendered.set(etag, encoded);
  }
  if (encoded.identity.byteLength === 0) {
    res.writeHead(204, headers).end();
    return;
  }
  sendBody(
    req,
    res,
    200,
    encoded.identity,
    {
      ...headers,
      'content-type': 'application/vnd.mapbox-vector-tile',
      'x-tile-encoder': defaultEncoder(),
    },
    encoded,
  );
}

/** @private z/x/y as integers of an existing tile, or 400 naming the bad one. */
function parseTile(z: string, x: string, y: string): TileAddress {
  const numbers = [z, x, y].map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : Number.NaN));
  const tile = {
    z: numbers[0] ?? Number.NaN,
    x: numbers[1] ?? Number.NaN,
    y: numbers[2] ?? Number.NaN,
  };
  if (!isTileAddress(tile)) {
    throw badParameter(
      'z/x/y',
      `${z}/${x}/${y}`,
      `a tile address needs integers 0 ≤ z ≤ ${maxTileZoom} and 0 ≤ x, y < 2^z`,
    );
  }
  return tile;
}

/** @private TileJSON 3.0.0 of a layer, its tile URL keeping the query's parameters. */
async function tileJson(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
  layer: TileLayer,
): Promise<void> {
  const query = await parseLayerQuery(layer, url);
  const { etag } = await versioned(query, viewer, 'tilejson', [originOf(req)]);
  const headers = cachingHeaders(req, query, etag);
  if (matchesEtag(req, etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const bounds = (await layerBounds(query)) ?? [-180, -85.051129, 180, 85.051129];
  sendJson(res, 200, tileJsonDocument(req, query, bounds), headers);
}

/** @private */
function tileJsonDocument(
  req: IncomingMessage,
  query: LayerQuery,
  bounds: [number, number, number, number],
) {
  const [west, south, east, north] = bounds;
  const span = Math.max(east - west, north - south, 1e-6);
  const zoom = Math.max(0, Math.min(tileJsonZoom.maxzoom, Math.floor(Math.log2(360 / span))));
  const fields: Record<string, string> = {
    kode: 'String: Kemendagri code, e.g. "32.16.01.2001"',
    nama: 'String: region name',
  };
  if (query.indicator) {
    fields.value = `Number: ${query.indicator} ${query.period} in percent (2 decimals); absent when missing or suppressed`;
    fields.suppressed = 'Boolean: hidden by small-cell suppression for this viewer';
    fields.class = `Number: 0-based ${featureClassing.method.toLowerCase()} class of ${featureClassing.classes} within the kabupaten (or parentKode); absent without a value`;
  }
  return {
    tilejson: '3.0.0',
    name: `petagizi ${query.layer}`,
    description: `Boundaries of the ${query.layer} level${query.parentKode ? ` inside ${query.parentKode}` : ''}${query.indicator ? ` with ${query.indicator} ${query.period}` : ''}.`,
    version: '1.0.0',
    attribution: 'petagizi; names © idn-area-data (ODbL); boundaries: see geometrySource',
    scheme: 'xyz',
    tiles: [`${originOf(req)}/tiles/${query.layer}/{z}/{x}/{y}.mvt${layerSearch(query)}`],
    minzoom: tileJsonZoom.minzoom,
    maxzoom: tileJsonZoom.maxzoom,
    bounds,
    center: [(west + east) / 2, (south + north) / 2, zoom],
    vector_layers: [
      {
        id: query.layer,
        description: `One feature per ${query.layer}, id = the digits of its kode.`,
        minzoom: tileJsonZoom.minzoom,
        maxzoom: tileJsonZoom.maxzoom,
        fields,
      },
    ],
  };
}
