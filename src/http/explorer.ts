import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { repoPath } from '../paths.ts';
import { HttpError, sendBody } from './respond.ts';

const files = {
  page: repoPath('src', 'http', 'explorer.html'),
  script: repoPath('src', 'http', 'explorer.js'),
};
const cache = new Map<string, string>();

/** @private Read once, then from memory. */
function read(file: string): string {
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    cache.set(file, text);
  }
  return text;
}

const pageHeaders = {
  'cache-control': 'no-cache',
  'x-content-type-options': 'nosniff',
  // Everything comes from this server; the page talks only to /graphql.
  'content-security-policy':
    "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-ancestors 'none'",
};

/**
 * The minimal offline explorer GET /graphql shows a browser: an editor, variables, a token field,
 * a run button, the answer, preloaded examples (choropleth, areaStats, trend, …), the Query
 * fields from introspection and a CSV download of the first list in an answer. No CDN.
 */
export function sendExplorer(req: IncomingMessage, res: ServerResponse): void {
  sendBody(req, res, 200, read(files.page), {
    ...pageHeaders,
    'content-type': 'text/html; charset=utf-8',
  });
}

/** GET /explorer/explorer.js */
export function sendExplorerAsset(req: IncomingMessage, res: ServerResponse, path: string): void {
  if (path !== '/explorer/explorer.js') throw new HttpError(404, 'NOT_FOUND', `no route ${path}`);
  sendBody(req, res, 200, read(files.script), {
    ...pageHeaders,
    'content-type': 'text/javascript; charset=utf-8',
  });
}
