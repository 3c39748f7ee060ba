import type { IncomingMessage, ServerResponse } from 'node:http';
import { appendVary } from './respond.ts';

/** Origins allowed to call petagizi from a browser: any (`*`), none, or a list. */
export type CorsOrigins = '*' | readonly string[];

/** Methods a cross-origin page may use; GraphQL takes POST, everything else is read-only. */
export const corsMethods = 'GET, HEAD, POST, OPTIONS';
/** Request headers a cross-origin page may send: the bearer token, JSON bodies, revalidation. */
export const corsRequestHeaders =
  'Authorization, Content-Type, Accept, If-None-Match, Apollo-Require-Preflight, X-Apollo-Operation-Name, X-Request-Id';
/** Response headers a cross-origin page may read. */
export const corsExposedHeaders =
  'ETag, Retry-After, X-Tile-Encoder, Content-Disposition, X-Request-Id';

/**
 * Parses CORS_ORIGINS: unset or `*` → any origin (petagizi authenticates with bearer tokens,
 * never cookies, so `*` exposes nothing a page could not fetch itself); `none` → no CORS
 * headers at all; otherwise a comma-separated list of origins such as
 * `https://dashboard.jabarprov.go.id,http://localhost:5173`.
 */
export function parseCorsOrigins(raw: string | undefined): CorsOrigins {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '*') return '*';
  if (value.toLowerCase() === 'none') return [];
  const origins = value.split(',').map((o) => o.trim().replace(/\/$/, '').toLowerCase());
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/i.test(origin)) {
      throw new Error(
        `CORS_ORIGINS must be *, none or a comma-separated list of origins like https://example.org, got "${origin}"`,
      );
    }
  }
  return origins;
}

/**
 * Adds the CORS headers to any answer of a request that names an Origin, and answers a
 * preflight (OPTIONS with Access-Control-Request-Method) with 204 and the allowed methods and
 * headers. Returns true when the request was an OPTIONS and is answered. Every answer varies
 * on Origin (with `*` too: only a request with an Origin gets the headers).
 */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  allowed: CorsOrigins,
): boolean {
  const origin = req.headers.origin;
  appendVary(res, 'Origin');
  const permitted =
    typeof origin === 'string' && (allowed === '*' || allowed.includes(origin.toLowerCase()));
  if (permitted) {
    res.setHeader('access-control-allow-origin', allowed === '*' ? '*' : origin);
    res.setHeader('access-control-expose-headers', corsExposedHeaders);
  }
  const preflight =
    req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string';
  if (!preflight && req.method !== 'OPTIONS') return false;
  // A preflight, or a plain OPTIONS (RFC 9110 §9.3.7): say what the resource allows.
  res.setHeader('allow', corsMethods);
  if (permitted) {
    res.setHeader('access-control-allow-methods', corsMethods);
    res.setHeader('access-control-allow-headers', corsRequestHeaders);
    res.setHeader('access-control-max-age', '600');
  }
  res.statusCode = 204;
  res.end();
  return true;
}
