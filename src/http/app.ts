import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { type Context, createContext } from '../context.ts';
import { connection } from '../db/client.ts';

/** Largest request body accepted, in bytes. */
export const maxBodyBytes = 1_000_000;

/**
 * The HTTP front: routes requests to GraphQL (/graphql) and to the health check (/healthz).
 * Resolvers never see `req`/`res`; they get a context built here.
 */
export function createRequestHandler(apollo: ApolloServer<Context>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') return await health(res);
      if (url.pathname === '/graphql' || url.pathname === '/')
        return await graphql(apollo, req, res, url);
      sendJson(res, 404, { error: 'not found', path: url.pathname });
    } catch (error) {
      if (error instanceof HttpError) {
        sendJson(res, error.status, {
          errors: [{ message: error.message, extensions: { code: error.code } }],
        });
        return;
      }
      console.error(error);
      sendJson(res, 500, {
        errors: [
          { message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
    }
  };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** @private */
async function health(res: ServerResponse): Promise<void> {
  const conn = connection();
  try {
    await conn.db.$queryRaw`SELECT 1`;
    sendJson(res, 200, { status: 'ok', database: conn.kind });
  } catch {
    sendJson(res, 503, { status: 'unavailable', database: conn.kind });
  }
}

/** @private */
async function graphql(
  apollo: ApolloServer<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const body =
    req.method === 'POST' ? await readJsonBody(req, headers.get('content-type')) : undefined;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => createContext(),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** @private */
async function readJsonBody(
  req: IncomingMessage,
  contentType: string | undefined,
): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) {
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
  const text = Buffer.concat(chunks).toString('utf8');
  if (!contentType?.toLowerCase().startsWith('application/json')) {
    // Apollo answers a non-JSON body with its own 400 (and CSRF prevention); hand it over as text.
    return text;
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid JSON');
  }
}

/** @private */
function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
