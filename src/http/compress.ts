import type { IncomingMessage } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A content coding petagizi answers with; `identity` is the body as is. */
export type Encoding = 'br' | 'gzip' | 'identity';

/** Bodies smaller than this go out as they are: the coding's header costs more than it saves. */
export const minCompressBytes = 1024;

/** One body in each coding, made once (static assets, rendered tiles). */
export interface Encoded {
  identity: Uint8Array;
  gzip: Uint8Array;
  br: Uint8Array;
}

/**
 * The coding to answer with, from Accept-Encoding (RFC 9110 §12.5.3): brotli over gzip when
 * both are acceptable, a coding with q=0 refused, `*` standing for the ones not named. Without
 * the header, identity.
 */
export function negotiateEncoding(req: IncomingMessage): Encoding {
  const header = req.headers['accept-encoding'];
  if (!header) return 'identity';
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : header).split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key === 'q') q = Number(value);
    }
    weights.set(name, Number.isFinite(q) ? q : 0);
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gzip = Math.max(weight('gzip'), weights.get('x-gzip') ?? 0);
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return 'identity';
}

/** Whether a content type is worth compressing (text, JSON, GeoJSON, JavaScript, CSS, MVT). */
export function compressible(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return (
    type.startsWith('text/') ||
    type.endsWith('+json') ||
    type === 'application/json' ||
    type === 'application/javascript' ||
    type === 'application/vnd.mapbox-vector-tile' ||
    type === 'image/svg+xml'
  );
}

/**
 * A body compressed for one answer. Brotli at quality 5 and gzip at level 6 keep a 200 KB
 * GraphQL answer to a few milliseconds of CPU; bodies made once use `encodeAll` (best ratio).
 */
export function encodeOnce(body: Uint8Array, encoding: Exclude<Encoding, 'identity'>): Uint8Array {
  if (encoding === 'gzip') return gzipSync(body, { level: 6 });
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}

/**
 * A body in every coding, for bodies made once and sent many times (static files read at the
 * first request). Brotli quality 9 is ~0.7 s for MapLibre's 1 MB against ~7 s for 11, which
 * saves only 9 % more; builds (GraphiQL) use 11.
 */
export function encodeAll(body: Uint8Array, quality = 9): Encoded {
  return {
    identity: body,
    gzip: gzipSync(body, { level: 9 }),
    br: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
  };
}

/** Bytes a cache should count for an Encoded entry. */
export function encodedBytes(entry: Encoded): number {
  return entry.identity.byteLength + entry.gzip.byteLength + entry.br.byteLength;
}

/**
 * A rendered tile in every coding, made once when it enters the tile cache: gzip level 6 and
 * brotli quality 7 (generic mode) keep a cold z12 tile to a few milliseconds of extra CPU
 * (figures: scripts/bench/compression.ts). Tiles under 1 KB stay as they are.
 */
export function encodeTile(tile: Uint8Array): Encoded {
  if (tile.byteLength < minCompressBytes) return { identity: tile, gzip: tile, br: tile };
  return {
    identity: tile,
    gzip: gzipSync(tile, { level: 6 }),
    br: brotliCompressSync(tile, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 7,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: tile.byteLength,
      },
    }),
  };
}
