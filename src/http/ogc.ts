import type { IncomingMessage, ServerResponse } from 'node:http';
import { assertPeriod } from '../args/period.ts';
import type { Viewer } from '../auth/viewer.ts';
import { createContext } from '../context.ts';
import type { Envelope } from '../modules/ogc/ogc.envelope.ts';
import {
  type OgcCollection,
  type OgcCollectionId,
  type OgcFeature,
  ogcCollectionIds,
  ogcCollections,
  ogcExtents,
  ogcFeatures,
} from '../modules/ogc/ogc.features.ts';
import type { LayerQuery } from '../modules/tiles/tiles.render.ts';
import { RawJson, stringifyResponse } from '../scalars/rawJson.ts';
import { crs84, ogcConformance, ogcLimit, openApiDocument } from './ogc.openapi.ts';
import {
  bboxParameter,
  datetimeParameter,
  filterParameters,
  integerParameter,
} from './ogc.params.ts';
import {
  asHttpInput,
  assertReadMethod,
  badParameter,
  HttpError,
  matchesEtag,
  sendBody,
} from './respond.ts';
import { cachingHeaders, maxAgeSeconds, originOf, versioned } from './tilesParams.ts';

/** Digits of the coordinates in feature geometry (about 0.1 m). */
const precision = 6;

const geoJsonType = 'application/geo+json';
const jsonType = 'application/json';
const openApiType = 'application/vnd.oai.openapi+json;version=3.0';
const schemaType = 'application/schema+json';

/** Parameters that select what every resource shows; links carry them on. */
const selectionParameters = ['f', 'indicator', 'period'];
const itemsParameters = ['limit', 'offset', 'bbox', 'datetime'];

/**
 * OGC API – Features, Part 1 (Core, GeoJSON, OpenAPI 3.0) at /ogc, for QGIS, GDAL/OGR and other
 * GIS clients: the landing page, /api (the OpenAPI 3.0 document), /conformance, /collections
 * (kabupaten, kecamatan, desa), /collections/{id}, /collections/{id}/items (bbox, limit, offset,
 * datetime, equality filters on the queryables, and indicator + period adding the values the
 * viewer may see, as the tiles carry them), /collections/{id}/items/{kode} and
 * /collections/{id}/queryables. Every resource accepts `f=json` and indicator + period; unknown
 * parameters are refused (400), as the standard recommends.
 */
export async function serveOgc(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
): Promise<void> {
  assertReadMethod(req);
  const path = url.pathname.replace(/\/+$/, '');
  const rest = path.slice('/ogc'.length);
  const base = `${originOf(req)}/ogc`;
  if (rest === '') return landingPage(req, res, url, viewer, base);
  if (rest === '/api') {
    await checkRequest(url, [], viewer);
    return sendJsonBody(req, res, openApiDocument(base), openApiType, metadataHeaders());
  }
  if (rest === '/conformance') {
    await checkRequest(url, [], viewer);
    return sendJsonBody(req, res, { conformsTo: ogcConformance }, jsonType, metadataHeaders());
  }
  if (rest === '/collections') return collections(req, res, url, viewer, base);
  const match = /^\/collections\/([^/]+)(\/items(?:\/([^/]+))?|\/queryables)?$/.exec(rest);
  if (!match) {
    throw new HttpError(404, 'NOT_FOUND', `no route ${url.pathname}; start at /ogc`);
  }
  const collection = collectionOf(decodeSegment(match[1] ?? ''));
  const tail = match[2];
  if (tail === undefined) return collectionResource(req, res, url, viewer, base, collection);
  if (tail === '/queryables') return queryables(req, res, url, viewer, base, collection);
  if (match[3] !== undefined) {
    return item(req, res, url, viewer, base, collection, decodeSegment(match[3]));
  }
  return items(req, res, url, viewer, base, collection);
}

/** What indicator and period a request asks for (both or neither), checked. */
interface Selection {
  indicator: string | null;
  period: string | null;
}

/** @private The landing page: links to the API document, conformance and the collections. */
async function landingPage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
  base: string,
): Promise<void> {
  const selection = await checkRequest(url, [], viewer);
  const q = carried(selection);
  sendJsonBody(
    req,
    res,
    {
      title: 'petagizi — OGC API – Features',
      description:
        'Administrative regions of petagizi (kabupaten, kecamatan, desa) with their boundaries ' +
        'and, with indicator and period, the stunting indicators each viewer may see.',
      links: [
        link(`${base}${q}`, 'self', jsonType, 'This document'),
        link(`${base}/api`, 'service-desc', openApiType, 'The API definition (OpenAPI 3.0)'),
        link(`${base}/conformance${q}`, 'conformance', jsonType, 'Conformance classes'),
        link(`${base}/collections${q}`, 'data', jsonType, 'The feature collections'),
      ],
    },
    jsonType,
    metadataHeaders(),
  );
}

/** @private /collections: the three levels, with the extent of their loaded boundaries. */
async function collections(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
  base: string,
): Promise<void> {
  const selection = await checkRequest(url, [], viewer);
  const extents = await ogcExtents();
  sendJsonBody(
    req,
    res,
    {
      links: [link(`${base}/collections${carried(selection)}`, 'self', jsonType, 'Collections')],
      collections: ogcCollectionIds.map((id) =>
        collectionDocument(base, ogcCollections[id], extents.get(id), selection),
      ),
    },
    jsonType,
    metadataHeaders(),
  );
}

/** @private /collections/{id}. */
async function collectionResource(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
  base: string,
  collection: OgcCollection,
): Promise<void> {
  const selection = await checkRequest(url, [], viewer);
  const extents = await ogcExtents();
  sendJsonBody(
    req,
    res,
    collectionDocument(base, collection, extents.get(collection.id), selection),
    jsonType,
    metadataHeaders(),
  );
}

/** @private /collections/{id}/queryables: a JSON Schema of the properties items filters on. */
async function queryables(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
  base: string,
  collection: OgcCollection,
): Promise<void> {
  await checkRequest(url, [], viewer);
  const properties = Object.fromEntries(
    collection.queryables.map((q) => [
      q.name,
      {
        title: q.title,
        description: q.description,
        type: 'string',
        ...(q.enum ? { enum: q.enum } : {}),
        ...(q.pattern ? { pattern: q.pattern } : {}),
      },
    ]),
  );
  sendJsonBody(
    req,
    res,
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${base}/collections/${collection.id}/queryables`,
      type: 'object',
      title: collection.title,
      description: `Properties of ${collection.id} features that /items filters on (name=value).`,
      properties,
      additionalProperties: false,
    },
    schemaType,
    metadataHeaders(),
  );
}

/** @private /collections/{id}/items: one page of features (GeoJSON FeatureCollection). */
async function items(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
  base: string,
  collection: OgcCollection,
): Promise<void> {
  const filterNames = collection.queryables.map((q) => q.name);
  const selection = await checkRequest(url, [...itemsParameters, ...filterNames], null);
  const limit = integerParameter(url, 'limit', ogcLimit.default, 1);
  const offset = integerParameter(url, 'offset', 0, 0);
  const envelopes = bboxParameter(url);
  datetimeParameter(url);
  const filter = filterParameters(url, collection);
  const { version, etag, query } = await versionOf(collection, selection, viewer, [
    'items',
    originOf(req),
    url.search,
    limit,
    offset,
    envelopes,
    filter,
  ]);
  const headers = cachingHeaders(req, query, `W/${etag}`);
  if (matchesEtag(req, etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const page = await ogcFeatures(createContext({ viewer }), {
    collection,
    filter: { ...filter, envelopes },
    limit,
    offset,
    precision,
    values: indicatorSelection(selection, version),
  });
  const pageUrl = (at: number) => {
    const search = new URLSearchParams(url.search);
    search.delete('offset');
    search.set('limit', String(limit));
    if (at > 0) search.set('offset', String(at));
    return `${base}/collections/${collection.id}/items?${search.toString()}`;
  };
  const links = [
    link(
      `${base}${url.pathname.slice('/ogc'.length)}${url.search}`,
      'self',
      geoJsonType,
      'This page',
    ),
    link(
      `${base}/collections/${collection.id}${carried(selection)}`,
      'collection',
      jsonType,
      collection.title,
    ),
  ];
  const returned = page.features.length;
  if (offset + returned < page.matched && returned > 0) {
    links.push(link(pageUrl(offset + returned), 'next', geoJsonType, 'Next page'));
  }
  if (offset > 0) {
    links.push(link(pageUrl(Math.max(0, offset - limit)), 'prev', geoJsonType, 'Previous page'));
  }
  const body = {
    type: 'FeatureCollection',
    timeStamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    numberMatched: page.matched,
    numberReturned: returned,
    features: page.features.map(featureJson),
    links,
  };
  sendBody(req, res, 200, stringifyResponse(body).trimEnd(), {
    ...headers,
    'content-type': `${geoJsonType}; charset=utf-8`,
  });
}

/** @private /collections/{id}/items/{kode}: one feature, or 404. */
async function item(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  viewer: Viewer,
  base: string,
  collection: OgcCollection,
  kode: string,
): Promise<void> {
  const selection = await checkRequest(url, [], null);
  const { version, etag, query } = await versionOf(collection, selection, viewer, [
    'item',
    originOf(req),
    url.search,
    kode,
  ]);
  const headers = cachingHeaders(req, query, `W/${etag}`);
  if (matchesEtag(req, etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const page = await ogcFeatures(createContext({ viewer }), {
    collection,
    filter: { kode },
    limit: 1,
    offset: 0,
    precision,
    values: indicatorSelection(selection, version),
  });
  const feature = page.features[0];
  if (!feature) {
    throw new HttpError(
      404,
      'NOT_FOUND',
      `no feature ${JSON.stringify(kode)} in collection ${collection.id}`,
    );
  }
  const q = carried(selection);
  const body = {
    ...featureJson(feature),
    links: [
      link(
        `${base}/collections/${collection.id}/items/${encodeURIComponent(kode)}${q}`,
        'self',
        geoJsonType,
        feature.properties.nama as string,
      ),
      link(`${base}/collections/${collection.id}${q}`, 'collection', jsonType, collection.title),
    ],
  };
  sendBody(req, res, 200, stringifyResponse(body).trimEnd(), {
    ...headers,
    'content-type': `${geoJsonType}; charset=utf-8`,
  });
}

/** @private A feature as GeoJSON; the geometry text from PostGIS is written as is. */
function featureJson(feature: OgcFeature) {
  return {
    type: 'Feature',
    id: feature.id,
    geometry: feature.geojson === null ? null : new RawJson(feature.geojson),
    properties: feature.properties,
  };
}

/** @private A collection's description, with links that carry indicator and period on. */
function collectionDocument(
  base: string,
  collection: OgcCollection,
  extent: Envelope | undefined,
  selection: Selection,
) {
  const q = carried(selection);
  const at = `${base}/collections/${collection.id}`;
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    itemType: 'feature',
    crs: [crs84],
    ...(extent ? { extent: { spatial: { bbox: [extent], crs: crs84 } } } : {}),
    links: [
      link(`${at}${q}`, 'self', jsonType, collection.title),
      link(`${at}/items${q}`, 'items', geoJsonType, `${collection.title} (GeoJSON)`),
      link(
        `${at}/queryables`,
        'http://www.opengis.net/def/rel/ogc/1.0/queryables',
        schemaType,
        'Queryable properties',
      ),
    ],
  };
}

/** @private */
function link(href: string, rel: string, type: string, title: string) {
  return { href, rel, type, title };
}

/** @private `?indicator=…&period=…` when both are given, else nothing. */
function carried(selection: Selection): string {
  if (!selection.indicator || !selection.period) return '';
  const search = new URLSearchParams({
    indicator: selection.indicator,
    period: selection.period,
  });
  return `?${search.toString()}`;
}

/** @private A path segment, decoded; malformed percent-encoding names nothing here (404). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(404, 'NOT_FOUND', `no resource ${JSON.stringify(segment)} under /ogc`);
  }
}

/** @private */
function collectionOf(id: string): OgcCollection {
  if (!(ogcCollectionIds as readonly string[]).includes(id)) {
    throw new HttpError(
      404,
      'NOT_FOUND',
      `no collection ${JSON.stringify(id)}; collections are ${ogcCollectionIds.join(', ')}`,
    );
  }
  return ogcCollections[id as OgcCollectionId];
}

/**
 * @private Refuses unknown parameters, a parameter given twice with different values and an `f`
 * other than json; checks indicator and period. With a viewer, a named indicator is also looked
 * up (metadata resources; items look it up with their data version).
 */
async function checkRequest(
  url: URL,
  extra: readonly string[],
  viewer: Viewer | null,
): Promise<Selection> {
  const known = new Set([...selectionParameters, ...extra]);
  for (const name of new Set(url.searchParams.keys())) {
    if (!known.has(name)) {
      throw badParameter(
        name,
        url.searchParams.get(name),
        `unknown parameter; this resource takes ${[...known].join(', ')}`,
      );
    }
    const values = new Set(url.searchParams.getAll(name));
    if (values.size > 1) {
      throw badParameter(name, [...values], 'parameter given more than once with different values');
    }
  }
  const f = url.searchParams.get('f');
  if (f !== null && f !== 'json' && f !== 'geojson') {
    throw badParameter('f', f, 'f must be json (HTML is not served; JSON is)');
  }
  const indicator = url.searchParams.get('indicator') || null;
  const period = url.searchParams.get('period') || null;
  if ((indicator === null) !== (period === null)) {
    throw badParameter(
      indicator === null ? 'indicator' : 'period',
      null,
      'indicator and period go together',
    );
  }
  if (period !== null) await asHttpInput(() => assertPeriod('period', period));
  const selection = { indicator, period };
  if (viewer && indicator) {
    await versionOf(ogcCollections.kabupaten, selection, viewer, []);
  }
  return selection;
}

/**
 * @private The data version and an ETag from the same data versions as the tiles; 400 for an
 * unknown indicator. It is sent weak (`W/`): the body carries a timeStamp, so two answers with
 * one tag are equivalent, not byte-identical.
 */
async function versionOf(
  collection: OgcCollection,
  selection: Selection,
  viewer: Viewer,
  parts: readonly unknown[],
): Promise<{ version: string; etag: string; query: LayerQuery }> {
  const query: LayerQuery = {
    layer: collection.id,
    parentKode: null,
    indicator: selection.indicator,
    period: selection.period,
  };
  const { version, etag } = await versioned(query, viewer, 'ogc', parts);
  return { version, etag, query };
}

/** @private */
function indicatorSelection(selection: Selection, version: string) {
  return selection.indicator && selection.period
    ? { indicator: selection.indicator, period: selection.period, version }
    : null;
}

/** @private Metadata changes only with a deployment or an import: short caching. */
function metadataHeaders(): Record<string, string> {
  return {
    'cache-control': `public, max-age=${maxAgeSeconds}`,
    vary: 'Authorization',
    'access-control-allow-origin': '*',
  };
}

/** @private */
function sendJsonBody(
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  type: string,
  headers: Record<string, string>,
): void {
  sendBody(req, res, 200, JSON.stringify(body), {
    ...headers,
    'content-type': type.includes(';') ? type : `${type}; charset=utf-8`,
  });
}
