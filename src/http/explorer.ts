import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { repoPath } from '../paths.ts';
import type { Encoded } from './compress.ts';
import {
  buildGraphiql,
  type GraphiqlManifest,
  graphiqlDir,
  graphiqlFingerprint,
  readGraphiqlManifest,
} from './graphiql/build.ts';
import { HttpError, matchesEtag, sendBody } from './respond.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const pageHeaders = {
  'x-content-type-options': 'nosniff',
  // Everything comes from this server: scripts, styles, the codicon font and Monaco's workers;
  // the page talks only to /graphql. Monaco and React style elements inline.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'",
};

interface Asset {
  encoded: Encoded;
  type: string;
  etag: string;
  immutable: boolean;
}

let assets: Promise<Map<string, Asset>> | undefined;

/**
 * The built GraphiQL in memory, each file with its brotli and gzip twins made at build time. In
 * development (or after `npm install` without `npm run build`) a missing or stale build is made
 * here, once, on the first request; in production `npm run build` has made it.
 */
function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= (async () => {
    let manifest = readGraphiqlManifest();
    const stale = !manifest || (haveSources() && manifest.fingerprint !== graphiqlFingerprint());
    if (stale) manifest = await buildGraphiql();
    return readAssets(manifest as GraphiqlManifest);
  })().catch((error: unknown) => {
    assets = undefined;
    throw error;
  });
  return assets;
}

/** @private A deployment may ship dist/ without the sources: then the build is taken as is. */
function haveSources(): boolean {
  return existsSync(repoPath('src', 'http', 'graphiql', 'app.js'));
}

/** @private */
function readAssets(manifest: GraphiqlManifest): Map<string, Asset> {
  const map = new Map<string, Asset>();
  for (const file of manifest.files) {
    const read = (suffix: string) => readFileSync(path.join(graphiqlDir, `${file}${suffix}`));
    map.set(file, {
      encoded: { identity: read(''), gzip: read('.gz'), br: read('.br') },
      type: types[path.extname(file)] ?? 'application/octet-stream',
      etag: `"graphiql-${manifest.fingerprint}-${file.replace(/[^\w.-]/g, '_')}"`,
      immutable: /-[A-Z0-9]{8}\.\w+$/.test(file),
    });
  }
  return map;
}

/** Starts building GraphiQL in the background if it is missing or stale (server start). */
export function prepareExplorer(): void {
  loadAssets().catch((error: unknown) => {
    console.error(`GraphiQL could not be built: ${(error as Error).message}`);
  });
}

/**
 * GraphiQL, at GET /graphql for a browser (Accept prefers text/html): autocomplete, the doc
 * explorer, history, prettify, a headers editor for the bearer token, the README examples as
 * tabs and a CSV download of the first list in an answer. No CDN.
 */
export async function sendExplorer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  await sendAsset(req, res, 'index.html');
}

/** GET /graphiql/{file}: the bundle's scripts, styles, font and Monaco workers. */
export async function sendExplorerAsset(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<void> {
  const file = pathname.slice('/graphiql/'.length);
  if (!/^[\w.-]+$/.test(file) || file === 'manifest.json') {
    throw new HttpError(404, 'NOT_FOUND', `no route ${pathname}`);
  }
  await sendAsset(req, res, file);
}

/** @private */
async function sendAsset(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', 'use GET', { allow: 'GET, HEAD' });
  }
  let map: Map<string, Asset>;
  try {
    map = await loadAssets();
  } catch (error) {
    console.error(error);
    throw new HttpError(
      503,
      'EXPLORER_UNAVAILABLE',
      'GraphiQL is not built and could not be built here: run `npm run build`',
    );
  }
  const asset = map.get(file);
  if (!asset) throw new HttpError(404, 'NOT_FOUND', `no route /graphiql/${file}`);
  const headers = {
    ...pageHeaders,
    etag: asset.etag,
    'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (matchesEtag(req, asset.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  sendBody(
    req,
    res,
    200,
    asset.encoded.identity,
    { ...headers, 'content-type': asset.type },
    asset.encoded,
  );
}
