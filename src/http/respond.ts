import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';

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
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Refuses every method but GET and HEAD with 405. */
export function assertReadMethod(req: IncomingMessage): void {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'use GET', { allow: 'GET, HEAD' });
  }
}

/** Sends a body (or only its headers for HEAD). */
export function sendBody(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  headers: Record<string, string>,
): void {
  res.statusCode = status;
  for (const [key, value] of Object.entries(headers)) res.setHeader(key, value);
  res.setHeader('content-length', String(Buffer.byteLength(body)));
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** CORS preflight for map clients on other origins that send a bearer token (read routes). */
export function sendPreflight(res: ServerResponse): void {
  res
    .writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-allow-headers': 'Authorization, If-None-Match',
      'access-control-max-age': '600',
    })
    .end();
}
