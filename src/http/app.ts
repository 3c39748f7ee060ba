import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { printSchema } from 'graphql';
import { InvalidToken, type TokenVerifier } from '../auth/verifyToken.ts';
import { publicViewer, type Viewer } from '../auth/viewer.ts';
import { config } from '../config.ts';
import { type Context, createContext } from '../context.ts';
import { databaseHealth } from '../db/health.ts';
import { log } from '../ops/logger.ts';
import { registry } from '../ops/metrics.ts';
import { readiness } from '../ops/readiness.ts';
import { instrument, requestInfo } from '../ops/requestLog.ts';
import { isDatabaseUnavailable, retryAfterSeconds } from '../ops/unavailable.ts';
import { schema } from '../schema.ts';
import { applyCors } from './cors.ts';
import { sendExplorer, sendExplorerAsset } from './explorer.ts';
import { serveExport } from './export.ts';
import { serveGeoJSON } from './geojson.ts';
import { serveMap } from './map/map.ts';
import { serveOgc } from './ogc.ts';
import type { RateBucket, RateLimiter } from './rateLimit.ts';
import { HttpError, prefersHtml, sendBody, sendJson } from './respond.ts';
import { serveTiles } from './tiles.ts';

/** Largest request body accepted, in bytes. */
export const maxBodyBytes = 1_000_000;

export interface HttpOptions {
  verifyToken: TokenVerifier;
  /** Null disables rate limiting. */
  rateLimiter: RateLimiter | null;
  /** When set, GET /metrics needs this bearer token. */
  metricsToken?: string;
}

/**
 * The HTTP front: routes requests to GraphQL (/graphql; a browser gets the offline explorer
 * there), the health check (/healthz), vector tiles (/tiles), GeoJSON (/geojson), CSV exports
 * (/export) and the map page (/map). It turns the bearer token into a viewer, applies the rate
 * limit and the body cap. Resolvers never see `req`/`res`; they get a context built here. Every
 * failure is a JSON error with a code.
 */
export function createRequestHandler(apollo: ApolloServer<Context>, options: HttpOptions) {
  return instrument(async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    try {
      // CORS on every route; OPTIONS (a browser's preflight) is answered here for all of them.
      if (applyCors(req, res, config().http.corsOrigins)) return;
      if (path === '/healthz') return await health(res);
      if (path === '/livez') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') return await ready(res);
      if (path === '/metrics') return await metrics(req, res, options.metricsToken);
      if (path === '/graphql' || path === '/') {
        if ((req.method ?? 'GET') === 'GET' && prefersHtml(req))
          return await sendExplorer(req, res);
        return await graphql(apollo, options, req, res, url);
      }
      if (path.startsWith('/graphiql/')) {
        await limitAssets(req, options);
        return await sendExplorerAsset(req, res, path);
      }
      if (path === '/schema.graphql') return sendSdl(req, res);
      if (path === '/map' || path.startsWith('/map/')) {
        await limitAssets(req, options);
        return await serveMap(req, res, path);
      }
      if (path.startsWith('/tiles/')) {
        return await serveTiles(req, res, url, await admit(req, options, 'tiles'));
      }
      if (path.startsWith('/geojson/')) {
        return await serveGeoJSON(req, res, url, await admit(req, options));
      }
      if (path === '/ogc' || path.startsWith('/ogc/')) {
        return await serveOgc(req, res, url, await admit(req, options));
      }
      if (path.startsWith('/export/')) {
        return await serveExport(req, res, url, await admit(req, options));
      }
      throw new HttpError(404, 'NOT_FOUND', `no route ${path}`);
    } catch (error) {
      const info = requestInfo(req);
      if (error instanceof HttpError) {
        info?.errorCodes.add(error.code);
        sendJson(
          res,
          error.status,
          { errors: [{ message: error.message, extensions: { code: error.code } }] },
          error.headers,
        );
        return;
      }
      if (isDatabaseUnavailable(error)) {
        info?.errorCodes.add('SERVICE_UNAVAILABLE');
        sendJson(
          res,
          503,
          {
            errors: [
              {
                message: 'the database is unavailable; retry shortly',
                extensions: { code: 'SERVICE_UNAVAILABLE' },
              },
            ],
          },
          { 'retry-after': String(retryAfterSeconds) },
        );
        return;
      }
      info?.errorCodes.add('INTERNAL_SERVER_ERROR');
      log().error({ reqId: info?.id, err: error }, 'unexpected error');
      sendJson(res, 500, {
        errors: [
          { message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
    }
  });
}

/**
 * @private The viewer of a request, after the rate limit: what every data route (GraphQL, tiles,
 * GeoJSON, exports) starts with, so they all see the same roles and suppression.
 */
async function admit(
  req: IncomingMessage,
  options: HttpOptions,
  bucket: RateBucket = 'api',
): Promise<Viewer> {
  let viewer: Viewer;
  try {
    viewer = await viewerOf(req, options.verifyToken);
  } catch (error) {
    // A refused token spends the address's budget too: guessing tokens is rate-limited like
    // everything else (429 once the budget is gone, 401 before).
    if (error instanceof HttpError && error.status === 401) {
      await spend(options, `ip:${req.socket.remoteAddress ?? '?'}`, bucket);
    }
    throw error;
  }
  const info = requestInfo(req);
  if (info) info.role = viewer.role;
  const client = viewer.subject ? `sub:${viewer.subject}` : `ip:${req.socket.remoteAddress ?? '?'}`;
  await spend(options, client, bucket);
  return viewer;
}

/** @private Static assets: the address's asset budget, no token needed. */
async function limitAssets(req: IncomingMessage, options: HttpOptions): Promise<void> {
  await spend(options, `ip:${req.socket.remoteAddress ?? '?'}`, 'assets');
}

/** @private Takes one request from a client's budget; 429 with Retry-After when it is spent. */
async function spend(options: HttpOptions, client: string, bucket: RateBucket): Promise<void> {
  if (!options.rateLimiter) return;
  const decision = await options.rateLimiter.consume(client, bucket);
  if (!decision.allowed) {
    throw new HttpError(429, 'RATE_LIMITED', 'too many requests, slow down', {
      'retry-after': String(decision.retryAfterSeconds),
    });
  }
}

/** @private */
async function health(res: ServerResponse): Promise<void> {
  const { ok, kind } = await databaseHealth();
  if (ok) sendJson(res, 200, { status: 'ok', database: kind });
  else sendJson(res, 503, { status: 'unavailable', database: kind });
}

/** @private 200 when the database answers and the migrations are applied, else 503 + reason. */
async function ready(res: ServerResponse): Promise<void> {
  const state = await readiness();
  sendJson(
    res,
    state.ready ? 200 : 503,
    { status: state.ready ? 'ready' : 'not ready', ...state },
    state.ready ? {} : { 'retry-after': String(retryAfterSeconds) },
  );
}

/** @private Prometheus text format; behind a bearer token when one is configured. */
async function metrics(
  req: IncomingMessage,
  res: ServerResponse,
  token: string | undefined,
): Promise<void> {
  if (token !== undefined && req.headers.authorization !== `Bearer ${token}`) {
    throw new HttpError(401, 'UNAUTHENTICATED', 'metrics need the configured bearer token', {
      'www-authenticate': 'Bearer',
    });
  }
  const text = await registry.metrics();
  res.statusCode = 200;
  res.setHeader('content-type', registry.contentType);
  res.end(text);
}

/** @private */
async function graphql(
  apollo: ApolloServer<Context>,
  options: HttpOptions,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const viewer = await admit(req, options);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'POST') {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'use GET or POST', { allow: 'GET, POST' });
  }
  const body = method === 'POST' ? await readBody(req, headers.get('content-type')) : undefined;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method, headers, search: url.search, body },
    context: async () => createContext({ viewer, requestId: requestInfo(req)?.id }),
  });
  if (response.body.kind === 'complete') {
    // Compressed (br/gzip) when the client accepts it: a choropleth answer is ~200 KB of JSON.
    sendBody(
      req,
      res,
      response.status ?? 200,
      response.body.string,
      Object.fromEntries(response.headers),
    );
    return;
  }
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

let sdl: string | undefined;

/**
 * @private GET /schema.graphql: the API schema as SDL (what `schema/schema.graphql` holds), for
 * code generators and editors. Off with introspection (INTROSPECTION=false).
 */
function sendSdl(req: IncomingMessage, res: ServerResponse): void {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'use GET', { allow: 'GET, HEAD' });
  }
  if (!config().graphql.introspection) {
    throw new HttpError(404, 'NOT_FOUND', 'the schema is not published: introspection is off');
  }
  sdl ??= `${printSchema(schema)}\n`;
  sendBody(req, res, 200, sdl, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
}

/** @private No header: PUBLIC. A header that is not a valid bearer token: 401. */
async function viewerOf(req: IncomingMessage, verifyToken: TokenVerifier): Promise<Viewer> {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return publicViewer;
  const match = /^Bearer\s+([A-Za-z0-9_\-.~+/]+=*)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new HttpError(401, 'UNAUTHENTICATED', 'Authorization must be "Bearer <token>"', {
      'www-authenticate': 'Bearer',
    });
  }
  try {
    return await verifyToken(match[1]);
  } catch (error) {
    if (error instanceof InvalidToken) {
      throw new HttpError(401, 'UNAUTHENTICATED', error.message, {
        'www-authenticate': 'Bearer error="invalid_token"',
      });
    }
    throw error;
  }
}

/** @private */
async function readBody(req: IncomingMessage, contentType: string | undefined): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) {
    req.resume();
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds ${maxBodyBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) {
      throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `request body exceeds ${maxBodyBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'application/graphql-response+json') {
    throw new HttpError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `POST bodies must be application/json, got ${JSON.stringify(contentType ?? null)}`,
    );
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid JSON');
  }
}
