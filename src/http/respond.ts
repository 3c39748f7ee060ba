import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import {
  compressible,
  type Encoded,
  encodeOnce,
  minCompressBytes,
  negotiateEncoding,
} from './compress.ts';

/** A failure answered as JSON `{ errors: [{ message, extensions: { code } }] }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** A 400 BAD_USER_INPUT naming the parameter and the value, like GraphQL's own. */
export function badParameter(name: string, value: unknown, message: string): HttpError {
  return new HttpError(
    400,
    'BAD_USER_INPUT',
    `${message} (parameter "${name}", got ${JSON.stringify(value)})`,
  );
}

/**
 * Runs `fn`, turning a BAD_USER_INPUT GraphQLError thrown by shared checks (kode, period,
 * indicator) into a 400 HttpError with the same message and code.
 */
export async function asHttpInput<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
      throw new HttpError(400, 'BAD_USER_INPUT', error.message);
    }
    throw error;
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  res.end(JSON.stringify(body));
}

/** Whether a browser is asking for a page (Accept prefers text/html over JSON). */
export function prefersHtml(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? '';
  const html = accept.indexOf('text/html');
  if (html < 0) return false;
  const json = accept.search(/application\/(graphql-response\+)?json/);
  return json < 0 || html < json;
}

/** Whether the request's If-None-Match names `etag` (or is `*`). */
export function matchesEtag(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return (
    header
      .split(',')
      // A compressed representation carries the identity ETag with its coding appended.
      .map((tag) =>
        tag
          .trim()
          .replace(/^W\//, '')
          .replace(/-(br|gzip)"$/, '"'),
      )
      .some((tag) => tag === '*' || tag === etag)
  );
}

/** Refuses every method but GET and HEAD with 405. */
export function assertReadMethod(req: IncomingMessage): void {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'use GET', { allow: 'GET, HEAD' });
  }
}

/**
 * Sends a body (or only its headers for HEAD), compressed with brotli or gzip when the client
 * accepts it and the type is worth it (JSON, GeoJSON, MVT, scripts, styles, pages; over 1 KB).
 * `encoded` holds codings made once (static assets, tiles); otherwise the body is compressed
 * for this answer. A compressed answer's ETag gets `-br`/`-gzip` appended (each representation
 * has its own validator); If-None-Match accepts any of them.
 */
export function sendBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  headers: Record<string, string>,
  encoded?: Encoded,
): void {
  res.statusCode = status;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === 'vary') {
      for (const name of value.split(',')) appendVary(res, name.trim());
    } else res.setHeader(key, value);
  }
  let bytes: string | Uint8Array = body;
  const type = res.getHeader('content-type');
  if (compressible(typeof type === 'string' ? type : undefined)) {
    const size = encoded ? encoded.identity.byteLength : Buffer.byteLength(body);
    if (size >= minCompressBytes) {
      appendVary(res, 'Accept-Encoding');
      const encoding = negotiateEncoding(req);
      if (encoding !== 'identity') {
        bytes =
          encoded?.[encoding] ??
          encodeOnce(typeof body === 'string' ? Buffer.from(body) : body, encoding);
        res.setHeader('content-encoding', encoding);
        const etag = res.getHeader('etag');
        if (typeof etag === 'string') res.setHeader('etag', etag.replace(/"$/, `-${encoding}"`));
      }
    }
  }
  res.setHeader('content-length', String(Buffer.byteLength(bytes)));
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** Adds a header name to Vary, keeping the ones already there. */
export function appendVary(res: ServerResponse, name: string): void {
  const current = res.getHeader('vary');
  const names = (typeof current === 'string' ? current : '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.includes('*') || names.some((n) => n.toLowerCase() === name.toLowerCase())) return;
  res.setHeader('vary', [...names, name].join(', '));
}
