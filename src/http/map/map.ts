import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoPath } from '../../paths.ts';
import { type Encoded, encodeAll } from '../compress.ts';
import { assertReadMethod, HttpError, matchesEtag, sendBody } from '../respond.ts';

const here = (file: string) => repoPath('src', 'http', 'map', file);
// MapLibre GL JS is served from node_modules by path: nothing is copied into the repository.
const maplibreDist = path.dirname(createRequire(import.meta.url).resolve('maplibre-gl'));
const maplibreVersion = (
  JSON.parse(readFileSync(path.join(maplibreDist, '..', 'package.json'), 'utf8')) as {
    version: string;
  }
).version;

const files: Record<string, { file: string; type: string; vendor: boolean }> = {
  '/map': { file: here('index.html'), type: 'text/html', vendor: false },
  '/map/': { file: here('index.html'), type: 'text/html', vendor: false },
  '/map/map.js': { file: here('map.js'), type: 'text/javascript', vendor: false },
  '/map/map.css': { file: here('map.css'), type: 'text/css', vendor: false },
  '/map/vendor/maplibre-gl.js': {
    file: path.join(maplibreDist, 'maplibre-gl.js'),
    type: 'text/javascript',
    vendor: true,
  },
  '/map/vendor/maplibre-gl.css': {
    file: path.join(maplibreDist, 'maplibre-gl.css'),
    type: 'text/css',
    vendor: true,
  },
};

/** Each file with its brotli and gzip twins, made once at the first request. */
const cache = new Map<string, Encoded>();

const headers = {
  'x-content-type-options': 'nosniff',
  // MapLibre runs its workers from blob: URLs and styles elements inline; tiles and GraphQL come
  // from this server.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; worker-src blob:; child-src blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'",
};

/**
 * GET /map (the map page), /map/map.js, /map/map.css, and MapLibre GL JS from
 * node_modules/maplibre-gl/dist at /map/vendor/. No CDN: the page works offline.
 */
export function serveMap(req: IncomingMessage, res: ServerResponse, pathname: string): void {
  assertReadMethod(req);
  const entry = files[pathname];
  if (!entry) throw new HttpError(404, 'NOT_FOUND', `no route ${pathname}`);
  let body = cache.get(pathname);
  if (!body) {
    body = encodeAll(readFileSync(entry.file));
    cache.set(pathname, body);
  }
  if (entry.vendor) {
    const etag = `"maplibre-gl-${maplibreVersion}"`;
    const vendorHeaders = { ...headers, etag, 'cache-control': 'public, max-age=86400' };
    if (matchesEtag(req, etag)) {
      res.writeHead(304, vendorHeaders).end();
      return;
    }
    sendBody(
      req,
      res,
      200,
      body.identity,
      { ...vendorHeaders, 'content-type': `${entry.type}; charset=utf-8` },
      body,
    );
    return;
  }
  sendBody(
    req,
    res,
    200,
    body.identity,
    { ...headers, 'cache-control': 'no-cache', 'content-type': `${entry.type}; charset=utf-8` },
    body,
  );
}
