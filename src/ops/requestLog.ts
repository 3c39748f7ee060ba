import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { log } from './logger.ts';
import {
  graphqlErrors,
  httpDuration,
  httpRequests,
  operationLabel,
  rateLimited,
  responseCacheLookups,
} from './metrics.ts';

/** What the log line and the metrics of one request say, filled in as the request goes. */
export interface RequestInfo {
  /** From `X-Request-Id` when the client (or a proxy) sent a usable one, else made here. */
  readonly id: string;
  readonly route: string;
  /** GraphQL operation name, when the request ran one. */
  operation?: string;
  /** The viewer's role once the token was read (never the token). */
  role?: string;
  /** `extensions.code` of every error in the answer. */
  readonly errorCodes: Set<string>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const byRequest = new WeakMap<IncomingMessage, RequestInfo>();
const byId = new Map<string, RequestInfo>();

/** The information of a request being answered (undefined outside `instrument`). */
export function requestInfo(req: IncomingMessage): RequestInfo | undefined {
  return byRequest.get(req);
}

/** The same, found by request id (GraphQL plugins only see the context). */
export function requestInfoById(id: string): RequestInfo | undefined {
  return byId.get(id);
}

/**
 * Wraps the HTTP handler: gives every request an id (echoed in `X-Request-Id`), and when the
 * response is finished writes one log line and updates the request metrics.
 */
export function instrument(handler: Handler): Handler {
  return async (req, res) => {
    const start = performance.now();
    const info: RequestInfo = {
      id: requestIdFrom(req.headers['x-request-id']),
      route: routeOf(req.url ?? '/'),
      errorCodes: new Set(),
    };
    byRequest.set(req, info);
    byId.set(info.id, info);
    res.setHeader('x-request-id', info.id);
    let reported = false;
    const report = () => {
      if (reported) return;
      reported = true;
      byId.delete(info.id);
      record(req, res, info, (performance.now() - start) / 1000);
    };
    res.once('finish', report);
    res.once('close', report);
    await handler(req, res);
  };
}

/** @private */
function record(req: IncomingMessage, res: ServerResponse, info: RequestInfo, seconds: number) {
  const status = res.writableFinished ? res.statusCode : 499;
  const method = req.method ?? 'GET';
  httpRequests.inc({ route: info.route, method, status: String(status) });
  httpDuration.observe({ route: info.route, operation: operationLabel(info.operation) }, seconds);
  for (const code of info.errorCodes) graphqlErrors.inc({ code });
  if (status === 429) rateLimited.inc({ route: info.route });
  const cache = res.getHeader('petagizi-cache');
  if (cache === 'hit' || cache === 'miss') responseCacheLookups.inc({ result: cache });
  const line = {
    reqId: info.id,
    method,
    route: info.route,
    path: (req.url ?? '/').split('?')[0]?.slice(0, 200),
    status,
    ms: Math.round(seconds * 10_000) / 10,
    ...(info.operation !== undefined && { operation: info.operation }),
    ...(typeof cache === 'string' && { cache }),
    ...(info.role !== undefined && { role: info.role }),
    ...(info.errorCodes.size > 0 && { errors: [...info.errorCodes] }),
  };
  if (status >= 500) log().error(line, 'request');
  else log().info(line, 'request');
}

const knownRoutes = new Set([
  'graphql',
  'healthz',
  'livez',
  'readyz',
  'metrics',
  'tiles',
  'geojson',
  'export',
  'map',
  'explorer',
  'graphiql',
  'ogc',
  'schema.graphql',
]);

/** @private The first path segment of a known route; anything else is "other" (bounded labels). */
function routeOf(url: string): string {
  const first = url.split('?')[0]?.split('/')[1] ?? '';
  if (first === '') return '/';
  return knownRoutes.has(first) ? `/${first}` : 'other';
}

/** @private An id a client may choose (a proxy's, to follow one request), else a fresh one. */
function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  if (value && /^[A-Za-z0-9._:-]{1,128}$/.test(value)) return value;
  return randomUUID();
}
